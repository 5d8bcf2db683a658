package io.mctrail.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mctrail.codegen.java.JavaEmitter.NamedMember;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.SimpleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits the immutable class, builder and descriptor of one structure shape. */
final class StructureEmitter {

  private final JavaEmitter emitter;
  private final Shape.Structure shape;
  private final ClassName name;
  private final ClassName builder;
  private final List<NamedMember> members;

  StructureEmitter(JavaEmitter emitter, Shape.Structure shape) {
    this.emitter = emitter;
    this.shape = shape;
    this.name = emitter.className(shape.name());
    this.builder = name.nestedClass("Builder");
    this.members = emitter.namedMembers(shape);
  }

  TypeSpec type() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(JavaEmitter.STRUCTURE)
            .addAnnotation(JavaEmitter.generated())
            .addJavadoc(
                "$L", Javadoc.of(shape.documentation(), "The " + shape.name() + " structure."))
            .addJavadoc(
                "\n<p>Immutable. A member CloudTrail redacted reads as {@code null}, and {@link"
                    + " #isRedacted(String)}\ntells it apart from an absent one.\n");
    type.addField(descriptorField());
    for (NamedMember m : members) {
      type.addField(field(m));
    }
    type.addField(JavaEmitter.STRUCTURE_EXTRAS, "extras", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(constructor());
    for (NamedMember m : members) {
      accessors(m).forEach(type::addMethod);
    }
    type.addMethod(
        MethodSpec.methodBuilder("descriptor")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(descriptorType())
            .addStatement("return DESCRIPTOR")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("extras")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(JavaEmitter.STRUCTURE_EXTRAS)
            .addStatement("return extras")
            .build());
    type.addMethod(memberValueMethod());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A new, empty builder.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this structure's values and extras.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    type.addMethod(equalsMethod());
    type.addMethod(hashCodeMethod());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.of(this)", JavaEmitter.STRUCTURE_TEXT)
            .build());
    type.addType(builderType());
    return type.build();
  }

  private TypeName descriptorType() {
    return ParameterizedTypeName.get(JavaEmitter.STRUCTURE_DESCRIPTOR, name);
  }

  private FieldSpec descriptorField() {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      NamedMember m = members.get(i);
      CodeBlock valueType = emitter.valueTypeRef(m.member().target());
      var c = m.member().constraints();
      if (!c.isEmpty()) {
        valueType =
            CodeBlock.of(
                "$L.withConstraints($L, $L, $L)",
                valueType,
                JavaEmitter.decimal(c.min()),
                JavaEmitter.decimal(c.max()),
                c.pattern() == null ? "null" : CodeBlock.of("$S", c.pattern()));
      }
      list.add(
          "\nnew $T<$T>($S, $S, $S, $L, $L, $L)",
          JavaEmitter.MEMBER_DESCRIPTOR,
          name,
          m.member().name(),
          m.member().jsonName(),
          m.javaName(),
          valueType,
          m.member().required(),
          i);
      if (i < members.size() - 1) {
        list.add(",");
      }
    }
    CodeBlock resolver =
        members.stream().anyMatch(m -> isKind(m.target(), SimpleKind.PAYLOAD))
                && emitter.payloadResolver() != null
            ? CodeBlock.of("$T.INSTANCE", emitter.payloadResolver())
            : CodeBlock.of("null");
    FieldSpec.Builder field =
        FieldSpec.builder(
                descriptorType(), "DESCRIPTOR", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The members of $L, their types and constraints.\n", shape.name())
            .initializer(
                "new $T<>($S, $T.class, $T::new, $T.of($L), $L, $L)",
                JavaEmitter.STRUCTURE_DESCRIPTOR,
                shape.name(),
                name,
                builder,
                List.class,
                list.build(),
                resolver,
                ReaderEmitter.hasReader(emitter, shape)
                    ? emitter.readers().reference(shape)
                    : CodeBlock.of("null"));
    return field.build();
  }

  private FieldSpec field(NamedMember m) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (m.member().required()) {
      annotations.add(AnnotationSpec.builder(ClassName.get(JavaEmitter.BV, "NotNull")).build());
    }
    annotations.addAll(
        emitter.constraintAnnotations(m.member().target(), m.member().constraints()));
    return FieldSpec.builder(
            emitter.rawType(m.member().target(), true), m.javaName(), Modifier.PRIVATE)
        .addModifiers(Modifier.FINAL)
        .addAnnotations(annotations)
        .build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder c =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "b");
    for (NamedMember m : members) {
      if (m.target() instanceof Shape.ListOf) {
        c.addStatement(
            "this.$N = $T.list(b.$N)", m.javaName(), JavaEmitter.COLLECTIONS, m.javaName());
      } else if (m.target() instanceof Shape.MapOf) {
        c.addStatement(
            "this.$N = $T.map(b.$N)", m.javaName(), JavaEmitter.COLLECTIONS, m.javaName());
      } else {
        c.addStatement("this.$N = b.$N", m.javaName(), m.javaName());
      }
    }
    c.addStatement("this.extras = b.extras");
    return c.build();
  }

  private List<MethodSpec> accessors(NamedMember m) {
    List<MethodSpec> out = new ArrayList<>();
    String doc =
        Javadoc.of(m.member().documentation(), "The " + m.member().jsonName() + " member.");
    String n = m.javaName();
    TypeName raw = emitter.rawType(m.member().target(), false);
    if (m.target() instanceof Shape.Enum) {
      ClassName enumType = emitter.className(m.target().name());
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .returns(enumType)
              .addJavadoc("$L", doc)
              .addJavadoc(
                  "\n@return the value, {@link $T#UNKNOWN_TO_SDK_VERSION} for a value the model"
                      + " does not know\n    (see {@link #$NAsString()}), or {@code null}\n",
                  enumType,
                  n)
              .addStatement("return $T.fromValue($N)", enumType, n)
              .build());
      out.add(
          MethodSpec.methodBuilder(n + "AsString")
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addJavadoc("The raw value of {@link #$N()}, as it was read.\n", n)
              .addStatement("return $N", n)
              .build());
    } else if (isEnumList(m)) {
      ClassName enumType = emitter.className(((Shape.ListOf) m.target()).member());
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(JavaEmitter.LIST, enumType))
              .addJavadoc("$L", doc)
              .addStatement(
                  "return $T.mapList($N, $T::fromValue)", JavaEmitter.COLLECTIONS, n, enumType)
              .build());
      out.add(
          MethodSpec.methodBuilder(n + "AsStrings")
              .addModifiers(Modifier.PUBLIC)
              .returns(raw)
              .addJavadoc("The raw values of {@link #$N()}, as they were read.\n", n)
              .addStatement("return $N", n)
              .build());
    } else if (isKind(m.target(), SimpleKind.TIMESTAMP)) {
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .returns(JavaEmitter.INSTANT)
              .addJavadoc("$L", doc)
              .addStatement("return $N == null ? null : $N.instant()", n, n)
              .build());
      out.add(
          MethodSpec.methodBuilder(n + "AsTimestamp")
              .addModifiers(Modifier.PUBLIC)
              .returns(JavaEmitter.TIMESTAMP)
              .addJavadoc("{@link #$N()} with the form and text CloudTrail wrote it in.\n", n)
              .addStatement("return $N", n)
              .build());
    } else {
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .returns(raw)
              .addJavadoc("$L", doc)
              .addStatement("return $N", n)
              .build());
    }
    return out;
  }

  private MethodSpec equalsMethod() {
    CodeBlock.Builder cond = CodeBlock.builder().add("return o instanceof $T other", name);
    for (NamedMember m : members) {
      cond.add("\n&& $T.equals($N, other.$N)", Objects.class, m.javaName(), m.javaName());
    }
    cond.add("\n&& extras.equals(other.extras)");
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "o")
        .addStatement("$L", cond.build())
        .build();
  }

  private MethodSpec hashCodeMethod() {
    CodeBlock.Builder args = CodeBlock.builder();
    for (NamedMember m : members) {
      args.add("$N, ", m.javaName());
    }
    args.add("extras");
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, args.build())
        .build();
  }

  private TypeSpec builderType() {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(JavaEmitter.STRUCTURE_BUILDER, name))
            .addJavadoc("Builds {@link $T}. Not thread-safe.\n", name);
    for (NamedMember m : members) {
      b.addField(emitter.rawType(m.member().target(), false), m.javaName(), Modifier.PRIVATE);
    }
    b.addField(
        FieldSpec.builder(JavaEmitter.STRUCTURE_EXTRAS, "extras", Modifier.PRIVATE)
            .initializer("$T.EMPTY", JavaEmitter.STRUCTURE_EXTRAS)
            .build());
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(name, "s");
    for (NamedMember m : members) {
      copy.addStatement("this.$N = s.$N", m.javaName(), m.javaName());
    }
    copy.addStatement("this.extras = s.extras");
    b.addMethod(copy.build());
    for (NamedMember m : members) {
      setters(m).forEach(b::addMethod);
    }
    b.addMethod(
        MethodSpec.methodBuilder("extras")
            .addAnnotation(Override.class)
            .addJavadoc(
                "Sets the unknown fields, redactions and explicit nulls the structure keeps.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(JavaEmitter.STRUCTURE_EXTRAS, "extras")
            .addStatement(
                "this.extras = extras == null ? $T.EMPTY : extras", JavaEmitter.STRUCTURE_EXTRAS)
            .addStatement("return this")
            .build());
    b.addMethod(setMemberMethod());
    b.addMethod(
        MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(name)
            .addStatement("return new $T(this)", name)
            .build());
    return b.build();
  }

  /**
   * {@code memberValue(index)}: the raw value of the member at that index of the descriptor, one
   * switch per structure, so that reading a member through its descriptor is a direct field read.
   */
  private MethodSpec memberValueMethod() {
    CodeBlock.Builder cases = CodeBlock.builder();
    if (members.isEmpty()) {
      cases.addStatement("throw new $T(index)", IndexOutOfBoundsException.class);
    } else {
      cases.add("return switch (index) {\n").indent();
      for (int i = 0; i < members.size(); i++) {
        // this.: a member may be named like the parameter
        cases.add("case $L -> this.$N;\n", i, members.get(i).javaName());
      }
      cases.add("default -> throw new $T(index);\n", IndexOutOfBoundsException.class);
      cases.unindent().add("};\n");
    }
    return MethodSpec.methodBuilder("memberValue")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(int.class, "index")
        .addCode(cases.build())
        .build();
  }

  /**
   * {@code setMember(index, value)}: sets the raw value of the member at that index of the
   * descriptor through its setter, one switch per structure, so that a reader setting members
   * through the descriptor calls the setter directly.
   */
  private MethodSpec setMemberMethod() {
    CodeBlock.Builder cases = CodeBlock.builder().add("switch (index) {\n").indent();
    boolean unchecked = false;
    for (int i = 0; i < members.size(); i++) {
      NamedMember m = members.get(i);
      TypeName raw = emitter.rawType(m.member().target(), false);
      unchecked |= raw instanceof ParameterizedTypeName;
      cases.add("case $L -> $N(($T) value);\n", i, rawSetterName(m), raw);
    }
    cases.add("default -> throw new $T(index);\n", IndexOutOfBoundsException.class);
    cases.unindent().add("}\n");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("setMember")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(int.class, "index")
            .addParameter(Object.class, "value");
    if (members.isEmpty()) {
      method.addStatement("throw new $T(index)", IndexOutOfBoundsException.class);
    } else {
      method.addCode(cases.build()).addStatement("return this");
    }
    if (unchecked) {
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "unchecked")
              .build());
    }
    return method.build();
  }

  private List<MethodSpec> setters(NamedMember m) {
    List<MethodSpec> out = new ArrayList<>();
    String n = m.javaName();
    String json = m.member().jsonName();
    TypeName raw = emitter.rawType(m.member().target(), false);
    String see = "Sets {@link " + name.simpleName() + "#" + n + "()}.\n";
    out.add(
        MethodSpec.methodBuilder(rawSetterName(m))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(see)
            .returns(builder)
            .addParameter(raw, n)
            .addStatement("this.$N = $N", n, n)
            .addStatement("this.extras = extras.withoutMember($S)", json)
            .addStatement("return this")
            .build());
    if (m.target() instanceof Shape.Enum) {
      ClassName enumType = emitter.className(m.target().name());
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(see)
              .returns(builder)
              .addParameter(enumType, n)
              .addStatement("return $N($N == null ? null : $N.value())", n, n, n)
              .build());
    } else if (isEnumList(m)) {
      ClassName enumType = emitter.className(((Shape.ListOf) m.target()).member());
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(see)
              .returns(builder)
              .addParameter(ParameterizedTypeName.get(JavaEmitter.LIST, enumType), n)
              .addStatement(
                  "return $N($T.mapList($N, $T::value))",
                  rawSetterName(m),
                  JavaEmitter.COLLECTIONS,
                  n,
                  enumType)
              .build());
    } else if (isKind(m.target(), SimpleKind.TIMESTAMP)) {
      String form =
          m.target().name().toLowerCase(Locale.ROOT).contains("iso8601")
              ? "ISO_8601"
              : "EPOCH_SECONDS";
      out.add(
          MethodSpec.methodBuilder(n)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "Sets {@link $L#$N()}, to be written in the form $L.\n",
                  name.simpleName(),
                  n,
                  form)
              .returns(builder)
              .addParameter(JavaEmitter.INSTANT, n)
              .addStatement(
                  "return $N($N == null ? null : $T.of($N, $T.Form.$L))",
                  n,
                  n,
                  JavaEmitter.TIMESTAMP,
                  n,
                  JavaEmitter.TIMESTAMP,
                  form)
              .build());
    }
    return out;
  }

  /** The setter that takes the raw value: {@code xWithStrings} for lists of enums. */
  private String rawSetterName(NamedMember m) {
    return rawSetterName(emitter, m);
  }

  static String rawSetterName(JavaEmitter emitter, NamedMember m) {
    return isEnumList(emitter, m) ? m.javaName() + "WithStrings" : m.javaName();
  }

  private boolean isEnumList(NamedMember m) {
    return isEnumList(emitter, m);
  }

  private static boolean isEnumList(JavaEmitter emitter, NamedMember m) {
    return m.target() instanceof Shape.ListOf l
        && emitter.model().shape(l.member()) instanceof Shape.Enum;
  }

  private static boolean isKind(Shape shape, SimpleKind kind) {
    return shape instanceof Shape.Simple s && s.kind() == kind;
  }
}
