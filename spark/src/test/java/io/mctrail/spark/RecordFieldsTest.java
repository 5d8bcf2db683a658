package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  private static RecordFields of(String json) {
    return RecordFields.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTopLevelMembersAreReadAndNestedOnesNot() {
    RecordFields f =
        of(
            "{\"userIdentity\":{\"awsRegion\":\"x\",\"eventTime\":\"y\"},"
                + "\"eventTime\":\"2026-11-30T10:15:00Z\",\"awsRegion\":\"eu-west-1\","
                + "\"recipientAccountId\":\"111122223333\"}");

    assertThat(f).isEqualTo(new RecordFields("2026-11-30T10:15:00Z", "111122223333", "eu-west-1"));
    assertThat(f.eventDay()).isEqualTo("2026-11-30");
  }

  @Test
  void aBrokenRecordGivesWhatComesBeforeTheBreak() {
    RecordFields f = of("{\"awsRegion\":\"eu-west-1\",\"eventTime\":\"2026-11-30T10:");

    assertThat(f).isEqualTo(new RecordFields(null, null, "eu-west-1"));
  }

  @Test
  void anEventTimeThatIsNoDateHasNoDay() {
    assertThat(of("{\"eventTime\":\"2026-13-30T10:15:00Z\"}").eventDay()).isNull();
    assertThat(of("{\"eventTime\":\"yesterday\"}").eventDay()).isNull();
    assertThat(of("{\"eventTime\":1732961700}").eventTime()).isNull();
    assertThat(of("[1,2]")).isEqualTo(RecordFields.NONE);
  }
}
