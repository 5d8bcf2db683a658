package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mctrail.validation.Validator;

/**
 * Fuzzes {@link Validator#validate(byte[])} with arbitrary bytes, starting from the real-looking
 * events in {@code ValidatorFuzzTestInputs/validatesAnyBytes} (every operation family, every output
 * group type, redacted and failed calls, other services, secrets in clear). The property: no
 * exception escapes and every result is a report ({@link FuzzProperties#assertIsReport}).
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
    FuzzProperties.assertIsReport(VALIDATOR.validate(input));
  }
}
