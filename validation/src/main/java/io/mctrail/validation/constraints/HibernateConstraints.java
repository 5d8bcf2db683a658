package io.mctrail.validation.constraints;

import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The constraints of the AWS model checked by Hibernate Validator on the generated annotations, the
 * reference implementation. Property paths become JSON Pointers with JSON names, list indexes and
 * map keys.
 */
final class HibernateConstraints {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private HibernateConstraints() {}

  static void check(CloudTrailEvent event, Findings out) {
    Set<ConstraintViolation<CloudTrailEvent>> violations = VALIDATOR.validate(event);
    List<Located> located = new ArrayList<>();
    for (ConstraintViolation<CloudTrailEvent> v : violations) {
      Located l = locate(event, v);
      if (l != null) {
        located.add(l);
      }
    }
    // Hibernate Validator reports in no particular order; the report's order must be stable.
    located.sort(Comparator.comparing(Located::pointer).thenComparing(l -> l.rule().id()));
    for (Located l : located) {
      out.add(l.rule(), l.pointer(), null, l.message(), l.expected(), l.actual());
    }
  }

  private record Located(
      Rule rule, String pointer, String message, String expected, String actual) {}

  private static Located locate(CloudTrailEvent event, ConstraintViolation<CloudTrailEvent> v) {
    StringBuilder pointer = new StringBuilder();
    Object current = event;
    Object holder = null;
    MemberDescriptor<?> member = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getIndex() != null || node.getKey() != null) {
        Object container = current;
        if (node.getIndex() != null) {
          pointer.append('/').append(node.getIndex());
          current = container instanceof List<?> list ? list.get(node.getIndex()) : null;
        } else {
          String key = String.valueOf(node.getKey());
          pointer.append('/').append(key.replace("~", "~0").replace("/", "~1"));
          current = container instanceof Map<?, ?> map ? map.get(node.getKey()) : null;
        }
        member = null;
      }
      String name = node.getName();
      if (name == null || name.startsWith("<")) {
        continue;
      }
      if (current instanceof Payload.Typed typed && name.equals("value")) {
        current = typed.value();
        continue;
      }
      if (!(current instanceof Structure s)) {
        return null;
      }
      member = s.descriptor().memberByJavaName(name);
      if (member == null) {
        return null;
      }
      holder = s;
      pointer.append('/').append(member.jsonName().replace("~", "~0").replace("/", "~1"));
      current = member.get(s);
    }
    Class<? extends Annotation> kind = v.getConstraintDescriptor().getAnnotation().annotationType();
    String simple = kind.getSimpleName();
    if (simple.equals("NotNull")
        && holder instanceof Structure s
        && member != null
        && s.isRedacted(member.jsonName())) {
      return null;
    }
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    Object invalid = v.getInvalidValue();
    String p = pointer.toString();
    switch (simple) {
      case "NotNull":
        return new Located(
            ConstraintRules.REQUIRED,
            p,
            holder instanceof Structure s && member != null
                ? ConstraintRules.requiredMessage(s.unknownFields().keySet(), member.jsonName())
                : "the AWS model requires this member",
            null,
            null);
      case "Min":
      case "DecimalMin":
        String min = String.valueOf(attributes.get("value"));
        return new Located(
            ConstraintRules.RANGE,
            p,
            "must be at least " + min,
            ">= " + min,
            String.valueOf(invalid));
      case "Max":
      case "DecimalMax":
        String max = String.valueOf(attributes.get("value"));
        return new Located(
            ConstraintRules.RANGE,
            p,
            "must be at most " + max,
            "<= " + max,
            String.valueOf(invalid));
      case "Size":
        return size(p, attributes, invalid);
      case "Pattern":
        boolean isEnum = member != null && isEnumType(member.type(), v.getPropertyPath());
        if (isEnum) {
          return new Located(
              ConstraintRules.ENUM,
              p,
              "\""
                  + invalid
                  + "\" is not a value of "
                  + enumShape(member.type())
                  + " in the model this build read",
              null,
              String.valueOf(invalid));
        }
        String pattern = member == null ? "" : patternOf(member.type());
        return new Located(
            ConstraintRules.PATTERN, p, "does not match the pattern " + pattern, pattern, null);
      default:
        return new Located(ConstraintRules.PATTERN, p, v.getMessage(), null, null);
    }
  }

  private static Located size(String p, Map<String, Object> attributes, Object invalid) {
    int min = (Integer) attributes.get("min");
    int max = (Integer) attributes.get("max");
    int size;
    String unit;
    if (invalid instanceof CharSequence cs) {
      size = cs.length();
      unit = "characters";
    } else if (invalid instanceof Map<?, ?> m) {
      size = m.size();
      unit = "entries";
    } else {
      size = ((java.util.Collection<?>) invalid).size();
      unit = "elements";
    }
    if (size < min) {
      return new Located(
          ConstraintRules.SIZE,
          p,
          "must have at least " + min + " " + unit,
          ">= " + min,
          Integer.toString(size));
    }
    return new Located(
        ConstraintRules.SIZE,
        p,
        "must have at most " + max + " " + unit,
        "<= " + max,
        Integer.toString(size));
  }

  /** An enum member, or a list or map whose element (the violation's leaf) is an enum. */
  private static boolean isEnumType(ValueType type, Path path) {
    ValueType t = type;
    while (t.kind() == ValueType.Kind.LIST || t.kind() == ValueType.Kind.MAP) {
      t = t.element();
    }
    return t.kind() == ValueType.Kind.ENUM;
  }

  private static String enumShape(ValueType type) {
    ValueType t = type;
    while (t.kind() == ValueType.Kind.LIST || t.kind() == ValueType.Kind.MAP) {
      t = t.element();
    }
    return t.shapeName();
  }

  private static String patternOf(ValueType type) {
    ValueType t = type;
    while (t.kind() == ValueType.Kind.LIST || t.kind() == ValueType.Kind.MAP) {
      t = t.element();
    }
    return t.pattern() == null ? "" : t.pattern();
  }
}
