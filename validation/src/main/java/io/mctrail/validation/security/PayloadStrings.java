package io.mctrail.validation.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.JsonPointers;
import java.util.Iterator;
import java.util.Map;

/** Walks every string of a payload with its pointer and the member name it sits under. */
final class PayloadStrings {

  /** What is done with each string. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param pointer the string's pointer
     * @param member the name of the member it is the value of (or an element of), or {@code null}
     *     at the top
     * @param value the string
     */
    void visit(String pointer, String member, String value);
  }

  private PayloadStrings() {}

  /** Visits every string under {@code node}, whose pointer is {@code pointer}. */
  static void walk(JsonNode node, String pointer, Visitor visitor) {
    walk(node, pointer, null, visitor);
  }

  private static void walk(JsonNode node, String pointer, String member, Visitor visitor) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      visitor.visit(pointer, member, node.asText());
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), JsonPointers.append(pointer, e.getKey()), e.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), JsonPointers.append(pointer, i), member, visitor);
      }
    }
  }
}
