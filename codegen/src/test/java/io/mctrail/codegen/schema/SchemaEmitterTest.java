package io.mctrail.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.codegen.Generate;
import io.mctrail.codegen.read.ModelReader;
import io.mctrail.codegen.read.ModelSource;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.Operation;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the JSON Schema emitted for the pinned MediaConvert model. */
class SchemaEmitterTest {

  private static final List<String> MARKERS = List.of("***", "HIDDEN_DUE_TO_SECURITY_REASONS");

  private static ShapeModel model;
  private static ModelSource source;
  private static ShapeModel envelope;
  private static ObjectNode schema;
  private static JsonNode defs;

  @BeforeAll
  static void emitPinnedModel() {
    ModelReader.Loaded pinned = ModelReader.load(null);
    model = pinned.model();
    source = pinned.source();
    envelope = Generate.envelopeModel();
    schema = SchemaEmitter.shapesSchema(model, null);
    defs = schema.get("$defs");
  }

  @Test
  void shapesSchemaHasADefinitionPerShape() {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://schemas.mctrail.io/mediaconvert.schema.json");
    assertThat(schema.has("$ref")).as("no root shape").isFalse();
    assertThat(defs.size()).isEqualTo(880);
    assertThat(fieldNames(defs)).containsExactlyElementsOf(model.shapes().keySet());
  }

  @Test
  void integerShapesCarryMinimumAndMaximum() {
    JsonNode level = defs.get("__integerMin0Max7");
    assertThat(types(level)).containsExactly("integer", "string");
    assertThat(level.get("minimum").asInt()).isZero();
    assertThat(level.get("maximum").asInt()).isEqualTo(7);

    List<Shape.Simple> integers =
        model.shapes().values().stream()
            .filter(s -> s instanceof Shape.Simple simple && simple.kind() == SimpleKind.INTEGER)
            .map(Shape.Simple.class::cast)
            .toList();
    assertThat(integers).hasSize(101);
    assertThat(integers).filteredOn(s -> s.constraints().min() != null).isNotEmpty();
    for (Shape.Simple s : integers) {
      JsonNode def = defs.get(s.name());
      assertThat(types(def)).as(s.name()).containsExactly("integer", "string");
      if (s.constraints().min() == null) {
        assertThat(def.has("minimum")).as(s.name() + " minimum").isFalse();
      } else {
        assertThat(def.get("minimum").decimalValue())
            .as(s.name() + " minimum")
            .isEqualByComparingTo(s.constraints().min());
      }
      if (s.constraints().max() == null) {
        assertThat(def.has("maximum")).as(s.name() + " maximum").isFalse();
      } else {
        assertThat(def.get("maximum").decimalValue())
            .as(s.name() + " maximum")
            .isEqualByComparingTo(s.constraints().max());
      }
    }
  }

