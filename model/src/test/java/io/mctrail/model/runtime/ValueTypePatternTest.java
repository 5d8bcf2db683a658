package io.mctrail.model.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypePatternTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^s3:\\/\\/",
        "^a$|^b$",
        "^(a|b)c",
        "^[|]x",
        "^[]|]x",
        "^[^]|]x",
        "^[a[|]]x",
        "^a\\|b",
        "^((s3://(.*?)\\.(xml|XML))|(https?://(.*?)\\.(xml|XML)))$"
      })
  void aPatternAnchoredOnEveryBranchIsAnchored(String regex) {
    assertThat(ValueType.isAnchored(regex)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3", "^a|b", "(^a)|^b", "^a|", "(?i)^a", "^[a|b", "^a)|b", ".*^a"})
  void aPatternThatMayMatchLaterIsNotAnchored(String regex) {
    assertThat(ValueType.isAnchored(regex)).isFalse();
  }

  /**
   * For every pattern of the model, on strings that match it, strings that match after a prefix,
   * strings cut short or extended, and random text: the verdict of {@code find()}.
   */
  @Test
  void matchesPatternGivesTheVerdictOfFindForEveryPatternOfTheModel() {
    SplittableRandom random = new SplittableRandom(7);
    int patterns = 0;
    for (ValueType type : MediaConvertShapes.ALL.values()) {
      if (type.pattern() == null) {
        continue;
      }
      patterns++;
      Pattern pattern = Pattern.compile(type.pattern());
      RgxGen gen = RgxGen.parse(type.pattern());
      for (String s : probes(gen, random)) {
        assertThat(type.matchesPattern(s))
            .as("%s on %s", type.pattern(), s)
            .isEqualTo(pattern.matcher(s).find());
      }
    }
    assertThat(patterns).isGreaterThan(30);
  }

  private static List<String> probes(RgxGen gen, SplittableRandom random) {
    List<String> out = new ArrayList<>(List.of("", " ", "x", "s3://", "https://"));
    for (int i = 0; i < 20; i++) {
      String match = gen.generate(new Random(random.nextLong()));
      out.add(match);
      out.add("x" + match);
      out.add(" " + match);
      out.add(match + "x");
      out.add(match.substring(0, match.length() / 2));
      out.add(match + "\n" + match);
      StringBuilder noise = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        noise.append((char) (' ' + random.nextInt(95)));
      }
      out.add(noise.toString());
    }
    return out;
  }
}
