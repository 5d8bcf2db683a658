package io.mctrail.codegen;

import com.palantir.javapoet.ClassName;
import io.mctrail.codegen.build.BuildInfo;
import io.mctrail.codegen.docs.DocumentedStatements;
import io.mctrail.codegen.java.BuildInfoEmitter;
import io.mctrail.codegen.java.GeneratorEmitter;
import io.mctrail.codegen.java.JavaEmitter;
import io.mctrail.codegen.read.ModelReader;
import io.mctrail.codegen.schema.SchemaEmitter;
import io.mctrail.codegen.shape.ModelException;
import io.mctrail.codegen.shape.ShapeModel;
import java.nio.file.Path;
import java.util.Map;

/**
 * The generator's command line, run by the build (exec-maven-plugin) of the {@code schema}, {@code
 * model} and {@code testkit} modules.
 *
 * <pre>
 * Generate [--model PATH] [--java-out DIR] [--schema-out DIR] [--testkit-out DIR]
 *          [--build-version VERSION] [--project-url URL] [--checkout DIR] [--docs-out DIR]
 * </pre>
 *
 * <p>Without {@code --model} (or with an empty one) it reads the pinned C2J model from {@code
 * aws-java-sdk-models} on the classpath; with a path it reads that file, C2J or Smithy JSON AST.
 * With {@code --java-out} it also writes {@link #BUILD_INFO}: the build's version ({@code
 * --build-version}, {@code --project-url}), the git commit of {@code --checkout} and the model it
 * read. With {@code --docs-out} it writes the documented statements of a condition ({@link
 * DocumentedStatements#RESOURCE}).
 */
public final class Generate {

  /** The CloudTrail envelope model, written for this project in C2J form. */
  public static final String ENVELOPE_RESOURCE = "io/mctrail/codegen/cloudtrail-envelope.json";

  /** The envelope's root structure. */
  public static final String ENVELOPE_ROOT = "CloudTrailEvent";

  /** The eventSource of MediaConvert's records. */
  public static final String EVENT_SOURCE = "mediaconvert.amazonaws.com";

  static final String SERVICE_PACKAGE = "io.mctrail.model.mediaconvert";
  static final String TESTKIT_PACKAGE = "io.mctrail.testkit.mediaconvert";
  static final String ENVELOPE_PACKAGE = "io.mctrail.model.cloudtrail";
  static final ClassName PAYLOAD_RESOLVER = ClassName.get(ENVELOPE_PACKAGE, "MediaConvertPayloads");

  /** The class of the build's version, commit and model. */
  public static final ClassName BUILD_INFO = ClassName.get("io.mctrail.model", "McTrailBuild");

  private Generate() {}

  /** The service model: the file at {@code path}, or the pinned one when it is blank. */
  public static ShapeModel serviceModel(String path) {
    return ModelReader.load(path).model();
  }

  /** The CloudTrail envelope model. */
  public static ShapeModel envelopeModel() {
    return ModelReader.readResource(ENVELOPE_RESOURCE);
  }

  /** The Java emitter of the service's shapes. */
  public static JavaEmitter serviceEmitter(ShapeModel service) {
    return new JavaEmitter(service, SERVICE_PACKAGE, "MediaConvert", null);
  }

  /** The emitter of the testkit's generators of the service's shapes. */
  public static GeneratorEmitter generatorEmitter(ShapeModel service) {
    return new GeneratorEmitter(serviceEmitter(service), TESTKIT_PACKAGE, "MediaConvert");
  }

  /** The Java emitter of the envelope's shapes. */
  public static JavaEmitter envelopeEmitter(ShapeModel envelope) {
    return new JavaEmitter(envelope, ENVELOPE_PACKAGE, "CloudTrail", PAYLOAD_RESOLVER);
  }

  public static void main(String[] args) {
    String model = null;
    Path javaOut = null;
    Path schemaOut = null;
    Path testkitOut = null;
    String buildVersion = "unknown";
    String projectUrl = null;
    Path checkout = null;
    Path docsOut = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--model" -> model = value;
        case "--java-out" -> javaOut = Path.of(value);
        case "--schema-out" -> schemaOut = Path.of(value);
        case "--testkit-out" -> testkitOut = Path.of(value);
        case "--build-version" -> buildVersion = value;
        case "--project-url" -> projectUrl = value;
        case "--checkout" -> checkout = Path.of(value);
        case "--docs-out" -> docsOut = Path.of(value);
        default -> usage("unknown argument " + args[i]);
      }
      i++;
    }
    if (javaOut == null && schemaOut == null && testkitOut == null && docsOut == null) {
      usage("nothing to generate");
    }
    try {
      long start = System.nanoTime();
      ModelReader.Loaded loaded = ModelReader.load(model);
      ShapeModel service = loaded.model();
      ShapeModel envelope = envelopeModel();
      String source = loaded.source().description();
      if (schemaOut != null) {
        Map<String, ?> files =
            SchemaEmitter.write(
                service, loaded.source(), envelope, ENVELOPE_ROOT, EVENT_SOURCE, schemaOut);
        System.out.printf(
            "mctrail-codegen: %d schema files from %s (%d shapes) in %s%n",
            files.size(), source, service.shapes().size(), schemaOut);
      }
      if (javaOut != null) {
        StaleSources.remove(javaOut);
        JavaEmitter serviceEmitter = serviceEmitter(service);
        int n =
            serviceEmitter.writeTo(javaOut)
                + serviceEmitter.writeModelInfo(loaded.source(), javaOut)
                + envelopeEmitter(envelope).writeTo(javaOut);
        BuildInfo build = BuildInfo.of(buildVersion, projectUrl, checkout);
        new BuildInfoEmitter(BUILD_INFO, build).writeTo(javaOut);
        n++;
        System.out.printf(
            "mctrail-codegen: %d Java files from %s (%d shapes) in %s%n",
            n, source, service.shapes().size(), javaOut);
      }
      if (docsOut != null) {
        int n = DocumentedStatements.write(service, docsOut);
        System.out.printf(
            "mctrail-codegen: %d documented statements from %s in %s%n", n, source, docsOut);
      }
      if (testkitOut != null) {
        GeneratorEmitter generators = generatorEmitter(service);
        StaleSources.remove(testkitOut);
        generators.writeTo(testkitOut);
        System.out.printf(
            "mctrail-codegen: %d shape generators from %s (%d shapes) in %s%n",
            generators.generatorCount(), source, service.shapes().size(), testkitOut);
      }
      System.out.printf(
          "mctrail-codegen: done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    } catch (ModelException e) {
      System.err.println("mctrail-codegen: " + e.getMessage());
      throw e;
    }
  }

  private static void usage(String problem) {
    throw new IllegalArgumentException(
        problem
            + "; usage: Generate [--model PATH] [--java-out DIR] [--schema-out DIR]"
            + " [--testkit-out DIR] [--build-version VERSION] [--project-url URL] [--checkout DIR]"
            + " [--docs-out DIR]");
  }
}
