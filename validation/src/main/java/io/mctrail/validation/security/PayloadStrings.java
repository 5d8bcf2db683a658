package io.mctrail.validation.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.TreePath;
import java.util.Iterator;
import java.util.Map;

/** Walks every string of a payload with its pointer and the member name it sits under. */
final class PayloadStrings {

  /** What is done with each string. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param path the string's path
     * @param member the name of the member it is the value of (or an element of), or {@code null}
     *     at the top
     * @param value the string
     */
    void visit(TreePath path, String member, String value);
  }

  private PayloadStrings() {}

  /**
   * Visits every string under {@code node}, whose path is {@code path}, that is at least {@code
   * minLength} characters long (shorter ones cannot hold what the visitor looks for).
   */
  static void walk(JsonNode node, TreePath path, int minLength, Visitor visitor) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      if (node.textValue().length() >= minLength) {
        visitor.visit(path, null, node.textValue());
      }
      return;
    }
    walk(node, path, null, minLength, visitor);
  }

  private static void walk(
      JsonNode node, TreePath path, String member, int minLength, Visitor visitor) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue();
        if (value.isTextual()) {
          if (value.textValue().length() >= minLength) {
            visitor.visit(path.child(e.getKey()), e.getKey(), value.textValue());
          }
        } else if (value.isContainerNode()) {
          walk(value, path.child(e.getKey()), e.getKey(), minLength, visitor);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isTextual()) {
          if (value.textValue().length() >= minLength) {
            visitor.visit(path.child(i), member, value.textValue());
          }
        } else if (value.isContainerNode()) {
          walk(value, path.child(i), member, minLength, visitor);
        }
      }
    }
  }
}
