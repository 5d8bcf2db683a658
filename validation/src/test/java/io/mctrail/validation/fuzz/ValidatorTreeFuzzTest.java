package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the validator with structured mutations of the seed events ({@link Mutations}), in every
 * profile: no exception escapes, every result is a report, and validating the mutated tree and its
 * JSON text give the same findings. Run as {@link ValidatorFuzzTest} says, with {@code
 * -Dtest=ValidatorTreeFuzzTest}.
 */
class ValidatorTreeFuzzTest {

  private static final Validator[] VALIDATORS = {
    Validator.create(ValidatorConfig.of(Profile.DEFAULT)),
    Validator.create(ValidatorConfig.of(Profile.LENIENT)),
    Validator.create(ValidatorConfig.of(Profile.STRICT))
  };

  @FuzzTest(maxDuration = "60s")
  void validatesMutatedEvents(FuzzedDataProvider data) {
    // The strict profile (networknt and Hibernate Validator) is slow: one time in eight.
    int profile = data.consumeInt(0, 7);
    Validator validator = VALIDATORS[profile == 0 ? 2 : profile % 2];
    ObjectNode event = Mutations.mutatedEvent(data);
    ValidationResult fromTree = validator.validate(event);
    FuzzProperties.assertIsReport(fromTree);
    ValidationResult fromText =
        validator.validate(event.toString().getBytes(StandardCharsets.UTF_8));
    FuzzProperties.assertIsReport(fromText);
    FuzzProperties.check(
        where(fromTree.findings()).equals(where(fromText.findings())),
        "the tree and its text give other findings:\n  "
            + where(fromTree.findings())
            + "\n  "
            + where(fromText.findings()));
  }

  private static List<String> where(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.pointer()).toList();
  }
}
