package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** RFC 6901 JSON Pointers into records: reading, writing and finding the pointer of a node. */
final class Pointers {

  private Pointers() {}

  /** {@code base} with one more reference token, escaped. */
  static String append(String base, String token) {
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} with an array index. */
  static String append(String base, int index) {
    return base + "/" + index;
  }

  /** The node at {@code pointer}, or a missing node. */
  static JsonNode at(JsonNode root, String pointer) {
    return root.at(JsonPointer.compile(pointer));
  }

  /** Sets the value at {@code pointer}, whose parent must exist. */
  static void set(JsonNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      throw new IllegalArgumentException("no container at the parent of " + pointer);
    }
  }

  /** Removes the member at {@code pointer} from its object. */
  static void remove(JsonNode root, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    if (!parent.isObject()) {
      throw new IllegalArgumentException("no object at the parent of " + pointer);
    }
    ((ObjectNode) parent).remove(p.last().getMatchingProperty());
  }

  /** The pointer of {@code node} (the very instance) under {@code root}, or {@code null}. */
  static String of(JsonNode root, JsonNode node, String rootPointer) {
    if (root == node) {
      return rootPointer;
    }
    if (root.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = root.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String found = of(e.getValue(), node, append(rootPointer, e.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        String found = of(root.get(i), node, append(rootPointer, i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** True when the two trees are equal, numbers compared by value ({@code 90} and {@code 90.0}). */
  static boolean sameByValue(JsonNode a, JsonNode b) {
    return a.equals(
        (x, y) -> {
          if (x.isNumber() && y.isNumber()) {
            return new BigDecimal(x.asText()).compareTo(new BigDecimal(y.asText()));
          }
          return x.equals(y) ? 0 : 1;
        },
        b);
  }
}
