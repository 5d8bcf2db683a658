package io.mctrail.model.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureExtras;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes generated structures, driven by their descriptors: members in model order (a redacted
 * member as its marker, an explicit null as {@code null}, a redacted element of a list or value of
 * a map as its marker), then the unknown fields as read.
 */
final class StructureWriter {

  private StructureWriter() {}

  static void write(Structure s, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(s);
    StructureExtras extras = s.extras();
    boolean plain = extras.isEmpty();
    Map<String, String> markers =
        plain || extras.redactedElements().isEmpty() ? null : extras.redactedElements();
    for (MemberDescriptor<?> m : s.descriptor().members()) {
      if (!plain) {
        String marker = extras.redactions().get(m.jsonName());
        if (marker != null) {
          g.writeStringField(m.jsonName(), marker);
          continue;
        }
      }
      Object value = m.get(s);
      if (value == null) {
        if (!plain && extras.explicitNulls().contains(m.jsonName())) {
          g.writeNullField(m.jsonName());
        }
        continue;
      }
      g.writeFieldName(m.jsonName());
      if (markers == null) {
        writeValue(g, m.type(), value, provider);
      } else {
        writeValue(
            g, m.type(), value, provider, markers, StructureExtras.memberPointer(m.jsonName()));
      }
    }
    if (!plain) {
      for (Map.Entry<String, JsonNode> e : extras.unknownFields().entrySet()) {
        g.writeFieldName(e.getKey());
        e.getValue().serialize(g, provider);
      }
    }
    g.writeEndObject();
  }

  static void writeValue(JsonGenerator g, ValueType type, Object value, SerializerProvider provider)
      throws IOException {
    writeValue(g, type, value, provider, null, null);
  }

  /**
   * Writes {@code value}, which stands at {@code pointer} in its structure; a {@code null} element
   * of a collection that {@code markers} (a structure's {@link StructureExtras#redactedElements()},
   * or {@code null}) has a marker for is written as that marker.
   */
  private static void writeValue(
      JsonGenerator g,
      ValueType type,
      Object value,
      SerializerProvider provider,
      Map<String, String> markers,
      String pointer)
      throws IOException {
    if (value == null) {
      String marker = markers == null ? null : markers.get(pointer);
      if (marker != null) {
        g.writeString(marker);
      } else {
        g.writeNull();
      }
      return;
    }
    switch (type.kind()) {
      case STRING, ENUM -> g.writeString((String) value);
      case INTEGER -> g.writeNumber((Integer) value);
      case LONG -> g.writeNumber((Long) value);
      case DOUBLE -> g.writeNumber((Double) value);
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case TIMESTAMP -> writeTimestamp(g, (Timestamp) value);
      case DOCUMENT -> ((JsonNode) value).serialize(g, provider);
      case PAYLOAD -> {
        if (value instanceof Payload.Typed typed) {
          write(typed.value(), g, provider);
        } else {
          ((Payload.Untyped) value).json().serialize(g, provider);
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        g.writeStartArray(list, list.size());
        for (int i = 0; i < list.size(); i++) {
          writeValue(
              g,
              type.element(),
              list.get(i),
              provider,
              markers,
              markers == null ? null : pointer + "/" + i);
        }
        g.writeEndArray();
      }
      case MAP -> {
        g.writeStartObject(value);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          String key = (String) e.getKey();
          g.writeFieldName(key);
          writeValue(
              g,
              type.element(),
              e.getValue(),
              provider,
              markers,
              markers == null ? null : pointer + "/" + key.replace("~", "~0").replace("/", "~1"));
        }
        g.writeEndObject();
      }
      case STRUCTURE -> write((Structure) value, g, provider);
    }
  }

  static void writeTimestamp(JsonGenerator g, Timestamp t) throws IOException {
    if (t.form().isString()) {
      g.writeString(t.text());
    } else {
      // A number's text is written as a number of the same value; through a TokenBuffer a
      // raw numeric string would turn into a float.
      String text = t.text();
      if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        g.writeNumber(new java.math.BigInteger(text));
      } else {
        g.writeNumber(new java.math.BigDecimal(text));
      }
    }
  }
}
