package io.mctrail.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.codegen.shape.Constraints;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.ModelException;
import io.mctrail.codegen.shape.Operation;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Smithy 2.0 JSON AST model. Shape ids lose their namespace; targets in the Smithy prelude
 * ({@code smithy.api#String} and so on) become simple shapes named {@code __String} and so on.
 * Constraint traits on members are kept on the member.
 */
final class SmithyReader {

  private static final String UNIT = "smithy.api#Unit";

  private SmithyReader() {}

  static ShapeModel read(JsonNode root) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Map<String, Operation> operations = new LinkedHashMap<>();
    String serviceId = "";
    String apiVersion = "";
    String serviceDoc = "";
    var fields = root.path("shapes").fields();
    while (fields.hasNext()) {
      var e = fields.next();
      String name = localName(e.getKey());
      JsonNode s = e.getValue();
      String type = s.path("type").asText("");
      JsonNode traits = s.path("traits");
      String doc = traits.path("smithy.api#documentation").asText("");
      switch (type) {
        case "service":
          serviceId = traits.path("aws.api#service").path("sdkId").asText(name);
          apiVersion = s.path("version").asText("");
          serviceDoc = doc;
          break;
        case "operation":
          operations.put(
              name,
              new Operation(
                  name, targetOrNull(s.path("input")), targetOrNull(s.path("output")), doc));
          break;
        case "resource":
          break;
        default:
          shapes.put(name, shape(name, type, s, doc, shapes));
      }
    }
    return new ShapeModel(serviceId, apiVersion, serviceDoc, shapes, operations).checkReferences();
  }

  private static Shape shape(
      String name, String type, JsonNode s, String doc, Map<String, Shape> shapes) {
    JsonNode traits = s.path("traits");
    Constraints constraints = constraints(traits);
    switch (type) {
      case "structure":
      case "union":
        List<Member> members = new ArrayList<>();
        s.path("members")
            .fields()
            .forEachRemaining(
                m -> {
                  JsonNode mt = m.getValue().path("traits");
                  members.add(
                      new Member(
                          m.getKey(),
                          jsonName(m.getKey(), mt),
                          target(m.getValue(), shapes),
                          mt.path("smithy.api#documentation").asText(""),
                          mt.has("smithy.api#required"),
                          constraints(mt)));
                });
        return new Shape.Structure(name, doc, members, traits.has("smithy.api#error"));
      case "enum":
        List<String> values = new ArrayList<>();
        s.path("members")
            .fields()
            .forEachRemaining(
                m ->
                    values.add(
                        m.getValue()
                            .path("traits")
                            .path("smithy.api#enumValue")
                            .asText(m.getKey())));
        return new Shape.Enum(name, doc, values);
      case "string":
        if (traits.has("smithy.api#enum")) {
          List<String> legacy = new ArrayList<>();
          traits.get("smithy.api#enum").forEach(v -> legacy.add(v.path("value").asText()));
          return new Shape.Enum(name, doc, legacy);
        }
        return new Shape.Simple(name, doc, SimpleKind.STRING, constraints);
      case "list":
      case "set":
        return new Shape.ListOf(name, doc, target(s.path("member"), shapes), constraints);
      case "map":
        return new Shape.MapOf(
            name, doc, target(s.path("key"), shapes), target(s.path("value"), shapes), constraints);
      case "integer":
      case "short":
      case "byte":
      case "intEnum":
        return new Shape.Simple(name, doc, SimpleKind.INTEGER, constraints);
      case "long":
      case "bigInteger":
        return new Shape.Simple(name, doc, SimpleKind.LONG, constraints);
      case "double":
      case "float":
      case "bigDecimal":
        return new Shape.Simple(name, doc, SimpleKind.DOUBLE, constraints);
      case "boolean":
        return new Shape.Simple(name, doc, SimpleKind.BOOLEAN, Constraints.NONE);
      case "timestamp":
        return new Shape.Simple(name, doc, SimpleKind.TIMESTAMP, Constraints.NONE);
      case "document":
        return new Shape.Simple(name, doc, SimpleKind.DOCUMENT, Constraints.NONE);
      case "blob":
        return new Shape.Simple(name, doc, SimpleKind.STRING, constraints);
      default:
        throw new ModelException("shape " + name + " has a type the reader does not know: " + type);
    }
  }

  /**
   * The JSON name of a member: the {@code jsonName} trait, else the name of its HTTP query or
   * header binding, else the member name with a lower-case first letter for HTTP labels (as
   * CloudTrail writes path parameters), else the member name.
   */
  private static String jsonName(String memberName, JsonNode traits) {
    if (traits.has("smithy.api#jsonName")) {
      return traits.get("smithy.api#jsonName").asText();
    }
    if (traits.has("smithy.api#httpQuery")) {
      return traits.get("smithy.api#httpQuery").asText();
    }
    if (traits.has("smithy.api#httpLabel")) {
      return memberName.substring(0, 1).toLowerCase(Locale.ROOT) + memberName.substring(1);
    }
    return memberName;
  }

  /** A member's target, defining a prelude shape on first use. */
  private static String target(JsonNode ref, Map<String, Shape> shapes) {
    String id = ref.path("target").asText();
    if (!id.startsWith("smithy.api#")) {
      return localName(id);
    }
    String prelude = localName(id);
    String name = "__" + prelude;
    SimpleKind kind =
        switch (prelude) {
          case "String", "Blob" -> SimpleKind.STRING;
          case "Integer", "PrimitiveInteger", "Short", "Byte" -> SimpleKind.INTEGER;
          case "Long", "PrimitiveLong", "BigInteger" -> SimpleKind.LONG;
          case "Double", "PrimitiveDouble", "Float", "PrimitiveFloat", "BigDecimal" ->
              SimpleKind.DOUBLE;
          case "Boolean", "PrimitiveBoolean" -> SimpleKind.BOOLEAN;
          case "Timestamp" -> SimpleKind.TIMESTAMP;
          case "Document" -> SimpleKind.DOCUMENT;
          default -> throw new ModelException("prelude shape " + id + " is not supported");
        };
    shapes.putIfAbsent(name, new Shape.Simple(name, "", kind, Constraints.NONE));
    return name;
  }

  private static String targetOrNull(JsonNode ref) {
    String id = ref.path("target").asText(null);
    return id == null || UNIT.equals(id) ? null : localName(id);
  }

  private static String localName(String id) {
    int hash = id.indexOf('#');
    return hash < 0 ? id : id.substring(hash + 1);
  }

  private static Constraints constraints(JsonNode traits) {
    JsonNode range =
        traits.has("smithy.api#range")
            ? traits.get("smithy.api#range")
            : traits.path("smithy.api#length");
    return new Constraints(
        range.has("min") ? new BigDecimal(range.get("min").asText()) : null,
        range.has("max") ? new BigDecimal(range.get("max").asText()) : null,
        traits.has("smithy.api#pattern") ? traits.get("smithy.api#pattern").asText() : null);
  }
}
