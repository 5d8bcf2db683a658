package io.mctrail.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.codegen.shape.Constraints;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.ModelException;
import io.mctrail.codegen.shape.Operation;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests of the model readers: a small "Widgets" API written twice, as C2J ({@value #C2J}) and as
 * Smithy JSON AST ({@value #SMITHY}), must read into the same shapes, members, constraints and
 * operations; format detection; dangling references; and the counts of the pinned model.
 */
class ModelReaderTest {

  static final String C2J = "models/widgets.c2j.json";
  static final String SMITHY = "models/widgets.smithy.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  // ------------------------------------------------------------------ the Widgets API, both ways

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {C2J, SMITHY})
  void readsEveryShapeOfTheWidgetsApi(String resource) {
    ShapeModel model = ModelReader.readResource(resource);
    Map<String, Shape> expected = expectedShapes(resource.equals(SMITHY));

    assertThat(model.shapes().keySet()).containsExactlyElementsOf(expected.keySet());
    SoftAssertions softly = new SoftAssertions();
    expected.forEach(
        (name, shape) -> softly.assertThat(model.shapes().get(name)).as(name).isEqualTo(shape));
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {C2J, SMITHY})
  void readsServiceAndOperations(String resource) {
    ShapeModel model = ModelReader.readResource(resource);

    assertThat(model.serviceId()).isEqualTo("Widgets");
    assertThat(model.apiVersion()).isEqualTo("2024-01-01");
    assertThat(model.documentation()).startsWith("Makes widgets.");
    assertThat(model.operations())
        .containsExactly(
            Map.entry(
                "CreateWidget",
                new Operation(
                    "CreateWidget",
                    "CreateWidgetRequest",
                    "CreateWidgetResponse",
                    "Creates a widget.")),
            // No output: absent in C2J, smithy.api#Unit in Smithy.
            Map.entry(
                "DeleteWidget",
                new Operation("DeleteWidget", "DeleteWidgetRequest", null, "Deletes a widget.")));
  }

  @Test
  void bothFormatsGiveTheSameModel() {
    ShapeModel c2j = ModelReader.readResource(C2J);
    ShapeModel smithy = ModelReader.readResource(SMITHY);

    assertThat(smithy.serviceId()).isEqualTo(c2j.serviceId());
    assertThat(smithy.apiVersion()).isEqualTo(c2j.apiVersion());
    assertThat(smithy.documentation()).isEqualTo(c2j.documentation());
    assertThat(smithy.operations()).isEqualTo(c2j.operations());
    assertThat(smithy.countsByKind()).isEqualTo(c2j.countsByKind());
    // C2J cannot state a constraint on a member; apart from that the shapes are equal.
    assertThat(withoutMemberConstraints(smithy).shapes()).isEqualTo(c2j.shapes());
  }

  @Test
  void smithyHttpLabelWithoutJsonNameGetsTheMemberNameInLowerCamelCase() {
    ShapeModel smithy = ModelReader.readResource(SMITHY);

    Member id = structure(smithy, "CreateWidgetRequest").members().get(0);
    assertThat(id.name()).isEqualTo("Id");
    assertThat(id.jsonName()).isEqualTo("id");
    assertThat(id.required()).isTrue();
    assertThat(structure(smithy, "DeleteWidgetRequest").memberByJsonName("id")).isPresent();
  }

  @Test
  void smithyMemberRangeStaysOnTheMemberAndLeavesTheTargetUnconstrained() {
    ShapeModel smithy = ModelReader.readResource(SMITHY);
    ShapeModel c2j = ModelReader.readResource(C2J);

    Member priority = structure(smithy, "CreateWidgetRequest").memberByJsonName("priority").get();
    assertThat(priority.constraints()).isEqualTo(range(1, 10));
    assertThat(smithy.shape(priority.target()))
        .isEqualTo(new Shape.Simple("__integer", "", SimpleKind.INTEGER, Constraints.NONE));
    assertThat(
            structure(c2j, "CreateWidgetRequest").memberByJsonName("priority").get().constraints())
        .isEqualTo(Constraints.NONE);
  }

  @Test
  void targetShapeConstraintsAreReadInBothFormats() {
    for (String resource : List.of(C2J, SMITHY)) {
      ShapeModel model = ModelReader.readResource(resource);
      assertThat(((Shape.Simple) model.shape("__integerMin0Max7")).constraints())
          .as(resource)
          .isEqualTo(range(0, 7));
      assertThat(((Shape.Simple) model.shape("WidgetName")).constraints())
          .as(resource)
          .isEqualTo(new Constraints(decimal(1), decimal(64), "^[a-z][a-z0-9-]*$"));
      assertThat(((Shape.ListOf) model.shape("__listOfWidgetColor")).constraints())
          .as(resource)
          .isEqualTo(range(1, 3));
    }
  }

  // ------------------------------------------------------------------ format detection

  @Test
  void detectsC2jFromMetadataAndShapes() throws IOException {
    JsonNode root = MAPPER.readTree("{\"version\":\"2.0\",\"metadata\":{},\"shapes\":{}}");
    assertThat(ModelReader.detect(root, "c2j")).isEqualTo(ModelReader.Format.C2J);
  }

  @Test
  void detectsSmithyFromSmithyAndShapes() throws IOException {
    JsonNode root = MAPPER.readTree("{\"smithy\":\"2.0\",\"shapes\":{}}");
    assertThat(ModelReader.detect(root, "smithy")).isEqualTo(ModelReader.Format.SMITHY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"shapes\":{}}",
        "{\"metadata\":{}}",
        "{\"smithy\":\"2.0\"}",
        "{\"openapi\":\"3.0.0\",\"paths\":{}}",
        "[]"
      })
  void rejectsJsonThatIsNeitherFormatWithAClearMessage(String json) {
    assertThatThrownBy(() -> read(json, "odd-model.json"))
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "odd-model.json is neither a C2J model (metadata, shapes) nor a Smithy JSON AST model"
                + " (smithy, shapes)");
  }

  @Test
  void rejectsATextThatIsNotJson() {
    assertThatThrownBy(() -> read("namespace example.widgets", "widgets.smithy"))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("widgets.smithy is not JSON");
  }

  @Test
  void detectsTheFormatOfAFileFromItsContentNotItsName(@TempDir Path dir) throws IOException {
    Path smithyFile = dir.resolve("model.json");
    Path c2jFile = dir.resolve("model.smithy.json");
    Files.write(smithyFile, resourceBytes(SMITHY));
    Files.write(c2jFile, resourceBytes(C2J));

    assertThat(ModelReader.read(smithyFile)).isEqualTo(ModelReader.readResource(SMITHY));
    assertThat(ModelReader.read(c2jFile)).isEqualTo(ModelReader.readResource(C2J));
  }

  @Test
  void aModelFileLoadsWithItsAbsolutePathFormatAndDigest(@TempDir Path dir) throws Exception {
    byte[] bytes = resourceBytes(SMITHY);
    Path file = dir.resolve("widgets.json");
    Files.write(file, bytes);

    ModelReader.Loaded loaded = ModelReader.load(file.toString());

    assertThat(loaded.model()).isEqualTo(ModelReader.readResource(SMITHY));
    ModelSource source = loaded.source();
    assertThat(source.pinned()).isFalse();
    assertThat(source.path()).isEqualTo(file.toAbsolutePath().normalize().toString());
    assertThat(source.description()).isEqualTo(source.path());
    assertThat(source.format()).isEqualTo(ModelReader.Format.SMITHY);
    assertThat(source.sha256())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
    // Another file: the same JSON with one more line break, so another digest.
    Files.writeString(file, new String(bytes, StandardCharsets.UTF_8) + "\n");
    assertThat(ModelReader.load(file.toString()).source().sha256()).isNotEqualTo(source.sha256());
  }

  @Test
  void noPathLoadsThePinnedModelNamedByItsArtifact() {
    ModelReader.Loaded loaded = ModelReader.load(" ");

    assertThat(loaded.model()).isEqualTo(ModelReader.readPinned());
    assertThat(loaded.source().pinned()).isTrue();
    assertThat(loaded.source().path()).isEmpty();
    assertThat(loaded.source().format()).isEqualTo(ModelReader.Format.C2J);
    assertThat(loaded.source().description())
        .matches(
            "com\\.amazonaws:aws-java-sdk-models:[0-9.]+ models/mediaconvert-2017-08-29-model\\.json");
    assertThat(ModelReader.load(null).source()).isEqualTo(loaded.source());
  }

  @Test
  void missingFileAndResourceFailWithTheirNames(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> ModelReader.read(missing))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("cannot read the model file " + missing);
    assertThatThrownBy(() -> ModelReader.load(missing.toString()))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("cannot read the model file " + missing);
    assertThatThrownBy(() -> ModelReader.readResource("models/missing.json"))
        .isInstanceOf(ModelException.class)
        .hasMessage("the model resource models/missing.json is not on the classpath");
  }

  // ------------------------------------------------------------------ broken models

  static Stream<Arguments> danglingReferences() {
    return Stream.of(
        Arguments.of(
            "C2J structure member",
            """
            {"metadata": {}, "shapes": {
              "A": {"type": "structure", "members": {"B": {"shape": "Gadget"}}}}}
            """),
        Arguments.of(
            "C2J list member",
            """
            {"metadata": {}, "shapes": {
              "A": {"type": "list", "member": {"shape": "Gadget"}}}}
            """),
        Arguments.of(
            "C2J map value",
            """
            {"metadata": {}, "shapes": {
              "s": {"type": "string"},
              "A": {"type": "map", "key": {"shape": "s"}, "value": {"shape": "Gadget"}}}}
            """),
        Arguments.of(
            "C2J operation output",
            """
            {"metadata": {}, "operations": {"Op": {"output": {"shape": "Gadget"}}},
             "shapes": {}}
            """),
        Arguments.of(
            "Smithy structure member",
            """
            {"smithy": "2.0", "shapes": {
              "ex#A": {"type": "structure", "members": {"B": {"target": "ex#Gadget"}}}}}
            """),
        Arguments.of(
            "Smithy operation input",
            """
            {"smithy": "2.0", "shapes": {
              "ex#Op": {"type": "operation", "input": {"target": "ex#Gadget"}}}}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void danglingReferenceFailsNamingTheShape(String where, String json) {
    assertThatThrownBy(() -> read(json, where))
        .isInstanceOf(ModelException.class)
        .hasMessage("shape Gadget is referenced but not defined");
  }

  @Test
  void unknownShapeTypeFailsNamingShapeAndType() {
    assertThatThrownBy(
            () -> read("{\"metadata\":{},\"shapes\":{\"Blob\":{\"type\":\"blob\"}}}", "c2j"))
        .isInstanceOf(ModelException.class)
        .hasMessage("shape Blob has a type the reader does not know: blob");
  }

  // ------------------------------------------------------------------ the pinned model

  @Test
  void pinnedModelHasTheExpectedCounts() {
    ShapeModel pinned = ModelReader.readPinned();

    assertThat(pinned.serviceId()).isEqualTo("MediaConvert");
    assertThat(pinned.apiVersion()).isEqualTo("2017-08-29");
    assertThat(pinned.shapes()).hasSize(880);
    assertThat(pinned.structures()).hasSize(246);
    assertThat(pinned.enums()).hasSize(421);
    assertThat(pinned.operations()).hasSize(29);
    assertThat(pinned.operations().get("CreateJob"))
        .extracting(Operation::input, Operation::output)
        .containsExactly("CreateJobRequest", "CreateJobResponse");
  }

  // ------------------------------------------------------------------ expectations and helpers

  /**
   * The shapes both Widgets files describe, in name order. Only Smithy states the range of {@code
   * Priority} on the member; {@code memberConstraints} says whether to expect it.
   */
  static Map<String, Shape> expectedShapes(boolean memberConstraints) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    add(
        shapes,
        new Shape.Structure(
            "BadRequestException",
            "The request is not valid.",
            List.of(member("Message", "message", "__string", "", false)),
            true));
    add(
        shapes,
        new Shape.Structure(
            "CreateWidgetRequest",
            "",
            List.of(
                member("Id", "id", "__string", "The widget's id.", true),
                member("Widget", "widget", "Widget", "", true),
                new Member(
                    "Priority",
                    "priority",
                    "__integer",
                    "How urgent the widget is.",
                    false,
                    memberConstraints ? range(1, 10) : Constraints.NONE)),
            false));
    add(
        shapes,
        new Shape.Structure(
            "CreateWidgetResponse",
            "",
            List.of(member("Widget", "widget", "Widget", "", false)),
            false));
    add(
        shapes,
        new Shape.Structure(
            "DeleteWidgetRequest",
            "",
            List.of(member("Id", "id", "__string", "The widget's id.", true)),
            false));
    add(
        shapes,
        new Shape.Structure(
            "Widget",
            "A widget.",
            List.of(
                member("Name", "name", "WidgetName", "The widget's name.", true),
                member("Level", "level", "__integerMin0Max7", "", false),
                member("Ratio", "ratio", "__double", "", false),
                member("CreatedAt", "createdAt", "__timestampIso8601", "", false),
                member("Color", "color", "WidgetColor", "", false),
                member("Colors", "colors", "__listOfWidgetColor", "", false),
                member("Tags", "tags", "__mapOf__string", "", false)),
            false));
    add(
        shapes,
        new Shape.Enum(
            "WidgetColor", "The colour of a widget.", List.of("RED", "GREEN", "blue-green")));
    add(
        shapes,
        new Shape.Simple(
            "WidgetName",
            "The name of a widget.",
            SimpleKind.STRING,
            new Constraints(decimal(1), decimal(64), "^[a-z][a-z0-9-]*$")));
    add(shapes, simple("__double", SimpleKind.DOUBLE, Constraints.NONE));
    add(shapes, simple("__integer", SimpleKind.INTEGER, Constraints.NONE));
    add(shapes, simple("__integerMin0Max7", SimpleKind.INTEGER, range(0, 7)));
    add(shapes, new Shape.ListOf("__listOfWidgetColor", "", "WidgetColor", range(1, 3)));
    add(shapes, new Shape.MapOf("__mapOf__string", "", "__string", "__string", Constraints.NONE));
    add(shapes, simple("__string", SimpleKind.STRING, Constraints.NONE));
    add(shapes, simple("__timestampIso8601", SimpleKind.TIMESTAMP, Constraints.NONE));
    return shapes;
  }

  private static void add(Map<String, Shape> shapes, Shape shape) {
    shapes.put(shape.name(), shape);
  }

  private static Member member(
      String name, String jsonName, String target, String doc, boolean required) {
    return new Member(name, jsonName, target, doc, required, Constraints.NONE);
  }

  private static Shape.Simple simple(String name, SimpleKind kind, Constraints constraints) {
    return new Shape.Simple(name, "", kind, constraints);
  }

  private static Constraints range(long min, long max) {
    return new Constraints(decimal(min), decimal(max), null);
  }

  private static BigDecimal decimal(long value) {
    return BigDecimal.valueOf(value);
  }

  /** The model with every member's own constraints dropped, as C2J would read it. */
  private static ShapeModel withoutMemberConstraints(ShapeModel model) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    model
        .shapes()
        .forEach(
            (name, shape) ->
                shapes.put(
                    name,
                    shape instanceof Shape.Structure s
                        ? new Shape.Structure(
                            s.name(),
                            s.documentation(),
                            s.members().stream()
                                .map(
                                    m ->
                                        new Member(
                                            m.name(),
                                            m.jsonName(),
                                            m.target(),
                                            m.documentation(),
                                            m.required(),
                                            Constraints.NONE))
                                .toList(),
                            s.exception())
                        : shape));
    return new ShapeModel(
        model.serviceId(), model.apiVersion(), model.documentation(), shapes, model.operations());
  }

  private static Shape.Structure structure(ShapeModel model, String name) {
    return (Shape.Structure) model.shape(name);
  }

  private static ShapeModel read(String json, String origin) {
    return ModelReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), origin);
  }

  private static byte[] resourceBytes(String resource) throws IOException {
    try (InputStream in = ModelReaderTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
