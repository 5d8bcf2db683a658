package io.mctrail.testkit.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.schema.McTrailSchemas;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.mediaconvert.MediaConvertGenerators;
import io.mctrail.testkit.mutation.DefectiveEvent;
import io.mctrail.testkit.mutation.Mutation;
import io.mctrail.testkit.mutation.Mutations;
import io.mctrail.testkit.property.PropertyCheck;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement: the JSON Schema (networknt) and Bean Validation (Hibernate Validator on the generated
 * annotations), both generated from the one shape model, give the same verdict on every generated
 * value (valid, for both) and on every value a mutation puts out of the model's constraints
 * (invalid, for both).
 */
class AgreementProperty {

  private static final Validator BEANS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** The mutations that put a value out of the model's constraints, as the typed model reads. */
  private static final Set<String> OUT_OF_CONSTRAINTS =
      Set.of(
          "constraints.required",
          "constraints.range",
          "constraints.size",
          "constraints.pattern",
          "constraints.enum");

  /** A structure shape's name and a generated value of it. */
  record Sample(String shape, Structure value) {
    @Override
    public String toString() {
      return shape + " " + CloudTrailJson.pretty(CloudTrailJson.tree(value));
    }
  }

  @Test
  void everyGeneratedValueOfEveryStructureIsValidForBoth() {
    List<String> structures =
        MediaConvertShapes.ALL.values().stream()
            .filter(t -> t.kind() == ValueType.Kind.STRUCTURE)
            .map(ValueType::shapeName)
            .toList();
    MediaConvertGenerators generators = MediaConvertGenerators.standard();
    Gen<Sample> samples =
        Gen.elements(structures)
            .flatMap(
                shape ->
                    generators.byShapeName().get(shape).map(v -> new Sample(shape, (Structure) v)));
    PropertyCheck.forAll("agreement on generated values", samples)
        .cases(800)
        .check(
            sample -> {
              List<Error> schema =
                  McTrailSchemas.shared()
                      .shape(sample.shape())
                      .validate(CloudTrailJson.tree(sample.value()));
              Set<ConstraintViolation<Structure>> beans = BEANS.validate(sample.value());
              verdicts("a generated " + sample.shape(), schema, beans, true);
            });
  }

  @Test
  void everyConsistentEventIsValidForBoth() {
    PropertyCheck.forAll("agreement on consistent events", CloudTrailEvents.any())
        .cases(300)
        .check(
            event -> {
              List<Error> schema =
                  McTrailSchemas.shared()
                      .forOperation(event.operation())
                      .orElseThrow()
                      .validate(event.json());
              Set<ConstraintViolation<CloudTrailEvent>> beans = BEANS.validate(event.typed());
              verdicts("a consistent " + event.operation(), schema, beans, true);
            });
  }

  static Stream<Mutation> outOfConstraints() {
    return Mutations.all().stream().filter(m -> OUT_OF_CONSTRAINTS.contains(m.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfConstraints")
  void everyValueOutOfTheModelsConstraintsIsInvalidForBoth(Mutation mutation) {
    PropertyCheck.forAll("agreement on " + mutation.name(), mutation.defects())
        .cases(60)
        .check(
            defect -> {
              JsonNode json = defect.json();
              String operation = json.path("eventName").asText();
              List<Error> schema =
                  McTrailSchemas.shared().forOperation(operation).orElseThrow().validate(json);
              Set<ConstraintViolation<CloudTrailEvent>> beans =
                  BEANS.validate(CloudTrailJson.typed(json, CloudTrailEvent.class));
              verdicts(describe(defect), schema, beans, false);
            });
  }

  private static String describe(DefectiveEvent defect) {
    return defect.mutation() + " (" + defect.description() + ")";
  }

  private static void verdicts(
      String what, List<Error> schema, Set<? extends ConstraintViolation<?>> beans, boolean valid) {
    boolean schemaValid = schema.isEmpty();
    boolean beansValid = beans.isEmpty();
    if (schemaValid != beansValid || schemaValid != valid) {
      throw new AssertionError(
          what
              + ": the JSON Schema says "
              + (schemaValid ? "valid" : "invalid")
              + ", Bean Validation says "
              + (beansValid ? "valid" : "invalid")
              + ", expected both "
              + (valid ? "valid" : "invalid")
              + "\nschema: "
              + schema.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList()
              + "\nbeans: "
              + beans.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
    }
  }
}
