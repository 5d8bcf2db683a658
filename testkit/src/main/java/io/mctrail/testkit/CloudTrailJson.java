package io.mctrail.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.jackson.McTrailModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON as the testkit reads and writes it: one Jackson mapper with mctrail's module, so that typed
 * values and CloudTrail records convert to and from trees exactly as the model reads and writes
 * them.
 */
public final class CloudTrailJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new McTrailModule());

  private CloudTrailJson() {}

  /** The mapper (shared; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A typed value (a structure, a list or map of them, a timestamp…) as a JSON tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A structure as a JSON object. */
  public static ObjectNode object(Object structure) {
    JsonNode tree = tree(structure);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("not a structure: " + structure);
    }
    return (ObjectNode) tree;
  }

  /** A JSON tree read into a typed value. */
  public static <T> T typed(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot read the tree as " + type.getSimpleName(), e);
    }
  }

  /** A JSON tree as compact UTF-8 bytes. */
  public static byte[] bytes(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON tree as indented text, for messages. */
  public static String pretty(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON text or bytes read as a tree. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
