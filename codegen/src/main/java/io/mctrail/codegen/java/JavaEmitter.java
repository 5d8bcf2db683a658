package io.mctrail.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.mctrail.codegen.read.ModelSource;
import io.mctrail.codegen.shape.Constraints;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.Operation;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the Java sources of one {@link ShapeModel}: an immutable class with a builder for every
 * structure, an enum for every enum shape, a registry of every shape's {@code ValueType}, and a
 * registry of operations. Lists and maps become unmodifiable collections of their members.
 */
public final class JavaEmitter {

  /** The value of the {@code javax.annotation.processing.Generated} annotation on every file. */
  public static final String GENERATOR = "io.mctrail:mctrail-codegen";

  static final String RUNTIME = "io.mctrail.model.runtime";
  static final ClassName STRUCTURE = ClassName.get(RUNTIME, "Structure");
  static final ClassName STRUCTURE_BUILDER = ClassName.get(RUNTIME, "StructureBuilder");
  static final ClassName STRUCTURE_DESCRIPTOR = ClassName.get(RUNTIME, "StructureDescriptor");
  static final ClassName MEMBER_DESCRIPTOR = ClassName.get(RUNTIME, "MemberDescriptor");
  static final ClassName STRUCTURE_EXTRAS = ClassName.get(RUNTIME, "StructureExtras");
  static final ClassName STRUCTURE_TEXT = ClassName.get(RUNTIME, "StructureText");
  static final ClassName COLLECTIONS = ClassName.get(RUNTIME, "ModelCollections");
  static final ClassName VALUE_TYPE = ClassName.get(RUNTIME, "ValueType");

  /** The field of a shapes class that resolves a structure's descriptor by its shape name. */
  private static final String STRUCTURES = "STRUCTURES";

  /** Between the values of an enum in the one string constant that lists them. */
  static final char ENUM_VALUE_SEPARATOR = '\u001f';

  static final ClassName KIND = VALUE_TYPE.nestedClass("Kind");
  static final ClassName MODEL_ENUM = ClassName.get(RUNTIME, "ModelEnum");
  static final ClassName TIMESTAMP = ClassName.get(RUNTIME, "Timestamp");
  static final ClassName PAYLOAD = ClassName.get(RUNTIME, "Payload");
  static final ClassName OPERATION_DESCRIPTOR = ClassName.get(RUNTIME, "OperationDescriptor");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String BV = "jakarta.validation.constraints";
  static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");

  private final ShapeModel model;
  private final String packageName;
  private final String prefix;
  private final ClassName shapes;
  private final ClassName payloadResolver;
  private final ReaderEmitter readers;

  /**
   * @param model the shapes to emit
   * @param packageName the package of the generated classes
   * @param prefix the prefix of the registries' names ({@code MediaConvert} gives {@code
   *     MediaConvertShapes} and {@code MediaConvertOperations})
   * @param payloadResolver the class whose {@code INSTANCE} types the payload members, or {@code
   *     null} when the model has none
   */
  public JavaEmitter(
      ShapeModel model, String packageName, String prefix, ClassName payloadResolver) {
    this.model = model;
    this.packageName = packageName;
    this.prefix = prefix;
    this.shapes = ClassName.get(packageName, prefix + "Shapes");
    this.payloadResolver = payloadResolver;
    this.readers = new ReaderEmitter(this, ClassName.get(packageName, prefix + "Readers"));
  }

