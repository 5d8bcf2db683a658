package io.mctrail.validation.constraints;

import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import java.util.List;
import java.util.Map;

/**
 * Null elements of lists and null values of maps, which the AWS model's collections never hold. The
 * model keeps them (it writes back what it read), and neither engine of constraints sees them:
 * their other checks skip a null, as they skip an absent member. An element that was a redaction
 * marker is {@code null} in the typed model too, and no finding: its structure's extras record it
 * ({@link io.mctrail.model.runtime.StructureExtras#redactedElements()}).
 */
final class NullElements {

  private NullElements() {}

  static void check(Structure s, String pointer, Findings out) {
    Map<String, String> redacted = s.extras().redactedElements();
    Owner owner = redacted.isEmpty() ? Owner.NONE : new Owner(redacted, pointer.length());
    for (MemberDescriptor<?> m : s.descriptor().members()) {
      Object value = m.get(s);
      if (value != null) {
        value(m.type(), value, JsonPointers.append(pointer, m.jsonName()), owner, out);
      }
    }
  }

  /**
   * The structure a collection belongs to: its redacted elements, by pointer relative to it, and
   * the length of its own pointer (what an element's pointer starts with).
   */
  private record Owner(Map<String, String> redacted, int pointerLength) {
    static final Owner NONE = new Owner(Map.of(), 0);

    boolean isRedacted(String p) {
      return !redacted.isEmpty() && redacted.containsKey(p.substring(pointerLength));
    }
  }

  private static void value(ValueType type, Object value, String p, Owner owner, Findings out) {
    switch (type.kind()) {
      case LIST -> {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          element(type, list.get(i), JsonPointers.append(p, i), owner, "an element of a list", out);
        }
      }
      case MAP -> {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          element(
              type,
              e.getValue(),
              JsonPointers.append(p, (String) e.getKey()),
              owner,
              "a value of a map",
              out);
        }
      }
      case STRUCTURE -> check((Structure) value, p, out);
      case PAYLOAD -> {
        if (value instanceof Payload.Typed typed) {
          check(typed.value(), p, out);
        }
      }
      default -> {}
    }
  }

  private static void element(
      ValueType collection, Object element, String p, Owner owner, String what, Findings out) {
    if (element == null) {
      if (owner.isRedacted(p)) {
        return;
      }
      out.add(
          ConstraintRules.NULL_ELEMENT,
          p,
          what + " of " + collection.shapeName() + " is null; the AWS model allows no null there");
    } else {
      value(collection.element(), element, p, owner, out);
    }
  }
}
