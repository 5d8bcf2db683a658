package io.mctrail.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.codegen.read.ModelSource;
import io.mctrail.codegen.shape.Constraints;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.Operation;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Emits JSON Schema draft 2020-12 from shape models: one document with a {@code $defs} entry for
 * every shape of the service, one for the CloudTrail envelope, and one event schema per operation
 * that binds the record's payloads to the operation's input and output.
 *
 * <p>The schemas accept what CloudTrail writes: a redaction marker in place of any value (a {@code
 * pattern} on the string branch of every shape's {@code type}), timestamps in every form, integral
 * numbers for doubles, and properties the model does not know.
 */
public final class SchemaEmitter {

  /** The base of every {@code $id}; the loader maps it to the classpath. */
  public static final String BASE_URI = "https://schemas.mctrail.io/";

  /** The classpath folder the schemas are written to. */
  public static final String RESOURCE_DIR = "io/mctrail/schema/";

  /** The folder of the event schemas, one per operation, below {@link #RESOURCE_DIR}. */
  static final String EVENTS_DIR = "events/";

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String MARKER_PATTERN = "^(\\*\\*\\*|HIDDEN_DUE_TO_SECURITY_REASONS)$";

  /**
   * Epoch seconds or millis as digits, ISO-8601 with an offset, or {@code Nov 15, 2017 2:57:32 AM},
   * or a redaction marker.
   */
  static final String TIMESTAMP_PATTERN =
      "^(\\*\\*\\*|HIDDEN_DUE_TO_SECURITY_REASONS|-?[0-9]+(\\.[0-9]+)?"
          + "|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?"
          + "(Z|[+-][0-9]{2}:?[0-9]{2})"
          + "|[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4} [0-9]{1,2}:[0-9]{2}:[0-9]{2} (AM|PM))$";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SchemaEmitter() {}

  /** The file name of a service's shapes schema, for example {@code mediaconvert.schema.json}. */
  public static String shapesFile(ShapeModel model) {
    return model.serviceId().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".schema.json";
  }

  /** The schema with a {@code $defs} entry for every shape of {@code model}. */
  public static ObjectNode shapesSchema(ShapeModel model, String rootShape) {
    ObjectNode root = F.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", BASE_URI + shapesFile(model));
    root.put("title", model.serviceId() + " " + model.apiVersion());
    if (!model.documentation().isBlank()) {
      root.put("description", model.documentation());
    }
    if (rootShape != null) {
      root.put("$ref", "#/$defs/" + rootShape);
    }
    ObjectNode defs = root.putObject("$defs");
    for (Shape shape : model.shapes().values()) {
      defs.set(shape.name(), definition(model, shape));
    }
    return root;
  }

  /** The event schema of one operation: the envelope, with payloads bound to the shapes. */
  public static ObjectNode eventSchema(
      ShapeModel service, ShapeModel envelope, Operation op, String eventSource) {
    ObjectNode root = F.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", BASE_URI + EVENTS_DIR + op.name() + ".schema.json");
    root.put("title", "CloudTrail record of " + service.serviceId() + " " + op.name());
    if (!op.documentation().isBlank()) {
      root.put("description", op.documentation());
    }
    root.putArray("allOf").addObject().put("$ref", "../" + shapesFile(envelope));
    ObjectNode props = root.putObject("properties");
    props.putObject("eventSource").put("const", eventSource);
    props.putObject("eventName").put("const", op.name());
    props.set("requestParameters", payload(service, op.input()));
    props.set("responseElements", payload(service, op.output()));
    return root;
  }

  private static ObjectNode payload(ShapeModel service, String shape) {
    ObjectNode node = F.objectNode();
    if (shape == null) {
      return node;
    }
    node.putObject("if").put("type", "null");
    node.putObject("else").put("$ref", "../" + shapesFile(service) + "#/$defs/" + shape);
    return node;
  }

  private static ObjectNode definition(ShapeModel model, Shape shape) {
    ObjectNode def = F.objectNode();
    if (!shape.documentation().isBlank()) {
      def.put("description", shape.documentation());
    }
    if (shape instanceof Shape.Structure s) {
      types(def, "object", "string");
      def.put("pattern", MARKER_PATTERN);
      ObjectNode props = def.putObject("properties");
      List<String> required = new ArrayList<>();
      for (Member m : s.members()) {
        props.set(m.jsonName(), memberSchema(model, m));
        if (m.required()) {
          required.add(m.jsonName());
        }
      }
      if (!required.isEmpty()) {
        ArrayNode r = def.putArray("required");
        required.forEach(r::add);
      }
    } else if (shape instanceof Shape.Enum e) {
      def.put("type", "string");
      ArrayNode values = def.putArray("enum");
      e.values().forEach(values::add);
      values.add("***");
      values.add("HIDDEN_DUE_TO_SECURITY_REASONS");
    } else if (shape instanceof Shape.ListOf l) {
      types(def, "array", "string");
      def.put("pattern", MARKER_PATTERN);
      def.putObject("items").put("$ref", "#/$defs/" + l.member());
      sizes(def, l.constraints(), "minItems", "maxItems");
    } else if (shape instanceof Shape.MapOf m) {
      types(def, "object", "string");
      def.put("pattern", MARKER_PATTERN);
      def.putObject("additionalProperties").put("$ref", "#/$defs/" + m.value());
      sizes(def, m.constraints(), "minProperties", "maxProperties");
    } else {
      simple(def, (Shape.Simple) shape);
    }
    return def;
  }

  private static void simple(ObjectNode def, Shape.Simple s) {
    Constraints c = s.constraints();
    switch (s.kind()) {
      case STRING -> {
        def.put("type", "string");
        stringConstraints(def, c);
      }
      case INTEGER, LONG -> {
        types(def, "integer", "string");
        def.put("pattern", MARKER_PATTERN);
        numberConstraints(def, c);
      }
      case DOUBLE -> {
        types(def, "number", "string");
        def.put("pattern", MARKER_PATTERN);
        numberConstraints(def, c);
      }
      case BOOLEAN -> {
        types(def, "boolean", "string");
        def.put("pattern", MARKER_PATTERN);
      }
      case TIMESTAMP -> {
        types(def, "number", "string");
        def.put("pattern", TIMESTAMP_PATTERN);
      }
      case DOCUMENT, PAYLOAD -> {}
    }
  }

  /** A member: a reference to its shape, its documentation, and its own constraints. */
  private static ObjectNode memberSchema(ShapeModel model, Member m) {
    ObjectNode node = F.objectNode();
    node.put("$ref", "#/$defs/" + m.target());
    if (!m.documentation().isBlank()) {
      node.put("description", m.documentation());
    }
    Constraints c = m.constraints();
    if (!c.isEmpty()) {
      Shape target = model.shape(m.target());
      if (target instanceof Shape.Simple s && s.kind() == SimpleKind.STRING) {
        stringConstraints(node, c);
      } else if (target instanceof Shape.Simple) {
        numberConstraints(node, c);
      } else if (target instanceof Shape.ListOf) {
        sizes(node, c, "minItems", "maxItems");
      } else if (target instanceof Shape.MapOf) {
        sizes(node, c, "minProperties", "maxProperties");
      }
    }
    return node;
  }

  /**
   * A string's constraints, which a redaction marker satisfies too: {@code if} the value is a
   * marker nothing more is asked, {@code else} the constraints apply (so a violation is reported by
   * its own keyword, not as a failed alternative).
   */
  private static void stringConstraints(ObjectNode node, Constraints c) {
    if (c.isEmpty()) {
      return;
    }
    ArrayNode markers = node.putObject("if").putArray("enum");
    markers.add("***");
    markers.add("HIDDEN_DUE_TO_SECURITY_REASONS");
    ObjectNode constrained = node.putObject("else");
    sizes(constrained, c, "minLength", "maxLength");
    if (c.pattern() != null) {
      constrained.put("pattern", c.pattern());
    }
  }

  private static void numberConstraints(ObjectNode node, Constraints c) {
    if (c.min() != null) {
      node.put("minimum", c.min());
    }
    if (c.max() != null) {
      node.put("maximum", c.max());
    }
  }

  private static void sizes(ObjectNode node, Constraints c, String minKey, String maxKey) {
    if (c.min() != null) {
      node.put(minKey, c.min().longValueExact());
    }
    if (c.max() != null) {
      node.put(maxKey, c.max().longValueExact());
    }
  }

  private static void types(ObjectNode def, String... types) {
    ArrayNode t = def.putArray("type");
    for (String type : types) {
      t.add(type);
    }
  }

  /**
   * Writes every schema under {@code root}: the service's shapes, the envelope, one event schema
   * per operation, and {@code operations.json} listing the operations and naming the model they
   * were generated from ({@code model}: its API version, whether it is the pinned model, the path
   * of the file the build was given, a description, the format and the SHA-256). An event schema an
   * earlier run wrote for an operation this model does not have is removed.
   *
   * @return the files written, by path relative to {@code root}
   */
  public static Map<String, JsonNode> write(
      ShapeModel service,
      ModelSource source,
      ShapeModel envelope,
      String envelopeRoot,
      String eventSource,
      Path root) {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    files.put(RESOURCE_DIR + shapesFile(service), shapesSchema(service, null));
    files.put(RESOURCE_DIR + shapesFile(envelope), shapesSchema(envelope, envelopeRoot));
    ObjectNode index = F.objectNode();
    index.put("service", service.serviceId());
    index.put("apiVersion", service.apiVersion());
    index.put("eventSource", eventSource);
    index.put("shapes", shapesFile(service));
    index.put("envelope", shapesFile(envelope));
    ObjectNode model = index.putObject("model");
    model.put("apiVersion", service.apiVersion());
    model.put("pinned", source.pinned());
    model.put("path", source.path());
    model.put("description", source.description());
    model.put("format", source.format().name());
    model.put("sha256", source.sha256());
    ArrayNode ops = index.putArray("operations");
    for (Operation op : service.operations().values()) {
      files.put(
          RESOURCE_DIR + EVENTS_DIR + op.name() + ".schema.json",
          eventSchema(service, envelope, op, eventSource));
      ops.add(op.name());
    }
    files.put(RESOURCE_DIR + "operations.json", index);
    removeStaleEventSchemas(root, files);
    for (Map.Entry<String, JsonNode> f : files.entrySet()) {
      Path path = root.resolve(f.getKey());
      try {
        Files.createDirectories(path.getParent());
        MAPPER.writeValue(path.toFile(), f.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Removes the event schemas under {@code root} that {@code files} does not hold. */
  private static void removeStaleEventSchemas(Path root, Map<String, JsonNode> files) {
    Path events = root.resolve(RESOURCE_DIR + EVENTS_DIR);
    if (!Files.isDirectory(events)) {
      return;
    }
    try (Stream<Path> listed = Files.list(events)) {
      for (Path file : listed.toList()) {
        String relative = RESOURCE_DIR + EVENTS_DIR + file.getFileName();
        if (relative.endsWith(".schema.json") && !files.containsKey(relative)) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
