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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an AWS "C2J" model ({@code metadata}, {@code operations}, {@code shapes}), the format of
 * {@code aws-java-sdk-models}. A structure with {@code "document": true} is a free-form document.
 */
final class C2jReader {

  private C2jReader() {}

  static ShapeModel read(JsonNode root) {
    JsonNode metadata = root.path("metadata");
    Map<String, Shape> shapes = new LinkedHashMap<>();
    root.path("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e)));
    Map<String, Operation> operations = new LinkedHashMap<>();
    root.path("operations")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode op = e.getValue();
              operations.put(
                  e.getKey(),
                  new Operation(
                      e.getKey(),
                      textOrNull(op.path("input").path("shape")),
                      textOrNull(op.path("output").path("shape")),
                      op.path("documentation").asText("")));
            });
    String serviceId = metadata.path("serviceId").asText(metadata.path("uid").asText(""));
    return new ShapeModel(
            serviceId,
            metadata.path("apiVersion").asText(""),
            root.path("documentation").asText(""),
            shapes,
            operations)
        .checkReferences();
  }

  private static Shape shape(Map.Entry<String, JsonNode> entry) {
    String name = entry.getKey();
    JsonNode s = entry.getValue();
    String doc = s.path("documentation").asText("");
    String type = s.path("type").asText("");
    Constraints constraints = constraints(s);
    switch (type) {
      case "structure":
        if (s.path("document").asBoolean(false)) {
          SimpleKind kind =
              s.path("payload").asBoolean(false) ? SimpleKind.PAYLOAD : SimpleKind.DOCUMENT;
          return new Shape.Simple(name, doc, kind, Constraints.NONE);
        }
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        List<Member> members = new ArrayList<>();
        s.path("members")
            .fields()
            .forEachRemaining(
                m -> {
                  JsonNode mm = m.getValue();
                  members.add(
                      new Member(
                          m.getKey(),
                          mm.path("locationName").asText(m.getKey()),
                          mm.path("shape").asText(),
                          mm.path("documentation").asText(""),
                          required.contains(m.getKey()),
                          Constraints.NONE));
                });
        return new Shape.Structure(name, doc, members, s.path("exception").asBoolean(false));
      case "string":
        if (s.has("enum")) {
          List<String> values = new ArrayList<>();
          s.path("enum").forEach(v -> values.add(v.asText()));
          return new Shape.Enum(name, doc, values);
        }
        return new Shape.Simple(name, doc, SimpleKind.STRING, constraints);
      case "list":
        return new Shape.ListOf(name, doc, s.path("member").path("shape").asText(), constraints);
      case "map":
        return new Shape.MapOf(
            name,
            doc,
            s.path("key").path("shape").asText(),
            s.path("value").path("shape").asText(),
            constraints);
      case "integer":
        return new Shape.Simple(name, doc, SimpleKind.INTEGER, constraints);
      case "long":
        return new Shape.Simple(name, doc, SimpleKind.LONG, constraints);
      case "double":
      case "float":
        return new Shape.Simple(name, doc, SimpleKind.DOUBLE, constraints);
      case "boolean":
        return new Shape.Simple(name, doc, SimpleKind.BOOLEAN, Constraints.NONE);
      case "timestamp":
        return new Shape.Simple(name, doc, SimpleKind.TIMESTAMP, Constraints.NONE);
      case "document":
        return new Shape.Simple(name, doc, SimpleKind.DOCUMENT, Constraints.NONE);
      default:
        throw new ModelException("shape " + name + " has a type the reader does not know: " + type);
    }
  }

  private static Constraints constraints(JsonNode s) {
    return new Constraints(
        s.has("min") ? new BigDecimal(s.get("min").asText()) : null,
        s.has("max") ? new BigDecimal(s.get("max").asText()) : null,
        s.has("pattern") ? s.get("pattern").asText() : null);
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
