package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A member of a structure in a payload, where a mutation may put its defect: its pointer, the
 * object holding it, its name and type, and, when the response echoes it, the pointer of the echo.
 *
 * @param pointer the member's pointer in the record
 * @param parent the object holding the member
 * @param member the member's JSON name
 * @param descriptor the member's descriptor (type, required)
 * @param echo the pointer of the same member in the response's echo, when it holds an equal value;
 *     otherwise {@code null}
 */
record Site(
    String pointer, ObjectNode parent, String member, MemberDescriptor<?> descriptor, String echo) {

  /** The member's value. */
  JsonNode value() {
    return parent.get(member);
  }

  ValueType type() {
    return descriptor.type();
  }

  /** True when the member holds a redaction marker. */
  boolean isRedacted() {
    JsonNode v = value();
    return v.isTextual() && RedactionMarker.isMarker(v.asText());
  }

  /**
   * Every member present (not null) in {@code payload}, an instance of {@code shape} at {@code
   * pointer}, and in its structures, lists and maps; {@code echoRoot} is the echo of {@code
   * payload} in the response (or {@code null}) and {@code echoPointer} its pointer.
   */
  static List<Site> all(
      JsonNode payload,
      StructureDescriptor<?> shape,
      String pointer,
      JsonNode echoRoot,
      String echoPointer) {
    List<Site> out = new ArrayList<>();
    structure(payload, shape, pointer, echoRoot, echoPointer, out);
    return out;
  }

  private static void structure(
      JsonNode node,
      StructureDescriptor<?> shape,
      String pointer,
      JsonNode echo,
      String echoPointer,
      List<Site> out) {
    if (!node.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      MemberDescriptor<?> m = shape.memberByJsonName(e.getKey());
      if (m == null || e.getValue().isNull()) {
        continue;
      }
      String p = Pointers.append(pointer, e.getKey());
      JsonNode echoed = echo == null || !echo.isObject() ? null : echo.get(e.getKey());
      String ep =
          echoed != null && Pointers.sameByValue(e.getValue(), echoed)
              ? Pointers.append(echoPointer, e.getKey())
              : null;
      out.add(new Site(p, (ObjectNode) node, e.getKey(), m, ep));
      value(
          e.getValue(),
          m.type(),
          p,
          echoed,
          echoPointer == null ? null : Pointers.append(echoPointer, e.getKey()),
          out);
    }
  }

  private static void value(
      JsonNode node,
      ValueType type,
      String pointer,
      JsonNode echo,
      String echoPointer,
      List<Site> out) {
    switch (type.kind()) {
      case STRUCTURE -> structure(node, type.structure(), pointer, echo, echoPointer, out);
      case LIST -> {
        if (node.isArray()) {
          for (int i = 0; i < node.size(); i++) {
            JsonNode echoed =
                echo != null && echo.isArray() && i < echo.size() ? echo.get(i) : null;
            value(
                node.get(i),
                type.element(),
                Pointers.append(pointer, i),
                echoed,
                echoPointer == null ? null : Pointers.append(echoPointer, i),
                out);
          }
        }
      }
      case MAP -> {
        if (node.isObject()) {
          node.fieldNames()
              .forEachRemaining(
                  k ->
                      value(
                          node.get(k),
                          type.element(),
                          Pointers.append(pointer, k),
                          echo != null && echo.isObject() ? echo.get(k) : null,
                          echoPointer == null ? null : Pointers.append(echoPointer, k),
                          out));
        }
      }
      default -> {}
    }
  }
}
