package io.mctrail.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mctrail.codegen.java.JavaEmitter.NamedMember;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.SimpleKind;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Prefix>Readers}: for each structure without {@code PAYLOAD} members, a reader that
 * switches on the field name and calls the member's setter, and reads a nested structure by a
 * direct call to its own reader; everything else (values of a type, collections, markers, nulls,
 * unknown fields) is {@code ReadSupport}'s, the same code the descriptor-driven reader runs. A
 * structure with a payload member (a CloudTrail record, whose payloads are typed by its other
 * members) is read from its descriptor.
 */
final class ReaderEmitter {

  static final ClassName READ_SUPPORT = ClassName.get("io.mctrail.model.jackson", "ReadSupport");
  static final ClassName STATE = READ_SUPPORT.nestedClass("State");
  private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName CONTEXT =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  private static final ClassName MAPPING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");
  private static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

  private final JavaEmitter emitter;
  private final ClassName readers;

  ReaderEmitter(JavaEmitter emitter, ClassName readers) {
    this.emitter = emitter;
    this.readers = readers;
  }

  /** True when the structure gets a generated reader: it has no {@code PAYLOAD} member. */
  static boolean hasReader(JavaEmitter emitter, Shape.Structure shape) {
    return emitter.namedMembers(shape).stream()
        .noneMatch(m -> m.target() instanceof Shape.Simple s && s.kind() == SimpleKind.PAYLOAD);
  }

  /** {@code Readers::readX}, the reader of a structure that has one. */
  CodeBlock reference(Shape.Structure shape) {
    return CodeBlock.of("$T::$N", readers, methodName(shape.name()));
  }

  private String methodName(String shapeName) {
    return "read" + emitter.className(shapeName).simpleName();
  }

  TypeSpec type() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(readers)
            .addModifiers(Modifier.FINAL)
            .addAnnotation(JavaEmitter.generated())
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build())
            .addJavadoc(
                "The readers generated for this package's structures; see {@code"
                    + " GeneratedReader}.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Shape shape : emitter.model().shapes().values()) {
      if (shape instanceof Shape.Structure s && hasReader(emitter, s)) {
        type.addMethod(method(s));
      }
    }
    return type.build();
  }

  private MethodSpec method(Shape.Structure shape) {
    ClassName name = emitter.className(shape.name());
    ClassName builder = name.nestedClass("Builder");
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T.expectObject(p, $T.DESCRIPTOR)", READ_SUPPORT, name);
    body.addStatement("$T b = $T.builder()", builder, name);
    body.addStatement("$T s = null", STATE);
    body.addStatement("String field = null");
    body.beginControlFlow("try");
    body.beginControlFlow(
        "for (field = p.nextFieldName(); field != null; field = p.nextFieldName())");
    body.addStatement("$T t = p.nextToken()", TOKEN);
    body.beginControlFlow("switch (field)");
    for (NamedMember m : emitter.namedMembers(shape)) {
      body.add("case $S -> {\n", m.member().jsonName()).indent();
      body.beginControlFlow("if ($T.isValue(t, p))", READ_SUPPORT);
      body.add(set(m));
      body.nextControlFlow("else");
      body.addStatement("s = $T.special(s, field, t, p)", READ_SUPPORT);
      body.endControlFlow();
      body.unindent().add("}\n");
    }
    body.addStatement("default -> s = $T.unknown(s, field, p, ctxt)", READ_SUPPORT);
    body.endControlFlow();
    body.endControlFlow();
    body.nextControlFlow("catch ($T e)", MAPPING_EXCEPTION);
    body.addStatement("throw $T.wrapWithPath(e, $T.class, field)", MAPPING_EXCEPTION, name);
    body.endControlFlow();
    body.beginControlFlow("if (s != null)");
    body.addStatement("s.applyTo(b)");
    body.endControlFlow();
    body.addStatement("return b.build()");
    return MethodSpec.methodBuilder(methodName(shape.name()))
        .addModifiers(Modifier.STATIC)
        .returns(name)
        .addParameter(PARSER, "p")
        .addParameter(CONTEXT, "ctxt")
        .addException(IO_EXCEPTION)
        .addCode(body.build())
        .build();
  }

  /** Reads the member's value and sets it: the statement inside the {@code isValue} branch. */
  private CodeBlock set(NamedMember m) {
    String setter = StructureEmitter.rawSetterName(emitter, m);
    TypeName raw = emitter.rawType(m.member().target(), false);
    if (m.target() instanceof Shape.Structure nested) {
      if (hasReader(emitter, nested)) {
        return CodeBlock.of("b.$N($N(p, ctxt));\n", setter, methodName(nested.name()));
      }
      return CodeBlock.of(
          "b.$N($T.structure(p, ctxt, $T.DESCRIPTOR));\n",
          setter,
          READ_SUPPORT,
          emitter.className(nested.name()));
    }
    CodeBlock type = emitter.valueTypeRef(m.member().target());
    if (m.target() instanceof Shape.ListOf || m.target() instanceof Shape.MapOf) {
      return CodeBlock.builder()
          .addStatement("s = $T.collecting(s)", READ_SUPPORT)
          .addStatement(
              "b.$N(($T) $T.collection(p, ctxt, $L, s, field))", setter, raw, READ_SUPPORT, type)
          .build();
    }
    String direct = directReader(m.target());
    if (direct != null) {
      return CodeBlock.of("b.$N($T.$N(p, ctxt, $L));\n", setter, READ_SUPPORT, direct, type);
    }
    return CodeBlock.of("b.$N(($T) $T.value(p, ctxt, $L));\n", setter, raw, READ_SUPPORT, type);
  }

  /**
   * The {@code ReadSupport} method that reads the usual token of a string, enum or integer member
   * at once (any other token takes {@code value}'s path), or {@code null} for other members.
   */
  private static String directReader(Shape target) {
    if (target instanceof Shape.Enum) {
      return "text";
    }
    if (target instanceof Shape.Simple s) {
      return switch (s.kind()) {
        case STRING -> "text";
        case INTEGER -> "integer";
        default -> null;
      };
    }
    return null;
  }
}
