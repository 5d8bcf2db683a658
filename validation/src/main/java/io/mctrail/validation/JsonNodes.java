package io.mctrail.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Walks of a JSON tree that keep the path of every node (see {@link TreePath}). */
public final class JsonNodes {

  /** A node and its path. */
  public record Located(TreePath path, JsonNode node) {
    /** The node's JSON Pointer. */
    public String pointer() {
      return path.pointer();
    }
  }

  private JsonNodes() {}

  /**
   * Every object value of a field named {@code field}, anywhere under {@code node}, in document
   * order, with its path (below {@code base}, the path of {@code node}).
   */
  public static List<Located> findObjects(JsonNode node, TreePath base, String field) {
    List<Located> out = new ArrayList<>();
    find(node, base, field, out);
    return out;
  }

  private static void find(JsonNode node, TreePath path, String field, List<Located> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue();
        if (!value.isContainerNode()) {
          continue;
        }
        TreePath child = path.child(e.getKey());
        if (value.isObject() && e.getKey().equals(field)) {
          out.add(new Located(child, value));
        }
        find(value, child, field, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isContainerNode()) {
          find(value, path.child(i), field, out);
        }
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
