package io.mctrail.validation.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::",
        "::1",
        "2001:db8::",
        "2001:DB8:0:0:8:800:200C:417A",
        "fe80::1:2:3:4",
        "::ffff:192.0.2.128",
        "1:2:3:4:5:6:192.0.2.1",
        "1:2:3:4:5:6:7:8"
      })
  void ipv6TextFormsAreAddresses(String text) {
    assertThat(Forms.isIpv6(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ":1",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "1::2:3:4:5:6:7:8",
        "12345::",
        "g::1",
        "::ffff:192.0.2.256",
        "1:2:3:4:5:6:7:192.0.2.1"
      })
  void brokenIpv6TextFormsAreNot(String text) {
    assertThat(Forms.isIpv6(text)).isFalse();
  }

  @Test
  void ipv4OctetsHaveNoLeadingZeros() {
    assertThat(Forms.isIpv4("10.0.0.1")).isTrue();
    assertThat(Forms.isIpv4("10.00.0.1")).isFalse();
    assertThat(Forms.isIpv4("10.0.0.-1")).isFalse();
  }

  @Test
  void versionsAreTwoNumbers() {
    assertThat(Forms.version("1.11")).containsExactly(1, 11);
    assertThat(Forms.version("1.05")).containsExactly(1, 5);
    assertThat(Forms.version("1.1.1")).isNull();
    assertThat(Forms.version("99999999999.1")).isNull();
  }

  @Test
  void arnsSplitIntoSixParts() {
    Arn arn = Arn.parse("arn:aws:mediaconvert:us-west-2:111122223333:queues/Default");
    assertThat(arn)
        .isEqualTo(new Arn("aws", "mediaconvert", "us-west-2", "111122223333", "queues/Default"));
    assertThat(arn.isMediaConvert()).isTrue();
    assertThat(Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess").hasAccountId()).isFalse();
    assertThat(Arn.parse("arn:aws:s3:::bucket/key:with:colons").resource())
        .isEqualTo("bucket/key:with:colons");
    assertThat(Arn.parse("arn:aws:iam")).isNull();
    assertThat(Arn.parse("queues/Default")).isNull();
  }

  @Test
  void theAccountIdScanAgreesWithItsRegularExpression() {
    SplittableRandom random = new SplittableRandom(12L);
    String alphabet = "0123456789a \u0663"; // with an Arabic-Indic digit, which \\d does not take
    int accounts = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10, 15);
      for (int i = 0; i < length; i++) {
        b.append(
            random.nextInt(20) == 0
                ? alphabet.charAt(random.nextInt(10, 13))
                : alphabet.charAt(random.nextInt(10)));
      }
      String text = b.toString();
      boolean expected = Forms.ACCOUNT_ID.matcher(text).matches();
      assertThat(Forms.isAccountId(text)).as(text).isEqualTo(expected);
      accounts += expected ? 1 : 0;
    }
    assertThat(accounts).isGreaterThan(1000);
  }

  @Test
  void theGuidScanAgreesWithItsRegularExpression() {
    SplittableRandom random = new SplittableRandom(13L);
    String alphabet = "0123456789abcdefABCDEF-g \u0663";
    int guids = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(20) == 0 ? random.nextInt(34, 39) : 36;
      for (int i = 0; i < length; i++) {
        boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        b.append(
            random.nextInt(60) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : hyphen ? '-' : alphabet.charAt(random.nextInt(22)));
      }
      String text = b.toString();
      boolean expected = Forms.UUID.matcher(text).matches();
      assertThat(Forms.isUuid(text)).as(text).isEqualTo(expected);
      guids += expected ? 1 : 0;
    }
    assertThat(guids).isGreaterThan(10_000);
    assertThat(Forms.isUuid(null)).isFalse();
  }

  /** What isIsoUtc is defined as: the regular expression, then a time Instant.parse reads. */
  private static boolean isoUtcReference(String text) {
    if (!Forms.ISO_UTC.matcher(text).matches()) {
      return false;
    }
    try {
      java.time.Instant.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  @Test
  void theIsoUtcScanAgreesWithTheRegularExpressionAndInstantParse() {
    SplittableRandom random = new SplittableRandom(14L);
    String noise = "0123456789-:TZ.a \u0663";
    int times = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%04d", random.nextInt(10_000)));
      b.append('-').append(String.format("%02d", random.nextInt(15)));
      b.append('-').append(String.format("%02d", random.nextInt(33)));
      b.append('T').append(String.format("%02d", random.nextInt(26)));
      b.append(':').append(String.format("%02d", random.nextInt(62)));
      b.append(':').append(String.format("%02d", random.nextInt(62)));
      int fraction = random.nextInt(4) == 0 ? random.nextInt(11) : 0;
      if (fraction > 0 || random.nextInt(50) == 0) {
        b.append('.');
      }
      for (int i = 0; i < fraction; i++) {
        b.append((char) ('0' + random.nextInt(10)));
      }
      b.append('Z');
      if (random.nextInt(10) == 0) {
        b.setCharAt(random.nextInt(b.length()), noise.charAt(random.nextInt(noise.length())));
      }
      String text = b.toString();
      boolean expected = isoUtcReference(text);
      assertThat(Forms.isIsoUtc(text)).as(text).isEqualTo(expected);
      times += expected ? 1 : 0;
    }
    assertThat(times).isGreaterThan(10_000);
    assertThat(Forms.isIsoUtc("2017-11-15T23:59:60Z"))
        .isEqualTo(isoUtcReference("2017-11-15T23:59:60Z"));
    assertThat(Forms.isIsoUtc("2017-11-15T24:00:00Z"))
        .isEqualTo(isoUtcReference("2017-11-15T24:00:00Z"));
  }
}
