package io.mctrail.testkit.properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.mutation.Mutation;
import io.mctrail.testkit.mutation.Mutations;
import io.mctrail.testkit.property.PropertyCheck;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two engines of the constraints layer give the same findings: the tree walk of the default
 * profile, which never builds the typed event, and the strict profile's reference, the typed model
 * read by Jackson and checked by Hibernate Validator on the generated annotations. Same rules, same
 * pointers, same messages and values, on consistent events and on the events of every mutation
 * (each puts one defect in, many of them a value the model cannot read or a constraint broken).
 */
class ConstraintEnginesProperty {

  private static final Validator TREE =
      Validator.create(ValidatorConfig.builder().enableOnly("constraints").build());

  private static final Validator HIBERNATE =
      Validator.create(
          ValidatorConfig.builder().profile(Profile.STRICT).enableOnly("constraints").build());

  /** Hibernate Validator reports in no particular order: both sides are compared sorted. */
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::pointer)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  @Test
  void bothEnginesAgreeOnEveryConsistentEvent() {
    PropertyCheck.forAll("constraint engines on consistent events", CloudTrailEvents.any())
        .cases(400)
        .check(event -> agree(event.json()));
  }

  static Stream<Mutation> mutations() {
    return Mutations.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void bothEnginesAgreeOnEveryDefect(Mutation mutation) {
    PropertyCheck.forAll("constraint engines on " + mutation.name(), mutation.defects())
        .cases(25)
        .check(defect -> agree(defect.json()));
  }

  private static void agree(JsonNode event) {
    List<Finding> tree = TREE.validate(event).findings().stream().sorted(ORDER).toList();
    List<Finding> hibernate = HIBERNATE.validate(event).findings().stream().sorted(ORDER).toList();
    if (!tree.equals(hibernate)) {
      throw new AssertionError(
          Validators.describe("the tree walk", tree)
              + "\n"
              + Validators.describe("Hibernate Validator", hibernate));
    }
  }
}
