package io.mctrail.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Emits the testkit's generators of one {@link ShapeModel}: a class with one typed method per
 * structure, enum, list and map shape, each returning a {@code Gen} of that shape's values. The
 * methods delegate to the testkit's {@code ShapeGenerators}, which reads the constraints from the
 * descriptors and value types of the model's generated classes, so the generators, the JSON Schema
 * and the Bean Validation annotations all come from one shape model.
 */
public final class GeneratorEmitter {

  static final String TESTKIT = "io.mctrail.testkit";
  static final ClassName GEN = ClassName.get(TESTKIT, "Gen");
  static final ClassName SHAPE_GENERATORS = ClassName.get(TESTKIT + ".shape", "ShapeGenerators");

  /** Names the generated class uses for itself; a shape's method never takes one of them. */
  private static final Set<String> RESERVED =
      Set.of("shapes", "standard", "byShapeName", "equals", "hashCode", "toString", "getClass");

  private final JavaEmitter model;
  private final String packageName;
  private final ClassName name;

  /**
   * @param model the emitter of the model's classes, whose types and registries the generators
   *     refer to
   * @param packageName the package of the generated class
   * @param prefix the prefix of its name ({@code MediaConvert} gives {@code
   *     MediaConvertGenerators})
   */
  public GeneratorEmitter(JavaEmitter model, String packageName, String prefix) {
    this.model = model;
    this.packageName = packageName;
    this.name = ClassName.get(packageName, prefix + "Generators");
  }

  /** The generated class, for every shape with a generator. */
  public JavaFile file() {
    return file(shape -> true);
  }

  /**
   * The generated class for the shapes {@code include} accepts (golden-file tests pin a few shapes
   * this way).
   */
  public JavaFile file(Predicate<String> include) {
    ShapeModel shapes = model.model();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(JavaEmitter.generated())
            .addJavadoc(
                "Generators of the values of every structure, enum, list and map shape of the $L"
                    + " model $L,\nwithin every constraint the model states (ranges, lengths,"
                    + " patterns, known enum values,\nrequired members). One method per shape,"
                    + " named after it; {@link #byShapeName()} gives them all.\n\n<p>Built on"
                    + " {@link $T}, which reads the constraints from the model's\ndescriptors, and"
                    + " sized by its {@link $T#limits() limits}.\n",
                shapes.serviceId(),
                shapes.apiVersion(),
                SHAPE_GENERATORS,
                SHAPE_GENERATORS)
            .addField(
                FieldSpec.builder(
                        name, "STANDARD", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($T.standard())", name, SHAPE_GENERATORS)
                    .build())
            .addField(SHAPE_GENERATORS, "shapes", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Generators drawing through {@code shapes}, with its limits.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(SHAPE_GENERATORS, "shapes")
                    .addStatement(
                        "this.shapes = $T.requireNonNull(shapes, $S)",
                        ClassName.get(java.util.Objects.class),
                        "shapes")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("standard")
                    .addJavadoc("The generators with the standard limits.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addStatement("return STANDARD")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("shapes")
                    .addJavadoc("The runtime the generators draw through.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(SHAPE_GENERATORS)
                    .addStatement("return shapes")
                    .build());
    Set<String> used = new HashSet<>(RESERVED);
    Map<String, String> methods = new LinkedHashMap<>();
    for (Shape shape : shapes.shapes().values()) {
      if (!include.test(shape.name()) || shape instanceof Shape.Simple) {
        continue;
      }
      String method = methodName(shape.name(), used);
      methods.put(shape.name(), method);
      type.addMethod(generatorMethod(shape, method));
    }
    type.addMethod(registry(methods));
    return JavaFile.builder(packageName, type.build())
        .addFileComment(
            "Generated by mctrail-codegen from the $L model $L. Do not edit.",
            shapes.serviceId(),
            shapes.apiVersion())
        .skipJavaLangImports(true)
        .build();
  }

  /** Writes the generated class under {@code root}; the number of files written (one). */
  public int writeTo(Path root) {
    try {
      file().writeTo(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 1;
  }

  /** The number of shapes that get a generator: every structure, enum, list and map. */
  public int generatorCount() {
    return (int)
        model.model().shapes().values().stream().filter(s -> !(s instanceof Shape.Simple)).count();
  }

  private MethodSpec generatorMethod(Shape shape, String method) {
    CodeBlock valueType = model.valueTypeRef(shape.name());
    MethodSpec.Builder m = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC);
    if (shape instanceof Shape.Structure) {
      ClassName type = model.className(shape.name());
      m.addJavadoc("Values of {@link $T}, every member within its constraints.\n", type)
          .returns(ParameterizedTypeName.get(GEN, type))
          .addStatement("return shapes.structure($T.DESCRIPTOR)", type);
    } else if (shape instanceof Shape.Enum) {
      ClassName type = model.className(shape.name());
      m.addJavadoc(
              "The values of {@link $T} the model knows (never {@code UNKNOWN_TO_SDK_VERSION}).\n",
              type)
          .returns(ParameterizedTypeName.get(GEN, type))
          .addStatement("return shapes.enumValue($L).map($T::fromValue)", valueType, type);
    } else if (shape instanceof Shape.ListOf) {
      m.addJavadoc(
              "Lists of the shape {@code $L}, of a size within its bounds, every element"
                  + " valid.\n",
              shape.name())
          .returns(ParameterizedTypeName.get(GEN, model.rawType(shape.name(), false)))
          .addStatement("return shapes.list($L)", valueType);
    } else {
      m.addJavadoc(
              "Maps of the shape {@code $L}, of a size within its bounds, every value valid.\n",
              shape.name())
          .returns(ParameterizedTypeName.get(GEN, model.rawType(shape.name(), false)))
          .addStatement("return shapes.map($L)", valueType);
    }
    return m.build();
  }

  private MethodSpec registry(Map<String, String> methods) {
    TypeName gen = ParameterizedTypeName.get(GEN, WildcardTypeName.subtypeOf(Object.class));
    TypeName mapType =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), gen);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("byShapeName")
            .addJavadoc(
                "Every generator of this class by the model's name of its shape, in name order.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(mapType)
            .addStatement(
                "$T all = new $T<>()", mapType, ClassName.get(java.util.LinkedHashMap.class));
    for (Map.Entry<String, String> e : methods.entrySet()) {
      m.addStatement("all.put($S, $N())", e.getKey(), e.getValue());
    }
    return m.addStatement("return $T.unmodifiableMap(all)", java.util.Collections.class).build();
  }

  /** The method of a shape: its name without leading underscores, starting lowercase. */
  static String methodName(String shapeName, Set<String> used) {
    String stripped = shapeName.replaceFirst("^_+", "");
    String base = JavaNames.member(stripped.isEmpty() ? shapeName : stripped);
    if (!base.isEmpty() && Character.isUpperCase(base.charAt(0))) {
      base = base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
    }
    String method = base;
    while (!used.add(method)) {
      method = method + "_";
    }
    return method;
  }
}
