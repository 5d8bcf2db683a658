package io.mctrail.model.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code "Nov 15, 2017 2:57:32 AM"} is read without a formatter where it can be: the instant and
 * the verdict are always those of the formatter {@code MMM d, yyyy h:mm:ss a}.
 */
class TimestampLegacyTextTest {

  private static final DateTimeFormatter LEGACY =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US);

  /** The formatter's instant, or {@code null} when it does not read the text. */
  private static Instant reference(String text) {
    try {
      return LocalDateTime.parse(text, LEGACY).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void readsEveryFormattedInstantAsTheFormatterDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L));
      String text = LEGACY.format(instant.atOffset(ZoneOffset.UTC));
      Timestamp t = Timestamp.fromString(text);
      assertThat(t.instant()).as(text).isEqualTo(instant);
      assertThat(t.form()).isEqualTo(Timestamp.Form.LEGACY_TEXT);
      assertThat(t.text()).isEqualTo(text);
    }
  }

  @Test
  void nearMissesGetTheFormattersVerdict() {
    String[] texts = {
      "Nov 15, 2017 2:57:32 AM",
      "Nov 15, 2017 12:00:00 AM",
      "Nov 15, 2017 12:00:00 PM",
      "Nov 05, 2017 02:57:32 PM",
      "Feb 29, 2016 1:00:00 AM",
      "Feb 29, 2017 1:00:00 AM",
      "Feb 30, 2016 1:00:00 AM",
      "Apr 31, 2016 1:00:00 AM",
      "Nov 0, 2017 2:57:32 AM",
      "Nov 15, 2017 0:57:32 AM",
      "Nov 15, 2017 13:57:32 PM",
      "Nov 15, 2017 2:60:32 AM",
      "Nov 15, 2017 2:57:60 AM",
      "Nov 15, 2017 2:57:32 am",
      "nov 15, 2017 2:57:32 AM",
      "NOV 15, 2017 2:57:32 AM",
      "Nox 15, 2017 2:57:32 AM",
      "anF 15, 2017 2:57:32 AM",
      "Nov 15 2017 2:57:32 AM",
      "Nov 15, 0000 2:57:32 AM",
      "Nov 15, 201 2:57:32 AM",
      "Nov 15, 20170 2:57:32 AM",
      "Nov 15, 2017 2:57:32AM",
      "Nov 15, 2017 2:57 AM",
      "Nov 15, 2017 2:5a:32 AM",
      "Nov 1x, 2017 2:57:32 AM",
      "Nov 115, 2017 2:57:32 AM",
      "Nov 15, 2017 2:57:32 XM",
    };
    for (String text : texts) {
      Instant expected = reference(text);
      if (expected == null) {
        assertThatThrownBy(() -> Timestamp.fromString(text))
            .as(text)
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        Timestamp t = Timestamp.fromString(text);
        assertThat(t.instant()).as(text).isEqualTo(expected);
        assertThat(t.form()).as(text).isEqualTo(Timestamp.Form.LEGACY_TEXT);
      }
    }
  }

  @Test
  void isoTextIsStillReadAsIso() {
    assertThat(Timestamp.fromString("2017-11-15T02:57:32+01:00").instant())
        .isEqualTo(Instant.parse("2017-11-15T01:57:32Z"));
    assertThat(Timestamp.fromString("2017-11-15T02:57:32.5Z").form())
        .isEqualTo(Timestamp.Form.ISO_8601);
  }
}
