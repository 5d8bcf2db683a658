package io.mctrail.testkit.properties;

import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.property.PropertyCheck;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Soundness: the default validator reports no error and no warning on a consistent event, whatever
 * its operation, identity, record format, settings, number forms, timestamp forms and redactions.
 */
class SoundnessProperty {

  @Test
  void aConsistentEventOfAnyOperationGetsNoErrorAndNoWarning() {
    PropertyCheck.forAll("soundness", CloudTrailEvents.any())
        .cases(1500)
        .check(SoundnessProperty::noErrorNoWarning);
  }

  static Stream<String> operations() {
    return CloudTrailEvents.operations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aConsistentEventOfEachOperationGetsNoErrorAndNoWarning(String operation) {
    PropertyCheck.forAll("soundness of " + operation, CloudTrailEvents.of(operation))
        .cases(30)
        .check(SoundnessProperty::noErrorNoWarning);
  }

  @Test
  void aFailedCallGetsNoErrorAndNoWarning() {
    PropertyCheck.forAll(
            "soundness of failed calls",
            io.mctrail.testkit.Gen.elements(CloudTrailEvents.operations())
                .flatMap(CloudTrailEvents::failed))
        .cases(100)
        .check(SoundnessProperty::noErrorNoWarning);
  }

  static void noErrorNoWarning(ConsistentEvent event) {
    List<Finding> findings =
        Validators.atLeast(Validators.DEFAULT.validate(event.bytes()).findings(), Severity.WARNING);
    if (!findings.isEmpty()) {
      throw new AssertionError(Validators.describe("a consistent event has findings", findings));
    }
  }
}
