package io.mctrail.testkit.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.shape.ShapeGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A JSON object of a settings tree together with the MediaConvert structure it is an instance of,
 * so that a value set on it can be drawn from, or checked against, the member's own constraints:
 * one source of truth for ranges and enum values, here as everywhere else.
 *
 * <p>Reads treat a redaction marker as present but unknown, as the validator does.
 */
public final class ShapedNode {

  /** How deep drawn member values are taken to sit: values drawn here stay small. */
  private static final int DRAW_DEPTH = 4;

  private final ObjectNode json;
  private final StructureDescriptor<?> shape;

  private ShapedNode(ObjectNode json, StructureDescriptor<?> shape) {
    this.json = Objects.requireNonNull(json, "json");
    this.shape = Objects.requireNonNull(shape, "shape");
  }

  /** The object {@code json}, an instance of the MediaConvert structure {@code shapeName}. */
  public static ShapedNode of(ObjectNode json, String shapeName) {
    ValueType type = MediaConvertShapes.ALL.get(shapeName);
    if (type == null || type.kind() != ValueType.Kind.STRUCTURE) {
      throw new IllegalArgumentException(shapeName + " is not a structure of the model");
    }
    return new ShapedNode(json, type.structure());
  }

  /** The object. */
  public ObjectNode json() {
    return json;
  }

  /** The model's name of its structure. */
  public String shapeName() {
    return shape.shapeName();
  }

  /** The member's type; fails for a member the structure does not have. */
  public ValueType type(String member) {
    MemberDescriptor<?> m = shape.memberByJsonName(member);
    if (m == null) {
      throw new IllegalArgumentException(shape.shapeName() + " has no member " + member);
    }
    return m.type();
  }

  /** True when the structure has a member of this name. */
  public boolean hasMember(String member) {
    return shape.memberByJsonName(member) != null;
  }

  // ---------------------------------------------------------------- reads

  /** True when the member is there and not null (a redaction marker counts). */
  public boolean has(String member) {
    JsonNode n = json.get(member);
    return n != null && !n.isNull();
  }

  /** True when the member holds a redaction marker. */
  public boolean isRedacted(String member) {
    JsonNode n = json.get(member);
    return n != null && n.isTextual() && RedactionMarker.isMarker(n.asText());
  }

  /** The member's text, or {@code null} when absent, not text or redacted. */
  public String text(String member) {
    JsonNode n = json.get(member);
    return n != null && n.isTextual() && !RedactionMarker.isMarker(n.asText()) ? n.asText() : null;
  }

  /** True when the member's text is {@code value}. */
  public boolean is(String member, String value) {
    return value.equals(text(member));
  }

  /** The member's number, or {@code null} when absent, not a number or redacted. */
  public Double number(String member) {
    JsonNode n = json.get(member);
    return n != null && n.isNumber() ? n.asDouble() : null;
  }

  /** The member as a shaped object, or {@code null} when it is not an object. */
  public ShapedNode child(String member) {
    JsonNode n = json.get(member);
    ValueType t = type(member);
    return n != null && n.isObject() && t.kind() == ValueType.Kind.STRUCTURE
        ? new ShapedNode((ObjectNode) n, t.structure())
        : null;
  }

  /** The object elements of a list member, shaped; empty when there are none. */
  public List<ShapedNode> list(String member) {
    JsonNode n = json.get(member);
    ValueType element = type(member).element();
    List<ShapedNode> out = new ArrayList<>();
    if (n != null && n.isArray() && element != null && element.kind() == ValueType.Kind.STRUCTURE) {
      for (JsonNode e : n) {
        if (e.isObject()) {
          out.add(new ShapedNode((ObjectNode) e, element.structure()));
        }
      }
    }
    return out;
  }

