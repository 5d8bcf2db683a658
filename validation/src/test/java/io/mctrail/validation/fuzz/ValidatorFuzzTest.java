package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mctrail.validation.Location;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import java.util.List;

/**
 * Fuzzes {@link Validator#validate(byte[])} with arbitrary bytes, starting from the real-looking
 * events in {@code ValidatorFuzzTestInputs/validatesAnyBytes} (every operation family, every output
 * group type, redacted and failed calls, other services, secrets in clear). The property: no
 * exception escapes, every result is a report ({@link FuzzProperties#assertIsReport}), and {@link
 * Validator#locate} places every finding inside the record.
 *
 * <p>The default build replays the inputs (seeds and the regression inputs of crashes found) in a
 * fraction of a second. To fuzz, coverage-guided over mctrail's and Jackson's classes (see {@code
 * junit-platform.properties}), for a bounded time per target:
 *
 * <pre>{@code
 * ./mvnw -pl validation -am verify -Pfuzz -Dtest=ValidatorFuzzTest -Dfuzz.seconds=120 \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * Without {@code -Dtest}, {@code -Pfuzz} fuzzes every target in turn, after the tests. A crash is
 * written beside the seeds as a {@code crash-*} file, replayed by every build from then on.
 */
class ValidatorFuzzTest {

  private static final Validator VALIDATOR = Validator.create();

  @FuzzTest(maxDuration = "60s")
  void validatesAnyBytes(byte[] input) {
    ValidationResult result = VALIDATOR.validate(input);
    FuzzProperties.assertIsReport(result);
    List<Location> places = VALIDATOR.locate(input, result.findings(), Location.START);
    if (places.size() != result.findings().size()) {
      throw new AssertionError(places.size() + " places for " + result.findings().size());
    }
    for (Location place : places) {
      if (place.offset() > input.length) {
        throw new AssertionError(place + " is beyond the record's " + input.length + " bytes");
      }
    }
  }
}
