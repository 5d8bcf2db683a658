package io.mctrail.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.mctrail.codegen.read.ModelSource;
import io.mctrail.codegen.shape.ShapeModel;
import javax.lang.model.element.Modifier;

/**
 * Emits the class that says which model the generated classes come from ({@code
 * MediaConvertModelInfo}): the model file the build was given, or the pinned model, with its
 * format, digest, API version and numbers of shapes and operations. Tests read it to compare what
 * was generated with the model the build read, and to assert the pinned model's own figures only
 * when the build read that model.
 *
 * <p>Every value is returned by a method rather than held in a constant, so that code compiled
 * against the classes of one model never keeps a value inlined from another.
 */
final class ModelInfoEmitter {

  private ModelInfoEmitter() {}

  static TypeSpec type(ClassName name, ShapeModel model, ModelSource source) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(JavaEmitter.generated())
        .addJavadoc(
            "The AWS model the $L classes of this package were generated from: $L.\n",
            model.serviceId(),
            source.description().replace("*/", "*&#47;"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            value(
                "apiVersion",
                model.apiVersion(),
                "The model's API version, for example {@code 2017-08-29}."))
        .addMethod(
            MethodSpec.methodBuilder("pinned")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addJavadoc(
                    "True when the build read the pinned model (in {@code aws-java-sdk-models}),"
                        + " false when it was given a model file ({@code -Dmctrail.model}).\n")
                .addStatement("return $L", source.pinned())
                .build())
        .addMethod(
            value(
                "path",
                source.path(),
                "The absolute path of the model file the build was given, or an empty string when"
                    + " it read the pinned model."))
        .addMethod(
            value(
                "description",
                source.description(),
                "Where the model came from, for people: the file's path, or the pinned model's"
                    + " artifact and entry."))
        .addMethod(
            value(
                "format",
                source.format().name(),
                "The model file's format: {@code C2J} or {@code SMITHY} (the Smithy JSON AST)."))
        .addMethod(
            value(
                "sha256",
                source.sha256(),
                "The SHA-256 of the model file's bytes, in lower-case hex."))
        .addMethod(count("shapes", model.shapes().size(), "The number of shapes in the model."))
        .addMethod(
            count(
                "operations", model.operations().size(), "The number of operations in the model."))
        .build();
  }

  private static MethodSpec count(String name, int value, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.INT)
        .addJavadoc("$L\n", javadoc)
        .addStatement("return $L", value)
        .build();
  }

  private static MethodSpec value(String name, String value, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("$L\n", javadoc)
        .addStatement("return $S", value)
        .build();
  }
}
