package io.mctrail.validation.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.TreePath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An object of the event tree with its path, and the few reads the semantic rules need. Reads treat
 * a redaction marker as "present but unknown": {@link #has} is true, {@link #text} and {@link
 * #number} give {@code null}, so a redacted value is never judged wrong.
 */
record Node(TreePath path, JsonNode json) {

  /** The pointer of this object. */
  String pointer() {
    return path.pointer();
  }

  /** The markers CloudTrail writes where it redacted a value. */
  static boolean isMarker(JsonNode n) {
    return n != null
        && n.isTextual()
        && ("***".equals(n.asText()) || "HIDDEN_DUE_TO_SECURITY_REASONS".equals(n.asText()));
  }

  /** The pointer of a member of this object. */
  String at(String field) {
    return path.pointer(field);
  }

  /** The member when it is an object, otherwise {@code null}. */
  Node child(String field) {
    JsonNode n = json.get(field);
    return n != null && n.isObject() ? new Node(path.child(field), n) : null;
  }

  /** True when the member is there with a non-null value, a redaction marker included. */
  boolean has(String field) {
    JsonNode n = json.get(field);
    return n != null && !n.isNull();
  }

  /** True when the member holds a redaction marker. */
  boolean isRedacted(String field) {
    return isMarker(json.get(field));
  }

  /** A text member, or {@code null} when absent, not text, or redacted. */
  String text(String field) {
    JsonNode n = json.get(field);
    return n != null && n.isTextual() && !isMarker(n) ? n.asText() : null;
  }

  /** True when the text member equals {@code value}. */
  boolean is(String field, String value) {
    return value.equals(text(field));
  }

  /** A numeric member, or {@code null} when absent, not a number, or too large for a double. */
  Double number(String field) {
    JsonNode n = json.get(field);
    return n != null && n.isNumber() && Double.isFinite(n.asDouble()) ? n.asDouble() : null;
  }

  /** The object elements of an array member, with their pointers; empty when there are none. */
  List<Node> list(String field) {
    JsonNode n = json.get(field);
    List<Node> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      TreePath base = path.child(field);
      for (int i = 0; i < n.size(); i++) {
        if (n.get(i).isObject()) {
          out.add(new Node(base.child(i), n.get(i)));
        }
      }
    }
    return out;
  }

  /** The object values of this object's members, in document order, with their pointers. */
  List<Node> objects() {
    List<Node> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isObject()) {
        out.add(new Node(path.child(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  /** The object values of a map member, in document order, with their pointers. */
  List<Map.Entry<String, Node>> entries(String field) {
    JsonNode n = json.get(field);
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    if (n != null && n.isObject()) {
      TreePath base = path.child(field);
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isObject()) {
          out.add(Map.entry(e.getKey(), new Node(base.child(e.getKey()), e.getValue())));
        }
      }
    }
    return out;
  }
}
