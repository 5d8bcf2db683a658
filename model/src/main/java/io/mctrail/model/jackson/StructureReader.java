package io.mctrail.model.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.mctrail.model.runtime.GeneratedReader;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.ModelCollections;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.PayloadResolver;
import io.mctrail.model.runtime.ReadMessages;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureBuilder;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.StructureExtras;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads generated structures from a Jackson stream, driven by their descriptors: a member's value,
 * an element of a list and a value of a map may be a redaction marker or {@code null} (a marker in
 * a collection reads as {@code null} there and is recorded in the structure's {@link
 * StructureExtras#redactedElements()}); a field the model does not know is kept; a double may be
 * integral and an integer may be an integral float. A value of the wrong JSON type, or a number
 * beyond the range of the member's Java type (an {@code int}, a {@code long}, a finite {@code
 * double}), fails with a {@link MismatchedInputException} whose path locates it; so does a number
 * beyond the range of a double in JSON the model keeps as a tree (an unknown field, a document, an
 * untyped payload), which Jackson would read as an infinity and write back as a string.
 */
final class StructureReader {

  private StructureReader() {}

  /**
   * Reads the structure whose first token ({@code START_OBJECT}) is current: by the reader
   * generated for its shape when it has one ({@link ReadSupport} is what that code calls), else
   * from the descriptor.
   */
  static <T extends Structure> T read(
      JsonParser p, DeserializationContext ctxt, StructureDescriptor<T> descriptor)
      throws IOException {
    GeneratedReader<T> generated = descriptor.reader();
    return generated != null ? generated.read(p, ctxt) : readDescribed(p, ctxt, descriptor);
  }

