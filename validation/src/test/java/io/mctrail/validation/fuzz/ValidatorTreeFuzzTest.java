package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Fuzzes the validator with structured mutations of the seed events ({@link Mutations}), in every
 * profile: no exception escapes, every result is a report, and validating the mutated tree and its
 * JSON text give the same findings when the text reads back as the same tree (it does not when the
 * tree holds a number a double cannot: an exact 1E+400 or 1E-400 reads back infinite or zero). Run
 * as {@link ValidatorFuzzTest} says, with {@code -Dtest=ValidatorTreeFuzzTest}.
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
    String text = event.toString();
    ValidationResult fromText = validator.validate(text.getBytes(StandardCharsets.UTF_8));
    FuzzProperties.assertIsReport(fromText);
    if (!sameTree(event, text)) {
      return;
    }
    FuzzProperties.check(
        where(fromTree.findings()).equals(where(fromText.findings())),
        "the tree and its text give other findings:\n  "
            + where(fromTree.findings())
            + "\n  "
            + where(fromText.findings()));
  }

  /** True when {@code text} reads back as {@code tree}, numbers compared by value. */
  private static boolean sameTree(JsonNode tree, String text) {
    try {
      return tree.equals(BY_VALUE, MAPPER.readTree(text));
    } catch (IOException e) {
      return false;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a instanceof NumericNode && b instanceof NumericNode) {
          double x = a.doubleValue();
          double y = b.doubleValue();
          if (!Double.isFinite(x) || !Double.isFinite(y)) {
            // An exact 1E+400 is not the infinite double its text reads back as.
            boolean floats = (a.isDouble() || a.isFloat()) && (b.isDouble() || b.isFloat());
            return floats && Double.compare(x, y) == 0 ? 0 : 1;
          }
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private static List<String> where(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.pointer()).toList();
  }
}
