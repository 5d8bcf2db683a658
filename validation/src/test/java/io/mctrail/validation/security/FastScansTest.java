package io.mctrail.validation.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The security checks scan strings by hand instead of with regular expressions, which cost too much
 * on every string of every record; the regular expressions stay as the reference, and these tests
 * hold the scans to them on many random strings (seeded) and on every member name of the model.
 */
class FastScansTest {

  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9/+]+");

  /** Strings made of the characters the scans look at, so that near misses are frequent. */
  private static String draw(SplittableRandom random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(10) == 0) {
        b.append(random.nextBoolean() ? "AKIA" : "ASIA");
      } else {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return b.toString();
  }

  @Test
  void theAccessKeyIdScanFindsWhatTheRegularExpressionFinds() {
    SplittableRandom random = new SplittableRandom(20261125L);
    int found = 0;
    for (int n = 0; n < 200_000; n++) {
      String text = draw(random, "AKIS0123456789Zxy -/", 48);
      boolean expected = AccessKeyCheck.ACCESS_KEY_ID.matcher(text).find();
      assertThat(AccessKeyCheck.hasAccessKeyId(text)).as("%s", text).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).as("strings holding a key id among those drawn").isGreaterThan(500);
  }

  @Test
  void theSecretKeyScanFindsWhatTheRegularExpressionFinds() {
    SplittableRandom random = new SplittableRandom(7L);
    int found = 0;
    for (int n = 0; n < 100_000; n++) {
      String text = runs(random);
      String expected = reference(text);
      assertThat(AccessKeyCheck.credentialIn(text)).as("%s", text).isEqualTo(expected);
      found += expected != null && expected.contains("secret") ? 1 : 0;
    }
    assertThat(found).as("strings shaped like a secret key among those drawn").isGreaterThan(100);
  }

  private static final String BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+";

  /** Runs of base64 characters around 40 long, some of few characters, between separators. */
  private static String runs(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(1, 4); k > 0; k--) {
      int length = random.nextInt(36, 45);
      String alphabet = random.nextInt(4) == 0 ? "abAB01" : BASE64;
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      b.append(" -.:_\"".charAt(random.nextInt(5)));
    }
    return b.toString();
  }

  /** The scan as it was written with regular expressions. */
  private static String reference(String text) {
    if (text.length() < 20) {
      return null;
    }
    if (AccessKeyCheck.ACCESS_KEY_ID.matcher(text).find()) {
      return "an AWS access key id";
    }
    if (text.length() < 40) {
      return null;
    }
    Matcher m = BASE64_RUN.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() == 40 && AccessKeyCheck.looksRandom(m.group())) {
        return "a string shaped like an AWS secret access key";
      }
    }
    return null;
  }

  @Test
  void noNameTheSecretNamePatternMatchesIsRuledOutByThePrecheck() {
    List<String> names = new ArrayList<>();
    for (ValueType type : MediaConvertShapes.ALL.values()) {
      if (type.kind() == ValueType.Kind.STRUCTURE) {
        for (MemberDescriptor<?> m : type.structure().members()) {
          names.add(m.jsonName());
        }
      }
    }
    SplittableRandom random = new SplittableRandom(11L);
    String[] words = {
      "pass", "Password", "PASSWD", "phrase", "secret", "Secret", "Key", "private", "client",
      "access", "x", "Arn", "Id", "static", "Value", "word", "SS", "ecr"
    };
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(1, 5); k > 0; k--) {
        b.append(words[random.nextInt(words.length)]);
      }
      names.add(b.toString());
    }
    int secret = 0;
    for (String name : names) {
      if (SecretsCheck.SECRET_NAME.matcher(name).matches()
          || SecretsCheck.STATIC_KEY_VALUE.equals(name)) {
        secret++;
        assertThat(SecretsCheck.mayBeSecretName(name)).as(name).isTrue();
      }
    }
    assertThat(secret).isGreaterThan(1000);
  }
}