  /**
   * Reads the structure whose first token is current from its descriptor alone, whether or not it
   * has a generated reader (its nested structures are read by {@link #read}).
   */
  static <T extends Structure> T readDescribed(
      JsonParser p, DeserializationContext ctxt, StructureDescriptor<T> descriptor)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, descriptor.shapeName(), "an object");
    }
    StructureBuilder<T> builder = descriptor.newBuilder();
    ReadSupport.State state = null; // made on first need, as by the generated readers
    PayloadResolver resolver = descriptor.payloadResolver();
    Map<String, String> keys = resolver == null ? null : new HashMap<>();
    Map<MemberDescriptor<T>, TokenBuffer> deferred = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      MemberDescriptor<T> member = descriptor.memberByJsonName(field);
      try {
        if (member == null) {
          state = ReadSupport.unknown(state, field, p, ctxt);
          continue;
        }
        if (!ReadSupport.isValue(token, p)) {
          state = ReadSupport.special(state, field, token, p);
          continue;
        }
        if (token == JsonToken.VALUE_STRING && keys != null && resolver.keys().contains(field)) {
          keys.put(field, p.getText());
        }
        ValueType type = member.type();
        if (type.kind() == ValueType.Kind.PAYLOAD && token == JsonToken.START_OBJECT) {
          if (keys != null && keys.keySet().containsAll(resolver.keys())) {
            member.set(builder, payload(p, ctxt, resolver.resolve(keys, field)));
          } else {
            deferred = deferred == null ? new LinkedHashMap<>() : deferred;
            deferred.put(member, ctxt.bufferAsCopyOfValue(p));
          }
          continue;
        }
        ValueType.Kind kind = type.kind();
        if (kind == ValueType.Kind.LIST || kind == ValueType.Kind.MAP) {
          state = ReadSupport.collecting(state);
          member.set(builder, ReadSupport.collection(p, ctxt, type, state, field));
        } else {
          member.set(builder, ReadSupport.value(p, ctxt, type));
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, descriptor.type(), field);
      }
    }
    if (deferred != null) {
      for (Map.Entry<MemberDescriptor<T>, TokenBuffer> d : deferred.entrySet()) {
        MemberDescriptor<T> member = d.getKey();
        try (JsonParser bp = d.getValue().asParser(p.getCodec())) {
          bp.nextToken();
          member.set(builder, payload(bp, ctxt, resolver.resolve(keys, member.jsonName())));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, descriptor.type(), member.jsonName());
        }
      }
    }
    if (state != null) {
      state.applyTo(builder);
    }
    return builder.build();
  }

  private static Payload payload(
      JsonParser p, DeserializationContext ctxt, StructureDescriptor<?> typed) throws IOException {
    if (typed == null) {
      return new Payload.Untyped(readTree(p, ctxt));
    }
    return new Payload.Typed(read(p, ctxt, typed));
  }

  /**
   * Where a value stands in the structure being read: the member's JSON name, then an index or a
   * key for each collection level. Only made into a JSON Pointer when a marker stands there.
   */
  record Path(Path parent, Object token) {
    String pointer() {
      StringBuilder b = new StringBuilder();
      append(b);
      return b.toString();
    }

    private void append(StringBuilder b) {
      if (parent != null) {
        parent.append(b);
      }
      b.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
    }
  }

  /** The markers that stood for elements of the structure being read: pointer to marker. */
  static final class ElementMarkers {
    Map<String, String> pointers;

    void add(Path path, String marker) {
      pointers = pointers == null ? new LinkedHashMap<>() : pointers;
      pointers.put(path.pointer(), marker);
    }
  }

  /**
   * Reads one value of {@code type}; the current token is its first. A marker in place of an
   * element of a collection in it is recorded in {@code markers} at its place below {@code path}.
   */
  static Object readValue(
      JsonParser p, DeserializationContext ctxt, ValueType type, ElementMarkers markers, Path path)
      throws IOException {
    JsonToken t = p.currentToken();
    switch (type.kind()) {
      case STRING:
      case ENUM:
        if (t == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        throw mismatch(p, type.shapeName(), "a string");
      case INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          if (p.getNumberType() != JsonParser.NumberType.INT) {
            // A tree may hold a small value as a long or a BigInteger: the value decides.
            BigInteger v = p.getBigIntegerValue();
            if (v.bitLength() > 31) {
              throw outOfRange(p, type, "an integer (32 bits)");
            }
            return v.intValue();
          }
          return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          return (int) integral(p, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        throw mismatch(p, type.shapeName(), "an integer");
      case LONG:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            BigInteger v = p.getBigIntegerValue();
            if (v.bitLength() > 63) {
              throw outOfRange(p, type, "a long integer (64 bits)");
            }
            return v.longValue();
          }
          return p.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          return integral(p, type, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        throw mismatch(p, type.shapeName(), "an integer");
      case DOUBLE:
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          double d = p.getDoubleValue();
          if (Double.isInfinite(d)) {
            throw outOfRange(p, type, "a double");
          }
          return d;
        }
        throw mismatch(p, type.shapeName(), "a number");
      case BOOLEAN:
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          return p.getBooleanValue();
        }
        throw mismatch(p, type.shapeName(), "true or false");
      case TIMESTAMP:
        try {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return Timestamp.fromNumber(p.getText());
          }
          if (t == JsonToken.VALUE_STRING) {
            return Timestamp.fromString(p.getText());
          }
        } catch (IllegalArgumentException e) {
          throw MismatchedInputException.from(p, Timestamp.class, e.getMessage());
        }
        throw mismatch(p, type.shapeName(), "a timestamp (number or string)");
      case DOCUMENT:
        return readTree(p, ctxt);
      case PAYLOAD:
        return new Payload.Untyped(readTree(p, ctxt));
      case LIST:
        return readList(p, ctxt, type, markers, path);
      case MAP:
        return readMap(p, ctxt, type, markers, path);
      case STRUCTURE:
        return read(p, ctxt, type.structure());
      default:
        throw new IllegalStateException("unknown kind " + type.kind());
    }
  }

  private static List<Object> readList(
      JsonParser p, DeserializationContext ctxt, ValueType type, ElementMarkers markers, Path path)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch(p, type.shapeName(), "an array");
    }
    ArrayList<Object> list = new ArrayList<>();
    ValueType element = type.element();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        list.add(readElement(p, ctxt, element, markers, path, list.size()));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, list, list.size());
      }
    }
    return ModelCollections.adopt(list);
  }

  private static Map<String, Object> readMap(
      JsonParser p, DeserializationContext ctxt, ValueType type, ElementMarkers markers, Path path)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, type.shapeName(), "an object");
    }
    LinkedHashMap<String, Object> map = new LinkedHashMap<>();
    ValueType value = type.element();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      try {
        map.put(key, readElement(p, ctxt, value, markers, path, key));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, map, key);
      }
    }
    return ModelCollections.adopt(map);
  }

  /**
   * The JSON value whose first token is current, as a tree; a number in it beyond the range of a
   * double (read as an infinity, which would not write back as the number it was) fails with a
   * {@link MismatchedInputException} whose path locates it.
   */
  static JsonNode readTree(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode tree = ctxt.readTree(p);
    if (tree.isContainerNode() || tree.isFloatingPointNumber()) {
      List<Object> path = infinity(tree);
      if (path != null) {
        MismatchedInputException e =
            MismatchedInputException.from(
                p,
                (Class<?>) null,
                "a number beyond the range of a double cannot be kept as it was read");
        for (int i = path.size() - 1; i >= 0; i--) {
          if (path.get(i) instanceof Integer index) {
            e.prependPath(tree, index);
          } else {
            e.prependPath(tree, (String) path.get(i));
          }
        }
        throw e;
      }
    }
    return tree;
  }

  /**
   * The path (field names and indexes) to the first infinite number in {@code tree}, or {@code
   * null}. Iterative, so that no nesting the parser allowed overflows the stack.
   */
  private static List<Object> infinity(JsonNode tree) {
    record Frame(JsonNode node, Frame parent, Object token) {}
    java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
    stack.push(new Frame(tree, null, null));
    while (!stack.isEmpty()) {
      Frame f = stack.pop();
      JsonNode node = f.node();
      if (node.isFloatingPointNumber()) {
        if (!Double.isFinite(node.doubleValue()) && !node.isBigDecimal()) {
          java.util.ArrayDeque<Object> path = new java.util.ArrayDeque<>();
          for (Frame at = f; at.parent() != null; at = at.parent()) {
            path.push(at.token());
          }
          return new ArrayList<>(path);
        }
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          stack.push(new Frame(e.getValue(), f, e.getKey()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          stack.push(new Frame(node.get(i), f, i));
        }
      }
    }
    return null;
  }

  /**
   * Reads an element of a collection, {@code token} (its index or its key) below {@code path}:
   * {@code null} for {@code null}, and for a redaction marker, which is recorded in {@code
   * markers}.
   */
  private static Object readElement(
      JsonParser p,
      DeserializationContext ctxt,
      ValueType element,
      ElementMarkers markers,
      Path path,
      Object token)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING && RedactionMarker.isMarker(p.getText())) {
      markers.add(new Path(path, token), p.getText());
      return null;
    }
    ValueType.Kind kind = element.kind();
    boolean collection = kind == ValueType.Kind.LIST || kind == ValueType.Kind.MAP;
    return readValue(p, ctxt, element, markers, collection ? new Path(path, token) : null);
  }

  private static long integral(JsonParser p, ValueType type, long min, long max)
      throws IOException {
    double d = p.getDoubleValue();
    if (d != Math.rint(d) || d < min || d > max || Double.isInfinite(d)) {
      throw MismatchedInputException.from(
          p, Integer.class, ReadMessages.notAnInteger(type.shapeName(), p.getText()));
    }
    return (long) d;
  }

  /** A number beyond what the member's Java type holds: reading it would change its value. */
  private static MismatchedInputException outOfRange(JsonParser p, ValueType type, String what)
      throws IOException {
    return MismatchedInputException.from(
        p, (Class<?>) null, ReadMessages.outOfRange(what, type.shapeName(), p.getText()));
  }

  static MismatchedInputException mismatch(JsonParser p, String shape, String expected) {
    JsonToken t = p.currentToken();
    return MismatchedInputException.from(
        p, (Class<?>) null, ReadMessages.mismatch(expected, shape, describe(t)));
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }
}
