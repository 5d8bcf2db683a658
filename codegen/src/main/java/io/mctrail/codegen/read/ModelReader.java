package io.mctrail.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.codegen.shape.ModelException;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an API model file into a {@link ShapeModel}, detecting its format from its content: a
 * top-level {@code "smithy"} member means Smithy JSON AST, {@code "metadata"} with {@code "shapes"}
 * means C2J.
 */
public final class ModelReader {

  /** Where the C2J model of MediaConvert sits inside {@code aws-java-sdk-models}. */
  public static final String PINNED_MODEL_RESOURCE = "models/mediaconvert-2017-08-29-model.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelReader() {}

  /** The format of a model file. */
  public enum Format {
    C2J,
    SMITHY
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
    InputStream in = ModelReader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new ModelException("the model resource " + resource + " is not on the classpath");
    }
    try (in) {
      return read(in, resource);
    } catch (IOException e) {
      throw new ModelException("cannot read the model resource " + resource, e);
    }
  }

  /** Reads a model from a stream; {@code origin} names it in error messages. */
  public static ShapeModel read(InputStream in, String origin) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new ModelException(origin + " is not JSON: " + e.getMessage(), e);
    }
    return switch (detect(root, origin)) {
      case SMITHY -> SmithyReader.read(root);
      case C2J -> C2jReader.read(root);
    };
  }

  /** The format of the model file at {@code path}. */
  public static Format detect(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return detect(MAPPER.readTree(in), path.toString());
    } catch (IOException e) {
      throw new ModelException("cannot read the model file " + path + ": " + e.getMessage(), e);
    }
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
