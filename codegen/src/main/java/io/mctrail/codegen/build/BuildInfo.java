package io.mctrail.codegen.build;

import io.mctrail.codegen.read.ModelReader;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Properties;

/**
 * What a build of mctrail is made from, written into the model by the generator so that nobody has
 * to keep it up to date by hand: the project's version, the commit it was built from, and the AWS
 * model it read.
 *
 * @param version the project's version, for example {@code 0.1.0-SNAPSHOT}
 * @param url the project's home page (the parent pom's {@code <url>}), or {@code ""} when it has
 *     none
 * @param commit the commit of the checkout, from git at build time, or {@code unknown}
 * @param modelSource where the model came from: the Maven artifact and the file in it, or the file
 *     name of a model given with {@code -Dmctrail.model}
 * @param modelFormat {@code C2J} or {@code SMITHY}
 * @param modelVersion the version of the artifact the model came from, or the date of the file
 * @param apiVersion the service's API version in the model, for example {@code 2017-08-29}
 * @param shapes the number of shapes in the model
 * @param operations the number of operations in the model
 */
public record BuildInfo(
    String version,
    String url,
    String commit,
    String modelSource,
    String modelFormat,
    String modelVersion,
    String apiVersion,
    int shapes,
    int operations) {

  /** The Maven coordinates of the artifact the pinned model comes from, without its version. */
  public static final String PINNED_ARTIFACT = "com.amazonaws:aws-java-sdk-models";

  private static final String PINNED_POM_PROPERTIES =
      "META-INF/maven/com.amazonaws/aws-java-sdk-models/pom.properties";

  /** Checks that every text is given. */
  public BuildInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(modelSource, "modelSource");
    Objects.requireNonNull(modelFormat, "modelFormat");
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(apiVersion, "apiVersion");
  }

  /**
   * The build info of {@code service}, read from {@code modelPath} (blank or {@code null} for the
   * pinned model), for a build of {@code version} with home page {@code url} (blank, {@code null}
   * or a Maven expression left unresolved when there is none) in the checkout at {@code checkout}.
   */
  public static BuildInfo of(
      String version, String url, Path checkout, String modelPath, ShapeModel service) {
    String commit = GitCommit.of(checkout);
    String home = url == null || url.isBlank() || url.startsWith("${") ? "" : url.strip();
    if (modelPath == null || modelPath.isBlank()) {
      return new BuildInfo(
          version,
          home,
          commit,
          PINNED_ARTIFACT + ":" + pinnedArtifactVersion() + " " + ModelReader.PINNED_MODEL_RESOURCE,
          ModelReader.Format.C2J.name(),
          pinnedArtifactVersion(),
          service.apiVersion(),
          service.shapes().size(),
          service.operations().size());
    }
    Path file = Path.of(modelPath);
    return new BuildInfo(
        version,
        home,
        commit,
        String.valueOf(file.getFileName()),
        ModelReader.detect(file).name(),
        "file of " + fileDate(file),
        service.apiVersion(),
        service.shapes().size(),
        service.operations().size());
  }

  /** The version of {@code aws-java-sdk-models} on the classpath, or {@code unknown}. */
  static String pinnedArtifactVersion() {
    try (InputStream in =
        BuildInfo.class.getClassLoader().getResourceAsStream(PINNED_POM_PROPERTIES)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String fileDate(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
          + "";
    } catch (IOException e) {
      return "unknown date";
    }
  }
}