  @Test
  void enumsCarryTheirValuesAndTheRedactionMarkers() {
    assertThat(texts(defs.get("H264CodecProfile").get("enum")))
        .containsExactly(
            "BASELINE",
            "HIGH",
            "HIGH_10BIT",
            "HIGH_422",
            "HIGH_422_10BIT",
            "MAIN",
            "***",
            "HIDDEN_DUE_TO_SECURITY_REASONS");
    for (Shape.Enum e : model.enums()) {
      JsonNode def = defs.get(e.name());
      List<String> expected = new ArrayList<>(e.values());
      expected.addAll(MARKERS);
      assertThat(def.get("type").asText()).as(e.name()).isEqualTo("string");
      assertThat(texts(def.get("enum"))).as(e.name()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void structuresCarryRequiredMembersAndAcceptAMarkerString() {
    assertThat(texts(defs.get("CreateJobRequest").get("required")))
        .containsExactly("role", "settings");

    int withRequired = 0;
    for (Shape.Structure s : model.structures()) {
      JsonNode def = defs.get(s.name());
      assertThat(types(def)).as(s.name()).containsExactly("object", "string");
      assertThat(def.get("pattern").asText()).as(s.name()).isEqualTo(SchemaEmitter.MARKER_PATTERN);
      assertThat(fieldNames(def.get("properties")))
          .as(s.name())
          .containsExactlyElementsOf(s.members().stream().map(Member::jsonName).toList());
      List<String> required =
          s.members().stream().filter(Member::required).map(Member::jsonName).toList();
      if (required.isEmpty()) {
        assertThat(def.has("required")).as(s.name()).isFalse();
      } else {
        withRequired++;
        assertThat(texts(def.get("required"))).as(s.name()).containsExactlyElementsOf(required);
      }
    }
    assertThat(withRequired).isPositive();
  }

  @Test
  void markerPatternMatchesExactlyTheTwoMarkers() {
    Pattern marker = Pattern.compile(SchemaEmitter.MARKER_PATTERN);

    assertThat(MARKERS).allMatch(m -> marker.matcher(m).find());
    assertThat(List.of("", "**", "****", "x***", "hidden_due_to_security_reasons", "HIDDEN"))
        .noneMatch(m -> marker.matcher(m).find());
  }

  @Test
  void createJobEventSchemaBindsPayloadsToRequestAndResponse() {
    Operation createJob = model.operations().get("CreateJob");
    ObjectNode event = SchemaEmitter.eventSchema(model, envelope, createJob, Generate.EVENT_SOURCE);

    assertThat(event.get("$id").asText())
        .isEqualTo("https://schemas.mctrail.io/events/CreateJob.schema.json");
    assertThat(event.at("/allOf/0/$ref").asText()).isEqualTo("../cloudtrail.schema.json");
    JsonNode props = event.get("properties");
    assertThat(props.at("/eventSource/const").asText()).isEqualTo("mediaconvert.amazonaws.com");
    assertThat(props.at("/eventName/const").asText()).isEqualTo("CreateJob");
    assertThat(props.at("/requestParameters/else/$ref").asText())
        .isEqualTo("../mediaconvert.schema.json#/$defs/CreateJobRequest");
    assertThat(props.at("/responseElements/else/$ref").asText())
        .isEqualTo("../mediaconvert.schema.json#/$defs/CreateJobResponse");
    // A null payload is allowed: CloudTrail writes null for calls without parameters.
    assertThat(props.at("/requestParameters/if/type").asText()).isEqualTo("null");
    assertThat(props.at("/responseElements/if/type").asText()).isEqualTo("null");
    assertThat(defs.has("CreateJobRequest")).isTrue();
    assertThat(defs.has("CreateJobResponse")).isTrue();
  }

  @Test
  void everyEventSchemaRefersToDefinedShapes() {
    for (Operation op : model.operations().values()) {
      JsonNode props =
          SchemaEmitter.eventSchema(model, envelope, op, Generate.EVENT_SOURCE).get("properties");
      for (String payload : List.of("requestParameters", "responseElements")) {
        String ref = props.at("/" + payload + "/else/$ref").asText("");
        if (!ref.isEmpty()) {
          assertThat(ref)
              .as(op.name() + " " + payload)
              .startsWith("../mediaconvert.schema.json#/$defs/");
          assertThat(defs.has(ref.substring(ref.lastIndexOf('/') + 1)))
              .as(op.name() + " " + payload + " " + ref)
              .isTrue();
        }
      }
    }
  }

  @Test
  void writeEmitsShapesEnvelopeOneEventPerOperationAndAnIndex(@TempDir Path dir)
      throws IOException {
    Map<String, JsonNode> files =
        SchemaEmitter.write(
            model, source, envelope, Generate.ENVELOPE_ROOT, Generate.EVENT_SOURCE, dir);

    assertThat(files).hasSize(2 + 29 + 1);
    String base = SchemaEmitter.RESOURCE_DIR;
    assertThat(files)
        .containsKeys(
            base + "mediaconvert.schema.json",
            base + "cloudtrail.schema.json",
            base + "events/CreateJob.schema.json",
            base + "operations.json");
    for (String path : files.keySet()) {
      assertThat(dir.resolve(path)).isRegularFile();
    }
    JsonNode index =
        new ObjectMapper().readTree(Files.readString(dir.resolve(base + "operations.json")));
    assertThat(texts(index.get("operations")))
        .containsExactlyElementsOf(model.operations().keySet());
    assertThat(files.get(base + "cloudtrail.schema.json").get("$ref").asText())
        .isEqualTo("#/$defs/CloudTrailEvent");
  }

  @Test
  void theIndexNamesTheModelTheSchemasWereGeneratedFrom(@TempDir Path dir) throws IOException {
    SchemaEmitter.write(
        model, source, envelope, Generate.ENVELOPE_ROOT, Generate.EVENT_SOURCE, dir);

    JsonNode index =
        new ObjectMapper()
            .readTree(Files.readString(dir.resolve(SchemaEmitter.RESOURCE_DIR + "operations.json")))
            .get("model");
    assertThat(index.get("apiVersion").asText()).isEqualTo("2017-08-29");
    assertThat(index.get("pinned").asBoolean()).isTrue();
    assertThat(index.get("path").asText()).isEmpty();
    assertThat(index.get("description").asText())
        .startsWith("com.amazonaws:aws-java-sdk-models:")
        .endsWith(" models/mediaconvert-2017-08-29-model.json");
    assertThat(index.get("format").asText()).isEqualTo("C2J");
    assertThat(index.get("sha256").asText()).isEqualTo(source.sha256()).hasSize(64);
  }

  @Test
  void anEventSchemaOfAnOperationTheModelDoesNotHaveIsRemoved(@TempDir Path dir)
      throws IOException {
    Path events = dir.resolve(SchemaEmitter.RESOURCE_DIR + SchemaEmitter.EVENTS_DIR);
    Files.createDirectories(events);
    // As a run on a newer model leaves them: an operation the pinned model does not have.
    Files.writeString(events.resolve("ProbeMedia.schema.json"), "{}");
    Files.writeString(events.resolve("notes.txt"), "not the generator's");

    SchemaEmitter.write(
        model, source, envelope, Generate.ENVELOPE_ROOT, Generate.EVENT_SOURCE, dir);

    assertThat(events.resolve("ProbeMedia.schema.json")).doesNotExist();
    assertThat(events.resolve("notes.txt")).hasContent("not the generator's");
    try (var listed = Files.list(events)) {
      assertThat(listed.filter(f -> f.toString().endsWith(".schema.json")))
          .hasSize(model.operations().size());
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array).isNotNull();
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> types(JsonNode def) {
    JsonNode type = def.get("type");
    return type.isArray() ? texts(type) : List.of(type.asText());
  }
}
