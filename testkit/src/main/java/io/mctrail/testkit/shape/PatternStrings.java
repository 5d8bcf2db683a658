package io.mctrail.testkit.shape;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import com.github.curiousoddman.rgxgen.model.RgxGenCharsDefinition;
import com.github.curiousoddman.rgxgen.model.SymbolRange;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.Seeds;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Strings that contain a match of a model pattern (the JSON Schema and Bean Validation reading of
 * {@code pattern}) and have a length within the model's bounds, drawn with rgxgen.
 *
 * <p>rgxgen draws from the pattern, so most draws are valid at once; a draw outside the length
 * bounds or not {@link SafeText safe} is drawn again a few times, then replaced by a valid string
 * found once, when the generator is made, by trying fixed seeds in order. Nothing loops for ever: a
 * pattern for which no valid string is found is reported when the generator is made.
 */
final class PatternStrings {

  /** Draws before falling back. */
  private static final int ATTEMPTS = 12;

  /** Seeds tried, in order, for the fallback. */
  private static final int FALLBACK_SEEDS = 4000;

  private PatternStrings() {}

  /**
   * A generator of strings for {@code pattern} of {@code minLength} to {@code maxLength} characters
   * ({@code maxLength} may be {@link Integer#MAX_VALUE}).
   *
   * @param shapeName the shape the pattern belongs to, for the message of a pattern that cannot be
   *     satisfied
   * @throws IllegalStateException when no valid string is found for the pattern
   */
  static Gen<String> of(String shapeName, String pattern, int minLength, int maxLength) {
    RgxGenProperties properties = new RgxGenProperties();
    // An unbounded repetition (*, +) repeats at most this often: values stay small, and a pattern
    // with a least length can still reach it.
    RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, Math.max(6, minLength));
    // "." stands for any character; letters and digits keep the values readable and safe.
    RgxGenOption.DOT_MATCHES_ONLY.setInProperties(
        properties,
        RgxGenCharsDefinition.of(
            SymbolRange.range('a', 'z'), SymbolRange.range('A', 'Z'), SymbolRange.range('0', '9')));
    RgxGen rgxgen = RgxGen.parse(properties, pattern);
    Pattern compiled = Pattern.compile(pattern);
    String fallback = null;
    for (int seed = 0; seed < FALLBACK_SEEDS && fallback == null; seed++) {
      String candidate = rgxgen.generate(Draws.monotone(Seeds.random(seed)));
      if (isValid(candidate, compiled, minLength, maxLength)) {
        fallback = candidate;
      }
    }
    if (fallback == null) {
      throw new IllegalStateException(
          "no string of "
              + minLength
              + " to "
              + maxLength
              + " characters found for the pattern of "
              + shapeName
              + ": "
              + pattern);
    }
    String orElse = fallback;
    return (RandomGenerator random) -> {
      for (int i = 0; i < ATTEMPTS; i++) {
        String s = rgxgen.generate(Draws.monotone(random));
        if (isValid(s, compiled, minLength, maxLength)) {
          return s;
        }
      }
      return orElse;
    };
  }

  private static boolean isValid(String s, Pattern pattern, int minLength, int maxLength) {
    return s.length() >= minLength
        && s.length() <= maxLength
        && pattern.matcher(s).find()
        && SafeText.isSafe(s);
  }
}
