package io.mctrail.validation.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.PayloadResolver;
import io.mctrail.model.runtime.ReadMessages;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.TreePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The constraints layer of the default and lenient profiles: one walk of the JSON tree, guided by
 * the descriptors of the generated model, that gives what reading the typed event and checking it
 * with Hibernate Validator gives (the strict profile), without building the typed event and without
 * reflection.
 *
 * <p>It reads as the typed model reads ({@code StructureReader} of {@code mctrail-model}): a
 * member, an element of a list and a value of a map may be {@code null} or a redaction marker, an
 * unknown field is kept, a double may be integral and an integer an integral float, a {@code
 * PAYLOAD} member is typed by {@code eventSource} and {@code eventName}. A value the model cannot
 * read is {@link ConstraintRules#UNREADABLE} at the first such value in the order the model reads
 * (document order, payloads met before their keys last), with the model's message, and then nothing
 * else of the layer is reported, as when the typed event cannot be built. Otherwise every
 * constraint of the AWS model is checked where a value is present: {@code required}, range, size,
 * pattern and enum, and {@code null} elements of lists and maps. Findings come in document order,
 * those of a structure's missing required members after its fields. A property test of the testkit
 * proves the verdicts equal to the strict profile's on generated events and on every mutation.
 */
final class TreeConstraints {

  /** The model could not read a value: where, and the model's message. */
  private static final class Unreadable extends RuntimeException {
    final String pointer;

    Unreadable(TreePath path, String message) {
      super(message, null, false, false);
      this.pointer = path.pointer();
    }
  }

  /** A finding kept until the walk ends without an unreadable value. */
  private record Pending(
      Rule rule, String pointer, String message, String expected, String actual) {}

  private final List<Pending> pending = new ArrayList<>();

  private TreeConstraints() {}

  /** Checks a CloudTrail record (an object) against the envelope's and its payloads' shapes. */
  static void check(JsonNode root, Findings out) {
    TreeConstraints walk = new TreeConstraints();
    try {
      walk.structure(root, CloudTrailEvent.DESCRIPTOR, TreePath.ROOT);
    } catch (Unreadable e) {
      out.add(
          ConstraintRules.UNREADABLE,
          e.pointer,
          null,
          "cannot be read into the typed model: " + e.getMessage(),
          null,
          null);
      return;
    }
    for (Pending p : walk.pending) {
      out.add(p.rule, p.pointer, null, p.message, p.expected, p.actual);
    }
  }

  private void structure(JsonNode node, StructureDescriptor<?> descriptor, TreePath path) {
    if (!node.isObject()) {
      throw mismatch(path, descriptor.shapeName(), "an object", node);
    }
    PayloadResolver resolver = descriptor.payloadResolver();
    List<Map.Entry<String, JsonNode>> deferred = null;
    Map<String, String> seen = resolver == null ? null : new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      MemberDescriptor<?> member = descriptor.memberByJsonName(name);
      if (member == null || value.isNull() || isMarker(value)) {
        continue;
      }
      ValueType type = member.type();
      if (seen != null && value.isTextual() && resolver.keys().contains(name)) {
        seen.put(name, value.textValue());
      }
      if (type.kind() == ValueType.Kind.PAYLOAD) {
        if (value.isObject()) {
          if (seen.keySet().containsAll(resolver.keys())) {
            payload(value, resolver.resolve(seen, name), path.child(name));
          } else {
            deferred = deferred == null ? new ArrayList<>() : deferred;
            deferred.add(field);
          }
        }
        continue;
      }
      value(type, value, path, name, -1);
    }
    if (deferred != null) {
      for (Map.Entry<String, JsonNode> field : deferred) {
        payload(
            field.getValue(), resolver.resolve(seen, field.getKey()), path.child(field.getKey()));
      }
    }
    for (MemberDescriptor<?> m : descriptor.requiredMembers()) {
      JsonNode value = node.get(m.jsonName());
      if (value == null || value.isNull()) {
        pending.add(
            new Pending(
                ConstraintRules.REQUIRED,
                path.pointer(m.jsonName()),
                ConstraintRules.requiredMessage(unknownFields(node, descriptor), m.jsonName()),
                null,
                null));
      }
    }
  }

  private void payload(JsonNode value, StructureDescriptor<?> typed, TreePath path) {
    if (typed != null) {
      structure(value, typed, path);
    }
  }

  /** Where a value is: the member {@code name} (or, when it is null, the element {@code index}). */
  private static TreePath at(TreePath parent, String name, int index) {
    return name != null ? parent.child(name) : parent.child(index);
  }

  /**
   * Checks a value at member {@code name} (or element {@code index}) of {@code parent}; its own
   * path is made only for a container, whose children need it, or for a finding.
   */
  private void value(ValueType type, JsonNode node, TreePath parent, String name, int index) {
    switch (type.kind()) {
      case STRING -> {
        if (!node.isTextual()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "a string", node);
        }
        String s = node.textValue();
        size(type, s.length(), "characters", parent, name, index);
        if (!type.matchesPattern(s)) {
          pending.add(
              new Pending(
                  ConstraintRules.PATTERN,
                  at(parent, name, index).pointer(),
                  "does not match the pattern " + type.pattern(),
                  type.pattern(),
                  null));
        }
      }
      case ENUM -> {
        if (!node.isTextual()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "a string", node);
        }
        String s = node.textValue();
        if (!type.isKnownEnumValue(s)) {
          pending.add(
              new Pending(
                  ConstraintRules.ENUM,
                  at(parent, name, index).pointer(),
                  "\""
                      + s
                      + "\" is not a value of "
                      + type.shapeName()
                      + " in the model this build read",
                  null,
                  s));
        }
      }
      case INTEGER -> {
        long v;
        if (node.isIntegralNumber()) {
          if (node.isInt()) {
            v = node.intValue();
          } else {
            BigInteger big = node.bigIntegerValue();
            if (big.bitLength() > 31) {
              throw outOfRange(at(parent, name, index), type, "an integer (32 bits)", node);
            }
            v = big.intValue();
          }
        } else if (node.isFloatingPointNumber()) {
          v = integral(at(parent, name, index), type, node, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else {
          throw mismatch(at(parent, name, index), type.shapeName(), "an integer", node);
        }
        range(type, v, parent, name, index);
      }
      case LONG -> {
        long v;
        if (node.isIntegralNumber()) {
          if (node.isBigInteger()) {
            BigInteger big = node.bigIntegerValue();
            if (big.bitLength() > 63) {
              throw outOfRange(at(parent, name, index), type, "a long integer (64 bits)", node);
            }
            v = big.longValue();
          } else {
            v = node.longValue();
          }
        } else if (node.isFloatingPointNumber()) {
          v = integral(at(parent, name, index), type, node, Long.MIN_VALUE, Long.MAX_VALUE);
        } else {
          throw mismatch(at(parent, name, index), type.shapeName(), "an integer", node);
        }
        range(type, v, parent, name, index);
      }
      case DOUBLE -> {
        if (!node.isNumber()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "a number", node);
        }
        double d = node.doubleValue();
        if (Double.isInfinite(d)) {
          throw outOfRange(at(parent, name, index), type, "a double", node);
        }
        range(type, d, parent, name, index);
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "true or false", node);
        }
      }
      case TIMESTAMP -> {
        try {
          if (node.isNumber()) {
            Timestamp.fromNumber(text(node));
          } else if (node.isTextual()) {
            Timestamp.fromString(node.textValue());
          } else {
            throw mismatch(
                at(parent, name, index), type.shapeName(), "a timestamp (number or string)", node);
          }
        } catch (IllegalArgumentException e) {
          throw new Unreadable(at(parent, name, index), String.valueOf(e.getMessage()));
        }
      }
      case LIST -> {
        if (!node.isArray()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "an array", node);
        }
        size(type, node.size(), "elements", parent, name, index);
        TreePath here = at(parent, name, index);
        for (int i = 0; i < node.size(); i++) {
          element(type, node.get(i), here, null, i, "an element of a list");
        }
      }
      case MAP -> {
        if (!node.isObject()) {
          throw mismatch(at(parent, name, index), type.shapeName(), "an object", node);
        }
        size(type, node.size(), "entries", parent, name, index);
        TreePath here = at(parent, name, index);
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
          Map.Entry<String, JsonNode> e = entries.next();
          element(type, e.getValue(), here, e.getKey(), -1, "a value of a map");
        }
      }
      case STRUCTURE -> structure(node, type.structure(), at(parent, name, index));
      default -> {
        // DOCUMENT and a PAYLOAD that is not an object: free-form JSON, read as it is.
      }
    }
  }

  private void element(
      ValueType collection,
      JsonNode element,
      TreePath parent,
      String name,
      int index,
      String what) {
    if (isMarker(element)) {
      return; // a redacted element: present, value unknown
    }
    if (element.isNull()) {
      pending.add(
          new Pending(
              ConstraintRules.NULL_ELEMENT,
              at(parent, name, index).pointer(),
              what
                  + " of "
                  + collection.shapeName()
                  + " is null; the AWS model allows no null there",
              null,
              null));
    } else {
      value(collection.element(), element, parent, name, index);
    }
  }

  private void range(ValueType type, long value, TreePath parent, String name, int index) {
    if (type.contains(value)) {
      return;
    }
    range(type, BigDecimal.valueOf(value), Long.toString(value), at(parent, name, index));
  }

  private void range(ValueType type, double value, TreePath parent, String name, int index) {
    if (type.min() == null && type.max() == null) {
      return;
    }
    range(type, BigDecimal.valueOf(value), Double.toString(value), at(parent, name, index));
  }

  private void range(ValueType type, BigDecimal v, String actual, TreePath path) {
    if (type.min() != null && v.compareTo(type.min()) < 0) {
      pending.add(
          new Pending(
              ConstraintRules.RANGE,
              path.pointer(),
              "must be at least " + type.min().toPlainString(),
              ">= " + type.min().toPlainString(),
              actual));
    } else if (type.max() != null && v.compareTo(type.max()) > 0) {
      pending.add(
          new Pending(
              ConstraintRules.RANGE,
              path.pointer(),
              "must be at most " + type.max().toPlainString(),
              "<= " + type.max().toPlainString(),
              actual));
    }
  }

  private void size(
      ValueType type, int size, String unit, TreePath parent, String name, int index) {
    if (type.min() != null && size < type.min().intValue()) {
      pending.add(
          new Pending(
              ConstraintRules.SIZE,
              at(parent, name, index).pointer(),
              "must have at least " + type.min().toPlainString() + " " + unit,
              ">= " + type.min().toPlainString(),
              Integer.toString(size)));
    } else if (type.max() != null && size > type.max().longValue()) {
      pending.add(
          new Pending(
              ConstraintRules.SIZE,
              at(parent, name, index).pointer(),
              "must have at most " + type.max().toPlainString() + " " + unit,
              "<= " + type.max().toPlainString(),
              Integer.toString(size)));
    }
  }

  /** An integral float read as an integer, or unreadable as the model finds it. */
  private static long integral(TreePath path, ValueType type, JsonNode node, long min, long max) {
    double d = node.doubleValue();
    if (d != Math.rint(d) || d < min || d > max || Double.isInfinite(d)) {
      throw new Unreadable(path, ReadMessages.notAnInteger(type.shapeName(), text(node)));
    }
    return (long) d;
  }

  private static Unreadable outOfRange(TreePath path, ValueType type, String what, JsonNode node) {
    return new Unreadable(path, ReadMessages.outOfRange(what, type.shapeName(), text(node)));
  }

  private static Unreadable mismatch(TreePath path, String shape, String expected, JsonNode node) {
    return new Unreadable(path, ReadMessages.mismatch(expected, shape, describe(node)));
  }

  /** The text the model's reader sees for a number of a tree. */
  private static String text(JsonNode number) {
    return String.valueOf(number.numberValue());
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case MISSING -> "end of input";
      default -> "VALUE_EMBEDDED_OBJECT";
    };
  }

  private static boolean isMarker(JsonNode value) {
    return value.isTextual() && RedactionMarker.isMarker(value.textValue());
  }

  /** The fields of an object that are not members of its shape. */
  private static List<String> unknownFields(JsonNode node, StructureDescriptor<?> descriptor) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (descriptor.memberByJsonName(name) == null) {
                unknown.add(name);
              }
            });
    return unknown;
  }
}
