package io.mctrail.validation.constraints;

import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The constraints of the AWS model checked on the typed event by walking its descriptors: no
 * reflection, and the same verdicts as Hibernate Validator on the generated annotations (both are
 * generated from one shape model).
 */
final class DescriptorConstraints {

  private DescriptorConstraints() {}

  static void check(Structure s, String pointer, Findings out) {
    for (MemberDescriptor<?> m : s.descriptor().members()) {
      String p = JsonPointers.append(pointer, m.jsonName());
      Object value = m.get(s);
      if (value == null) {
        if (m.required() && !s.isRedacted(m.jsonName())) {
          out.add(ConstraintRules.REQUIRED, p, ConstraintRules.requiredMessage(s, m.jsonName()));
        }
        continue;
      }
      value(m.type(), value, p, out);
    }
  }

  private static void value(ValueType type, Object value, String p, Findings out) {
    switch (type.kind()) {
      case INTEGER, LONG, DOUBLE -> range(type, value, p, out);
      case STRING -> {
        String s = (String) value;
        size(type, s.length(), "characters", p, out);
        if (type.compiledPattern() != null && !type.compiledPattern().matcher(s).find()) {
          out.add(
              ConstraintRules.PATTERN,
              p,
              null,
              "does not match the pattern " + type.pattern(),
              type.pattern(),
              null);
        }
      }
      case ENUM -> {
        String s = (String) value;
        if (!type.isKnownEnumValue(s)) {
          out.add(
              ConstraintRules.ENUM,
              p,
              null,
              "\"" + s + "\" is not a value of " + type.shapeName() + " in the pinned model",
              null,
              s);
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        size(type, list.size(), "elements", p, out);
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) != null) {
            value(type.element(), list.get(i), JsonPointers.append(p, i), out);
          }
        }
      }
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        size(type, map.size(), "entries", p, out);
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (e.getValue() != null) {
            value(type.element(), e.getValue(), JsonPointers.append(p, (String) e.getKey()), out);
          }
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

  private static void range(ValueType type, Object value, String p, Findings out) {
    BigDecimal v =
        value instanceof Double d
            ? BigDecimal.valueOf(d)
            : BigDecimal.valueOf(((Number) value).longValue());
    if (type.min() != null && v.compareTo(type.min()) < 0) {
      out.add(
          ConstraintRules.RANGE,
          p,
          null,
          "must be at least " + type.min().toPlainString(),
          ">= " + type.min().toPlainString(),
          value.toString());
    } else if (type.max() != null && v.compareTo(type.max()) > 0) {
      out.add(
          ConstraintRules.RANGE,
          p,
          null,
          "must be at most " + type.max().toPlainString(),
          "<= " + type.max().toPlainString(),
          value.toString());
    }
  }

  private static void size(ValueType type, int size, String unit, String p, Findings out) {
    if (type.min() != null && size < type.min().intValue()) {
      out.add(
          ConstraintRules.SIZE,
          p,
          null,
          "must have at least " + type.min().toPlainString() + " " + unit,
          ">= " + type.min().toPlainString(),
          Integer.toString(size));
    } else if (type.max() != null && size > type.max().longValue()) {
      out.add(
          ConstraintRules.SIZE,
          p,
          null,
          "must have at most " + type.max().toPlainString() + " " + unit,
          "<= " + type.max().toPlainString(),
          Integer.toString(size));
    }
  }
}
