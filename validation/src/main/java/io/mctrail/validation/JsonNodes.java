package io.mctrail.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Walks of a JSON tree that keep the JSON Pointer of every node. */
public final class JsonNodes {

  /** A node and its pointer. */
  public record Located(String pointer, JsonNode node) {}

  private JsonNodes() {}

  /**
   * Every object value of a field named {@code field}, anywhere under {@code node}, in document
   * order, with its pointer (prefixed by {@code base}).
   */
  public static List<Located> findObjects(JsonNode node, String base, String field) {
    List<Located> out = new ArrayList<>();
    find(node, base, field, out);
    return out;
  }

  private static void find(JsonNode node, String pointer, String field, List<Located> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = JsonPointers.append(pointer, e.getKey());
        if (e.getKey().equals(field) && e.getValue().isObject()) {
          out.add(new Located(child, e.getValue()));
        }
        find(e.getValue(), child, field, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        find(node.get(i), JsonPointers.append(pointer, i), field, out);
      }
    }
  }

  /** A text field of an object, or {@code null} when absent or not text. */
  public static String text(JsonNode object, String field) {
    JsonNode n = object == null ? null : object.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** A numeric field of an object, or {@code null} when absent or not a number. */
  public static Double number(JsonNode object, String field) {
    JsonNode n = object == null ? null : object.get(field);
    return n != null && n.isNumber() ? n.asDouble() : null;
  }

  /** True when the object has the field with a non-null value. */
  public static boolean has(JsonNode object, String field) {
    JsonNode n = object == null ? null : object.get(field);
    return n != null && !n.isNull();
  }
}
