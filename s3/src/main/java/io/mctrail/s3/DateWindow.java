package io.mctrail.s3;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time window of {@code --since} and {@code --until}: which of CloudTrail's log files to list,
 * by the UTC time CloudTrail wrote each (its day folder {@code YYYY/MM/DD/} and the {@code
 * YYYYMMDDTHHmmZ} in its name). Records are not filtered by their {@code eventTime}: a file written
 * just after {@code until} can hold records of the minutes before it.
 *
 * <p>A bound is a date ({@code 2026-11-30}: from the start of that UTC day for {@code since},
 * through its end for {@code until}) or an instant ({@code 2026-11-30T10:15:00Z}, or with an
 * offset, {@code 2026-11-30T11:15+01:00}). Both bounds are inclusive; either may be open.
 *
 * @param since the earliest time, or null for no lower bound
 * @param until the latest time, or null for no upper bound
 */
public record DateWindow(Instant since, Instant until) {

  /** No window: every file. */
  public static final DateWindow ALL = new DateWindow(null, null);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when {@code since} is after {@code until}
   */
  public DateWindow {
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException(
          "--since (" + since + ") is after --until (" + until + "): no file can be in between");
    }
  }

  /**
   * The window of two bounds as written on the command line, either of them null.
   *
   * @throws IllegalArgumentException naming the option and the forms it takes, for a bound that is
   *     neither a date nor an instant, or when {@code since} is after {@code until}
   */
  public static DateWindow parse(String since, String until) {
    return new DateWindow(bound("--since", since, false), bound("--until", until, true));
  }

  private static Instant bound(String option, String text, boolean end) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.length() == 10) {
        LocalDate day = LocalDate.parse(t);
        return end ? dayEnd(day) : dayStart(day);
      }
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " \""
              + text
              + "\" is neither a date (2026-11-30) nor an instant (2026-11-30T10:15:00Z,"
              + " 2026-11-30T11:15+01:00)",
          e);
    }
  }

  /** Whether this window has a bound at all. */
  public boolean isBounded() {
    return since != null || until != null;
  }

  /** Whether {@code time} is in the window. */
  public boolean contains(Instant time) {
    return (since == null || !time.isBefore(since)) && (until == null || !time.isAfter(until));
  }

  /**
   * Whether any time of the UTC days {@code first} to {@code last} (inclusive) is in the window.
   */
  boolean overlaps(LocalDate first, LocalDate last) {
    return (since == null || !dayEnd(last).isBefore(since))
        && (until == null || !dayStart(first).isAfter(until));
  }

  /** The window's first UTC day, or null when it has no lower bound. */
  LocalDate firstDay() {
    return since == null ? null : LocalDate.ofInstant(since, ZoneOffset.UTC);
  }

  /** The window's last UTC day: that of {@code until}, or of {@code now} when it has none. */
  LocalDate lastDay(Instant now) {
    return LocalDate.ofInstant(until == null ? now : until, ZoneOffset.UTC);
  }

  private static Instant dayStart(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Instant dayEnd(LocalDate day) {
    return dayStart(day.plusDays(1)).minusNanos(1);
  }
}