  /** The object values of a map member by key, shaped, in document order. */
  public Map<String, ShapedNode> entries(String member) {
    JsonNode n = json.get(member);
    ValueType value = type(member).element();
    Map<String, ShapedNode> out = new LinkedHashMap<>();
    if (n != null && n.isObject() && value != null && value.kind() == ValueType.Kind.STRUCTURE) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isObject()) {
          out.put(e.getKey(), new ShapedNode((ObjectNode) e.getValue(), value.structure()));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- writes

  /** Sets a text member (an enum value or a string). */
  public ShapedNode set(String member, String value) {
    type(member);
    json.put(member, value);
    return this;
  }

  /**
   * Sets a numeric member, written as the member's kind writes it (an integer member as an integer,
   * a double member as a double).
   */
  public ShapedNode setNumber(String member, double value) {
    json.set(member, numberNode(type(member), value));
    return this;
  }

  /** Sets a member to any JSON value. */
  public ShapedNode setNode(String member, JsonNode value) {
    type(member);
    json.set(member, value);
    return this;
  }

  /** Removes a member. */
  public ShapedNode remove(String member) {
    json.remove(member);
    return this;
  }

  /** A valid value of the member drawn from its constraints, as JSON. */
  public JsonNode draw(String member, RandomGenerator random) {
    Object raw = ShapeGenerators.standard().value(type(member), DRAW_DEPTH).generate(random);
    return CloudTrailJson.tree(raw);
  }

  /** A valid element of a list member, or value of a map member, drawn as JSON. */
  public JsonNode drawElement(String member, RandomGenerator random) {
    ValueType element = type(member).element();
    if (element == null) {
      throw new IllegalArgumentException(member + " is neither a list nor a map");
    }
    return CloudTrailJson.tree(
        ShapeGenerators.standard().value(element, DRAW_DEPTH).generate(random));
  }

  /** Sets the member to a drawn value unless it is there already; returns this. */
  public ShapedNode ensure(String member, RandomGenerator random) {
    if (!has(member)) {
      json.set(member, draw(member, random));
    }
    return this;
  }

  /**
   * The member as a shaped object, drawn first when it is absent; {@code null} when it holds
   * something other than an object (a redaction marker).
   */
  public ShapedNode ensureChild(String member, RandomGenerator random) {
    if (!has(member)) {
      json.set(member, draw(member, random));
    }
    return child(member);
  }

  /**
   * The list member's array, created empty when absent; {@code null} when it holds something other
   * than an array (a redaction marker).
   */
  public ArrayNode ensureArray(String member) {
    type(member);
    if (!has(member)) {
      return json.putArray(member);
    }
    JsonNode n = json.get(member);
    return n.isArray() ? (ArrayNode) n : null;
  }

  /** A new object of the list member's element structure appended to its array. */
  public ShapedNode append(String member, RandomGenerator random) {
    ArrayNode array = ensureArray(member);
    ObjectNode drawn = (ObjectNode) drawElement(member, random);
    array.add(drawn);
    return new ShapedNode(drawn, type(member).element().structure());
  }

  /** {@code value} moved into the member's range, if the model states one. */
  public double clamp(String member, double value) {
    ValueType t = type(member);
    double v = value;
    if (t.min() != null && BigDecimal.valueOf(v).compareTo(t.min()) < 0) {
      v = t.min().doubleValue();
    }
    if (t.max() != null && BigDecimal.valueOf(v).compareTo(t.max()) > 0) {
      v = t.max().doubleValue();
    }
    return v;
  }

  /** True when {@code value} is within the member's range. */
  public boolean inRange(String member, double value) {
    return clamp(member, value) == value;
  }

  /** True when the enum member knows {@code value}. */
  public boolean knows(String member, String value) {
    return type(member).isKnownEnumValue(value);
  }

  static JsonNode numberNode(ValueType type, double value) {
    return switch (type.kind()) {
      case INTEGER -> IntNode.valueOf((int) value);
      case LONG -> LongNode.valueOf((long) value);
      case DOUBLE -> DoubleNode.valueOf(value);
      default -> throw new IllegalArgumentException(type + " is not a number");
    };
  }

  @Override
  public String toString() {
    return shape.shapeName() + json;
  }
}
