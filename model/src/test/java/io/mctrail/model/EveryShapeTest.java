package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.mctrail.codegen.read.ModelReader;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.ModelEnum;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.schema.McTrailSchemas;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No shape of the model the build read (the pinned model, or the file {@code -Dmctrail.model}
 * names) is skipped, and every structure reads and writes itself.
 */
class EveryShapeTest {

  /** The model the build generated the classes from, read again by the generator's reader. */
  private static final ModelReader.Loaded BUILT = ModelReader.load(MediaConvertModelInfo.path());

  private static final ShapeModel MODEL = BUILT.model();
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void theModelInfoNamesTheModelTheClassesAndSchemasWereGeneratedFrom() {
    assertThat(BUILT.source().sha256())
        .as("the model file %s changed since the build", BUILT.source().description())
        .isEqualTo(MediaConvertModelInfo.sha256());
    assertThat(BUILT.source().pinned()).isEqualTo(MediaConvertModelInfo.pinned());
    assertThat(BUILT.source().description()).isEqualTo(MediaConvertModelInfo.description());
    assertThat(BUILT.source().format().name()).isEqualTo(MediaConvertModelInfo.format());
    assertThat(MODEL.apiVersion()).isEqualTo(MediaConvertModelInfo.apiVersion());
    JsonNode schemasModel = McTrailSchemas.shared().document("operations.json").get("model");
    assertThat(schemasModel.get("sha256").asText()).isEqualTo(MediaConvertModelInfo.sha256());
    if (MediaConvertModelInfo.pinned()) {
      assertThat(MediaConvertModelInfo.path()).isEmpty();
      assertThat(MediaConvertModelInfo.format()).isEqualTo("C2J");
      assertThat(MediaConvertModelInfo.description())
          .startsWith(ModelReader.PINNED_MODEL_ARTIFACT + ":");
    } else {
      assertThat(java.nio.file.Path.of(MediaConvertModelInfo.path())).isAbsolute();
    }
  }

  @Test
  void everyShapeHasAValueType() {
    assertThat(MediaConvertShapes.ALL.keySet())
        .containsExactlyInAnyOrderElementsOf(MODEL.shapes().keySet());
    if (MediaConvertModelInfo.pinned()) {
      assertThat(MediaConvertShapes.ALL).as("shapes of the pinned model").hasSize(880);
    }
  }

  @Test
  void everyStructureAndEnumHasAGeneratedType() throws Exception {
    for (Shape shape : MODEL.shapes().values()) {
      if (shape instanceof Shape.Structure s) {
        Class<?> type = Class.forName("io.mctrail.model.mediaconvert." + s.name());
        assertThat(Structure.class).isAssignableFrom(type);
        StructureDescriptor<?> d = (StructureDescriptor<?>) type.getField("DESCRIPTOR").get(null);
        assertThat(d.members())
            .extracting(m -> m.jsonName())
            .containsExactlyElementsOf(s.members().stream().map(m -> m.jsonName()).toList());
        assertThat(d.members().stream().filter(m -> m.required()).map(m -> m.name()))
            .containsExactlyInAnyOrderElementsOf(
                s.members().stream().filter(m -> m.required()).map(m -> m.name()).toList());
      } else if (shape instanceof Shape.Enum e) {
        Class<?> type = Class.forName("io.mctrail.model.mediaconvert." + e.name());
        assertThat(ModelEnum.class).isAssignableFrom(type);
        assertThat(type.getField("WIRE_VALUES").get(null)).isEqualTo(e.values());
      } else {
        assertThat(MediaConvertShapes.ALL.get(shape.name())).as(shape.name()).isNotNull();
      }
    }
    assertThat(MediaConvertOperations.ALL.keySet())
        .containsExactlyInAnyOrderElementsOf(MODEL.operations().keySet());
    if (MediaConvertModelInfo.pinned()) {
      assertThat(MediaConvertOperations.ALL).as("operations of the pinned model").hasSize(29);
    }
  }

  static Stream<String> structures() {
    return MediaConvertShapes.ALL.values().stream()
        .filter(t -> t.kind() == ValueType.Kind.STRUCTURE)
        .map(ValueType::shapeName);
  }

  @ParameterizedTest
  @MethodSource("structures")
  void aPopulatedInstanceMatchesItsSchemaAndReadsBackEqual(String shapeName) throws Exception {
    StructureDescriptor<?> descriptor = MediaConvertShapes.ALL.get(shapeName).structure();
    Structure instance =
        new ShapePopulator(new SplittableRandom(shapeName.hashCode()), 2).populate(descriptor);
    JsonNode json = Events.MAPPER.valueToTree(instance);
    List<Error> errors = McTrailSchemas.shared().shape(shapeName).validate(json);
    assertThat(errors).as("%s%n%s", shapeName, json).isEmpty();
    assertThat(validator.validate(instance)).as("%s%n%s", shapeName, json).isEmpty();
    assertThat(Events.MAPPER.treeToValue(json, descriptor.type())).isEqualTo(instance);
  }
}