  /** Every generated file. */
  public List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    for (Shape shape : model.shapes().values()) {
      if (shape instanceof Shape.Structure s) {
        files.add(file(new StructureEmitter(this, s).type()));
      } else if (shape instanceof Shape.Enum e) {
        files.add(file(enumType(e)));
      }
    }
    files.add(file(shapesRegistry()));
    files.add(file(operationsRegistry()));
    files.add(file(readers.type()));
    return files;
  }

  /** The generated file of one shape, for golden-file tests. */
  public JavaFile file(String shapeName) {
    Shape shape = model.shape(shapeName);
    if (shape instanceof Shape.Structure s) {
      return file(new StructureEmitter(this, s).type());
    }
    if (shape instanceof Shape.Enum e) {
      return file(enumType(e));
    }
    throw new IllegalArgumentException(shapeName + " is neither a structure nor an enum");
  }

  /** Writes every file under {@code root}. */
  public int writeTo(Path root) {
    return write(files(), root);
  }

  /**
   * The class {@code <prefix>ModelInfo} (for example {@code MediaConvertModelInfo}): which model
   * file the classes were generated from, the pinned model or the one the build was given, with its
   * format, digest and API version.
   */
  public JavaFile modelInfoFile(ModelSource source) {
    return file(
        ModelInfoEmitter.type(ClassName.get(packageName, prefix + "ModelInfo"), model, source));
  }

  /** Writes {@link #modelInfoFile} under {@code root}; the number of files written. */
  public int writeModelInfo(ModelSource source, Path root) {
    return write(List.of(modelInfoFile(source)), root);
  }

  private static int write(List<JavaFile> files, Path root) {
    for (JavaFile f : files) {
      try {
        f.writeTo(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files.size();
  }

  private JavaFile file(TypeSpec type) {
    return JavaFile.builder(packageName, type)
        .addFileComment(
            "Generated by mctrail-codegen from the $L model $L. Do not edit.",
            model.serviceId(),
            model.apiVersion())
        .skipJavaLangImports(true)
        .build();
  }

  ShapeModel model() {
    return model;
  }

  ClassName payloadResolver() {
    return payloadResolver;
  }

  ReaderEmitter readers() {
    return readers;
  }

  ClassName className(String shapeName) {
    return ClassName.get(packageName, JavaNames.type(shapeName));
  }

  /** {@code Shapes.CONSTANT}: the value type of a shape. */
  CodeBlock valueTypeRef(String shapeName) {
    return CodeBlock.of("$T.$N", shapes, JavaNames.shapeConstant(shapeName));
  }

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  }

  // ---------------------------------------------------------------- types and annotations

  /**
   * The Java type of a raw value of this shape; with {@code annotated}, list elements and map
   * values carry their constraint annotations (for fields that Bean Validation reads).
   */
  TypeName rawType(String shapeName, boolean annotated) {
    Shape shape = model.shape(shapeName);
    if (shape instanceof Shape.Structure) {
      return className(shapeName);
    }
    if (shape instanceof Shape.Enum) {
      return ClassName.get(String.class);
    }
    if (shape instanceof Shape.ListOf l) {
      return ParameterizedTypeName.get(LIST, elementType(l.member(), annotated));
    }
    if (shape instanceof Shape.MapOf m) {
      return ParameterizedTypeName.get(
          MAP, ClassName.get(String.class), elementType(m.value(), annotated));
    }
    return simpleType(((Shape.Simple) shape).kind());
  }

  private TypeName elementType(String shapeName, boolean annotated) {
    TypeName raw = rawType(shapeName, annotated);
    if (!annotated) {
      return raw;
    }
    List<AnnotationSpec> annotations = constraintAnnotations(shapeName, Constraints.NONE);
    return annotations.isEmpty() ? raw : raw.annotated(annotations);
  }

  static TypeName simpleType(SimpleKind kind) {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case TIMESTAMP -> TIMESTAMP;
      case DOCUMENT -> JSON_NODE;
      case PAYLOAD -> PAYLOAD;
    };
  }

  /** The constraints of a shape, overridden by a member's own. */
  Constraints effectiveConstraints(String shapeName, Constraints member) {
    Shape shape = model.shape(shapeName);
    Constraints own =
        shape instanceof Shape.Simple s
            ? s.constraints()
            : shape instanceof Shape.ListOf l
                ? l.constraints()
                : shape instanceof Shape.MapOf m ? m.constraints() : Constraints.NONE;
    return own.overriddenBy(member);
  }

  /** The Bean Validation annotations for a value of this shape (cascading included). */
  List<AnnotationSpec> constraintAnnotations(String shapeName, Constraints memberConstraints) {
    Shape shape = model.shape(shapeName);
    Constraints c = effectiveConstraints(shapeName, memberConstraints);
    List<AnnotationSpec> out = new ArrayList<>();
    if (shape instanceof Shape.Structure) {
      out.add(AnnotationSpec.builder(VALID).build());
    } else if (shape instanceof Shape.Enum e) {
      out.add(
          AnnotationSpec.builder(ClassName.get(BV, "Pattern"))
              .addMember("regexp", "$S", Patterns.enumRegex(e.values()))
              .addMember("message", "$S", "must be one of the values the model knows")
              .build());
    } else if (shape instanceof Shape.ListOf || shape instanceof Shape.MapOf) {
      addSize(out, c);
    } else {
      SimpleKind kind = ((Shape.Simple) shape).kind();
      switch (kind) {
        case INTEGER, LONG -> {
          if (c.min() != null) {
            out.add(
                AnnotationSpec.builder(ClassName.get(BV, "Min"))
                    .addMember("value", "$LL", c.min().toBigIntegerExact())
                    .build());
          }
          if (c.max() != null) {
            out.add(
                AnnotationSpec.builder(ClassName.get(BV, "Max"))
                    .addMember("value", "$LL", c.max().toBigIntegerExact())
                    .build());
          }
        }
        case DOUBLE -> {
          if (c.min() != null) {
            out.add(
                AnnotationSpec.builder(ClassName.get(BV, "DecimalMin"))
                    .addMember("value", "$S", c.min().toPlainString())
                    .build());
          }
          if (c.max() != null) {
            out.add(
                AnnotationSpec.builder(ClassName.get(BV, "DecimalMax"))
                    .addMember("value", "$S", c.max().toPlainString())
                    .build());
          }
        }
        case STRING -> {
          addSize(out, c);
          if (c.pattern() != null) {
            out.add(
                AnnotationSpec.builder(ClassName.get(BV, "Pattern"))
                    .addMember("regexp", "$S", Patterns.fullMatch(c.pattern()))
                    .build());
          }
        }
        case PAYLOAD -> out.add(AnnotationSpec.builder(VALID).build());
        default -> {}
      }
    }
    return out;
  }

  private static void addSize(List<AnnotationSpec> out, Constraints c) {
    if (c.min() == null && c.max() == null) {
      return;
    }
    AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(BV, "Size"));
    if (c.min() != null) {
      size.addMember("min", "$L", c.min().intValueExact());
    }
    if (c.max() != null) {
      size.addMember("max", "$L", c.max().min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
    }
    out.add(size.build());
  }

  // ---------------------------------------------------------------- enums

  private TypeSpec enumType(Shape.Enum e) {
    ClassName name = className(e.name());
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(MODEL_ENUM)
            .addAnnotation(generated())
            .addJavadoc("$L", Javadoc.of(e.documentation(), "The values of " + e.name() + "."))
            .addJavadoc(
                "\n<p>{@link #UNKNOWN_TO_SDK_VERSION} stands for a value this model does not"
                    + " know;\nthe raw value stays available from the structure's {@code"
                    + " ...AsString()} accessor.\n");
    Set<String> used = new HashSet<>();
    for (String value : e.values()) {
      String constant = JavaNames.enumConstant(value);
      while (!used.add(constant)) {
        constant = constant + "_";
      }
      type.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", value).build());
    }
    type.addEnumConstant(
        "UNKNOWN_TO_SDK_VERSION",
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc("A value the model does not know.\n")
            .build());
    TypeName setOfEnum = ParameterizedTypeName.get(ClassName.get(Set.class), name);
    TypeName mapOfEnum =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name);
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, ClassName.get(String.class)),
                "WIRE_VALUES",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The values the model knows, as written on the wire, in model order.\n")
            .initializer(
                "$T.of($L)",
                List.class,
                CodeBlock.join(e.values().stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "))
            .build());
    type.addField(
        FieldSpec.builder(mapOfEnum, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(
                "$T.stream(values()).filter(v -> v.value != null)"
                    + ".collect($T.toUnmodifiableMap(v -> v.value, v -> v))",
                java.util.Arrays.class,
                java.util.stream.Collectors.class)
            .build());
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant for a wire value: {@code null} for {@code null}, {@link"
                    + " #UNKNOWN_TO_SDK_VERSION}\nfor a value the model does not know. Never"
                    + " throws.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc("Every constant but {@link #UNKNOWN_TO_SDK_VERSION}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(setOfEnum)
            .addStatement(
                "return $T.copyOf(BY_VALUE.values().stream()"
                    + ".collect($T.toCollection(() -> $T.noneOf($T.class))))",
                Set.class,
                java.util.stream.Collectors.class,
                java.util.EnumSet.class,
                name)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value == null ? name() : value")
            .build());
    return type.build();
  }

  // ---------------------------------------------------------------- registries

  private TypeSpec shapesRegistry() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(shapes)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(generated())
            .addJavadoc(
                "The value type of every shape of the $L model $L, named as in the model.\n",
                model.serviceId(),
                model.apiVersion())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    // Simple shapes, enums and structures first: lists and maps refer to their members' types.
    List<Shape> ordered = new ArrayList<>();
    for (Shape s : model.shapes().values()) {
      if (!(s instanceof Shape.ListOf) && !(s instanceof Shape.MapOf)) {
        ordered.add(s);
      }
    }
    Set<String> done = new HashSet<>();
    ordered.forEach(s -> done.add(s.name()));
    while (done.size() < model.shapes().size()) {
      for (Shape s : model.shapes().values()) {
        if (done.contains(s.name())) {
          continue;
        }
        String member = s instanceof Shape.ListOf l ? l.member() : ((Shape.MapOf) s).value();
        if (done.contains(member)) {
          ordered.add(s);
          done.add(s.name());
        }
      }
    }
    // One resolver of structures' descriptors by name serves every structure: a lambda per
    // structure would be a class to spin up, and an enum's values read from its class would
    // initialise that class, at the start of every run.
    TypeName descriptorOf =
        ParameterizedTypeName.get(
            ClassName.get(java.util.function.Function.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(
                STRUCTURE_DESCRIPTOR, WildcardTypeName.subtypeOf(Object.class)));
    type.addField(
        FieldSpec.builder(
                descriptorOf, STRUCTURES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T::descriptor", shapes)
            .build());
    CodeBlock.Builder cases = CodeBlock.builder();
    for (Shape s : model.shapes().values()) {
      if (s instanceof Shape.Structure) {
        cases.add("case $S -> $L.DESCRIPTOR;\n", s.name(), className(s.name()).canonicalName());
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("descriptor")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(
                ParameterizedTypeName.get(
                    STRUCTURE_DESCRIPTOR, WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(String.class, "shapeName")
            .addCode("return switch (shapeName) {\n$>")
            .addCode(cases.build())
            .addCode(
                "default -> throw new $T(\"no structure \" + shapeName);\n",
                IllegalArgumentException.class)
            .addCode("$<};\n")
            .build());
    CodeBlock.Builder all = CodeBlock.builder();
    for (Shape s : ordered) {
      type.addField(
          FieldSpec.builder(
                  VALUE_TYPE,
                  JavaNames.shapeConstant(s.name()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("$L", Javadoc.of(s.documentation(), "The shape " + s.name() + "."))
              .initializer(valueTypeInitializer(s))
              .build());
      all.addStatement("all.put($S, $N)", s.name(), JavaNames.shapeConstant(s.name()));
    }
    TypeName mapType = ParameterizedTypeName.get(MAP, ClassName.get(String.class), VALUE_TYPE);
    type.addField(
        FieldSpec.builder(mapType, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every shape of the model by name, in name order.\n")
            .initializer("all()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("all")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(mapType)
            .addStatement(
                "$T all = new $T<>()", mapType, ClassName.get(java.util.LinkedHashMap.class))
            .addCode(all.build())
            .addStatement("return $T.unmodifiableMap(all)", java.util.Collections.class)
            .build());
    return type.build();
  }

  private CodeBlock valueTypeInitializer(Shape s) {
    // Canonical names: a constant may have the same simple name as the class it refers to.
    if (s instanceof Shape.Structure) {
      return CodeBlock.of("$T.structure($S, $L)", VALUE_TYPE, s.name(), STRUCTURES);
    }
    if (s instanceof Shape.Enum e) {
      for (String value : e.values()) {
        if (value.indexOf(ENUM_VALUE_SEPARATOR) >= 0) {
          throw new IllegalStateException(
              "enum " + s.name() + " has a value with the separator U+001F: " + value);
        }
      }
      return CodeBlock.of(
          "$T.enumOf($S, $S)",
          VALUE_TYPE,
          s.name(),
          String.join(String.valueOf(ENUM_VALUE_SEPARATOR), e.values()));
    }
    if (s instanceof Shape.ListOf l) {
      return CodeBlock.of(
          "$T.listOf($S, $L, $L, $L)",
          VALUE_TYPE,
          s.name(),
          JavaNames.shapeConstant(l.member()),
          decimal(l.constraints().min()),
          decimal(l.constraints().max()));
    }
    if (s instanceof Shape.MapOf m) {
      return CodeBlock.of(
          "$T.mapOf($S, $L, $L, $L)",
          VALUE_TYPE,
          s.name(),
          JavaNames.shapeConstant(m.value()),
          decimal(m.constraints().min()),
          decimal(m.constraints().max()));
    }
    Shape.Simple simple = (Shape.Simple) s;
    Constraints c = simple.constraints();
    return CodeBlock.of(
        "$T.simple($T.$L, $S, $L, $L, $L)",
        VALUE_TYPE,
        KIND,
        simple.kind().name(),
        s.name(),
        decimal(c.min()),
        decimal(c.max()),
        c.pattern() == null ? "null" : CodeBlock.of("$S", c.pattern()));
  }

  static CodeBlock decimal(BigDecimal value) {
    return value == null
        ? CodeBlock.of("null")
        : CodeBlock.of("new $T($S)", BigDecimal.class, value.toPlainString());
  }

  private TypeSpec operationsRegistry() {
    ClassName name = ClassName.get(packageName, prefix + "Operations");
    TypeName mapType =
        ParameterizedTypeName.get(MAP, ClassName.get(String.class), OPERATION_DESCRIPTOR);
    CodeBlock.Builder all = CodeBlock.builder();
    for (Operation op : model.operations().values()) {
      all.addStatement(
          "all.put($S, new $T($S, $L, $L))",
          op.name(),
          OPERATION_DESCRIPTOR,
          op.name(),
          op.input() == null ? "null" : CodeBlock.of("() -> $T.DESCRIPTOR", className(op.input())),
          op.output() == null
              ? "null"
              : CodeBlock.of("() -> $T.DESCRIPTOR", className(op.output())));
    }
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(generated())
        .addJavadoc(
            "Every operation of the $L model $L, by name (CloudTrail's {@code eventName}), with"
                + " its input and output structures.\n",
            model.serviceId(),
            model.apiVersion())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(
            FieldSpec.builder(mapType, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every operation by name, in name order.\n")
                .initializer("all()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("all")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(mapType)
                .addStatement(
                    "$T all = new $T<>()", mapType, ClassName.get(java.util.LinkedHashMap.class))
                .addCode(all.build())
                .addStatement("return $T.unmodifiableMap(all)", java.util.Collections.class)
                .build())
        .build();
  }

  /** Members of a structure with the names their generated code uses. */
  List<NamedMember> namedMembers(Shape.Structure s) {
    List<NamedMember> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Member m : s.members()) {
      String javaName = JavaNames.member(m.jsonName());
      while (!used.add(javaName)) {
        javaName = javaName + "_";
      }
      out.add(new NamedMember(m, javaName, model.shape(m.target())));
    }
    return out;
  }

  /** A member, its Java name and its target shape. */
  record NamedMember(Member member, String javaName, Shape target) {}
}
