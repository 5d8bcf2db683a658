package io.mctrail.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.codegen.shape.ModelException;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Reads an API model file into a {@link ShapeModel}, detecting its format from its content: a
 * top-level {@code "smithy"} member means Smithy JSON AST, {@code "metadata"} with {@code "shapes"}
 * means C2J.
 */
public final class ModelReader {

  /** Where the C2J model of MediaConvert sits inside {@code aws-java-sdk-models}. */
  public static final String PINNED_MODEL_RESOURCE = "models/mediaconvert-2017-08-29-model.json";

  /** The Maven coordinates of the artifact that holds the pinned model, without its version. */
  public static final String PINNED_MODEL_ARTIFACT = "com.amazonaws:aws-java-sdk-models";

  private static final String PINNED_MODEL_POM_PROPERTIES =
      "META-INF/maven/com.amazonaws/aws-java-sdk-models/pom.properties";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelReader() {}

  /** The format of a model file. */
  public enum Format {
    C2J,
    SMITHY
  }

  /**
   * A service model as read, and where it was read from.
   *
   * @param model the shapes and operations
   * @param source the file they were read from
   */
  public record Loaded(ShapeModel model, ModelSource source) {}

  /**
   * Reads the model file at {@code path}, in either format, or the pinned model when {@code path}
   * is {@code null} or blank (what the build's {@code -Dmctrail.model} means), together with where
   * it came from.
   */
  public static Loaded load(String path) {
    if (path == null || path.isBlank()) {
      return load(
          resourceBytes(PINNED_MODEL_RESOURCE),
          "",
          pinnedArtifact() + " " + PINNED_MODEL_RESOURCE,
          PINNED_MODEL_RESOURCE);
    }
    Path file = Path.of(path);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ModelException("cannot read the model file " + path + ": " + e.getMessage(), e);
    }
    String absolute = file.toAbsolutePath().normalize().toString();
    return load(bytes, absolute, absolute, path);
  }

  private static Loaded load(byte[] bytes, String path, String description, String origin) {
    JsonNode root = tree(new ByteArrayInputStream(bytes), origin);
    Format format = detect(root, origin);
    return new Loaded(
        read(root, format), new ModelSource(path, description, format, sha256(bytes)));
  }

  /** The pinned model's artifact with its version, as its jar's Maven properties state it. */
  private static String pinnedArtifact() {
    try (InputStream in =
        ModelReader.class.getClassLoader().getResourceAsStream(PINNED_MODEL_POM_PROPERTIES)) {
      if (in == null) {
        return PINNED_MODEL_ARTIFACT;
      }
      Properties pom = new Properties();
      pom.load(in);
      String version = pom.getProperty("version");
      return version == null ? PINNED_MODEL_ARTIFACT : PINNED_MODEL_ARTIFACT + ":" + version;
    } catch (IOException e) {
      return PINNED_MODEL_ARTIFACT;
    }
  }

  private static byte[] resourceBytes(String resource) {
    InputStream in = ModelReader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new ModelException("the model resource " + resource + " is not on the classpath");
    }
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ModelException("cannot read the model resource " + resource, e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Reads the model at {@code path}, in either format. */
  public static ShapeModel read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new ModelException("cannot read the model file " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads the pinned MediaConvert model from the classpath ({@code aws-java-sdk-models}). */
  public static ShapeModel readPinned() {
    return readResource(PINNED_MODEL_RESOURCE);
  }

  /** Reads a model from a classpath resource. */
  public static ShapeModel readResource(String resource) {
    return read(new ByteArrayInputStream(resourceBytes(resource)), resource);
  }

  /** Reads a model from a stream; {@code origin} names it in error messages. */
  public static ShapeModel read(InputStream in, String origin) {
    JsonNode root = tree(in, origin);
    return read(root, detect(root, origin));
  }

  private static JsonNode tree(InputStream in, String origin) {
    try {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new ModelException(origin + " is not JSON: " + e.getMessage(), e);
    }
  }

  private static ShapeModel read(JsonNode root, Format format) {
    return switch (format) {
      case SMITHY -> SmithyReader.read(root);
      case C2J -> C2jReader.read(root);
    };
  }

  /** The format of a parsed model document. */
  public static Format detect(JsonNode root, String origin) {
    if (root != null && root.has("smithy") && root.has("shapes")) {
      return Format.SMITHY;
    }
    if (root != null && root.has("metadata") && root.has("shapes")) {
      return Format.C2J;
    }
    throw new ModelException(
        origin
            + " is neither a C2J model (metadata, shapes) nor a Smithy JSON AST model (smithy,"
            + " shapes)");
  }
}
