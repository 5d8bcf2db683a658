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
}
