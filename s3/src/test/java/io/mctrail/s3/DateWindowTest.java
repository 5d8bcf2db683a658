package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

  @Test
  void datesCoverTheirWholeUtcDays() {
    DateWindow window = DateWindow.parse("2026-11-30", "2026-11-30");

    assertThat(window.contains(Instant.parse("2026-11-30T00:00:00Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2026-11-30T23:59:59.999Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2026-11-29T23:59:59Z"))).isFalse();
    assertThat(window.contains(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
  }

  @Test
  void instantsAreInclusiveBoundsAndMayCarryAnOffset() {
    DateWindow window = DateWindow.parse("2026-11-30T11:15+01:00", "2026-11-30T10:45:00Z");

    assertThat(window.since()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
    assertThat(window.contains(Instant.parse("2026-11-30T10:15:00Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2026-11-30T10:45:00Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2026-11-30T10:46:00Z"))).isFalse();
  }

  @Test
  void eitherBoundMayBeOpen() {
    assertThat(DateWindow.parse(null, null).isBounded()).isFalse();
    assertThat(DateWindow.parse("2026-11-30", null).contains(Instant.parse("2099-01-01T00:00:00Z")))
        .isTrue();
    assertThat(DateWindow.parse(null, "2026-11-30").contains(Instant.parse("1999-01-01T00:00:00Z")))
        .isTrue();
  }

  @Test
  void daysOverlapTheWindowWhenAnyMomentOfThemIsInIt() {
    DateWindow window = DateWindow.parse("2026-11-30T23:59Z", "2026-12-01T00:00Z");

    assertThat(window.overlaps(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(window.overlaps(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))).isTrue();
    assertThat(window.overlaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29))).isFalse();
    assertThat(window.overlaps(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void aBoundThatIsNeitherADateNorAnInstantNamesItsOptionAndTheFormsItTakes() {
    assertThatThrownBy(() -> DateWindow.parse("yesterday", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--since \"yesterday\" is neither a date (2026-11-30) nor an instant"
                + " (2026-11-30T10:15:00Z, 2026-11-30T11:15+01:00)");
    assertThatThrownBy(() -> DateWindow.parse(null, "2026-13-01"))
        .hasMessageStartingWith("--until \"2026-13-01\" is neither");
  }

  @Test
  void aWindowThatEndsBeforeItBeginsIsRefused() {
    assertThatThrownBy(() -> DateWindow.parse("2026-12-01", "2026-11-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is after --until");
  }
}
