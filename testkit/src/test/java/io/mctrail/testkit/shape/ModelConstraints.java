package io.mctrail.testkit.shape;

import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The constraints a {@link ValueType} states, checked on a raw value for the tests: what the
 * generators must keep. Returns the places where a value breaks one, empty when it keeps them all.
 */
final class ModelConstraints {

  private ModelConstraints() {}

  static List<String> broken(ValueType type, Object value) {
    List<String> out = new ArrayList<>();
    check(type, value, "", out);
    return out;
  }

  private static void check(ValueType type, Object value, String path, List<String> out) {
    switch (type.kind()) {
      case STRUCTURE -> {
        Structure s = (Structure) value;
        for (MemberDescriptor<?> m : s.descriptor().members()) {
          Object v = m.get(s);
          if (v == null) {
            if (m.required()) {
              out.add(path + "/" + m.jsonName() + " required");
            }
          } else {
            check(m.type(), v, path + "/" + m.jsonName(), out);
          }
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        size(type, list.size(), path, out);
        for (int i = 0; i < list.size(); i++) {
          check(type.element(), list.get(i), path + "/" + i, out);
        }
      }
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        size(type, map.size(), path, out);
        map.forEach((k, v) -> check(type.element(), v, path + "/" + k, out));
      }
      case ENUM -> {
        if (!type.isKnownEnumValue((String) value)) {
          out.add(path + " unknown enum value " + value);
        }
      }
      case STRING -> {
        String s = (String) value;
        size(type, s.length(), path, out);
        if (!type.matchesPattern(s)) {
          out.add(path + " does not match " + type.pattern() + ": " + s);
        }
      }
      case INTEGER, LONG, DOUBLE -> {
        BigDecimal v = new BigDecimal(value.toString());
        if (type.min() != null && v.compareTo(type.min()) < 0
            || type.max() != null && v.compareTo(type.max()) > 0) {
          out.add(path + " out of range: " + value);
        }
      }
      default -> {}
    }
  }

  private static void size(ValueType type, int size, String path, List<String> out) {
    if (type.min() != null && size < type.min().intValue()
        || type.max() != null && size > type.max().longValue()) {
      out.add(path + " size " + size + " out of bounds");
    }
  }
}
