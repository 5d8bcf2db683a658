package io.mctrail.model.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A point in time as CloudTrail wrote it. CloudTrail writes the same model timestamp in several
 * forms (epoch seconds or millis, as a number or a numeric string, ISO-8601, or {@code "Nov 15,
 * 2017 2:57:32 AM"}); a {@code Timestamp} gives the {@link Instant} and remembers the form and the
 * exact text, so that writing it back gives what was read.
 */
public final class Timestamp {

  /** Epoch values at or above this are taken as milliseconds (in seconds it is the year 5138). */
  static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private static final DateTimeFormatter LEGACY =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US);

  /** The form a timestamp was written in. */
  public enum Form {
    /** A JSON number of seconds since the epoch, possibly with a fraction. */
    EPOCH_SECONDS,
    /** A JSON number of milliseconds since the epoch. */
    EPOCH_MILLIS,
    /** A JSON string holding epoch seconds. */
    EPOCH_SECONDS_STRING,
    /** A JSON string holding epoch milliseconds. */
    EPOCH_MILLIS_STRING,
    /** A JSON string in ISO-8601 with an offset or {@code Z}. */
    ISO_8601,
    /** A JSON string like {@code "Nov 15, 2017 2:57:32 AM"} (UTC). */
    LEGACY_TEXT;

    /** True for the forms written as a JSON string. */
    public boolean isString() {
      return this != EPOCH_SECONDS && this != EPOCH_MILLIS;
    }
  }

  private final Instant instant;
  private final Form form;
  private final String text;

  private Timestamp(Instant instant, Form form, String text) {
    this.instant = instant;
    this.form = form;
    this.text = text;
  }

  /** A timestamp written in {@code form}; its text is made from the instant. */
  public static Timestamp of(Instant instant, Form form) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(form, "form");
    String text =
        switch (form) {
          case EPOCH_SECONDS, EPOCH_SECONDS_STRING -> epochSecondsText(instant);
          case EPOCH_MILLIS, EPOCH_MILLIS_STRING -> Long.toString(instant.toEpochMilli());
          case ISO_8601 -> DateTimeFormatter.ISO_INSTANT.format(instant);
          case LEGACY_TEXT -> LEGACY.format(instant.atOffset(ZoneOffset.UTC));
        };
    return new Timestamp(instant, form, text);
  }

  /** A timestamp in ISO-8601, the form of {@code eventTime}. */
  public static Timestamp iso(Instant instant) {
    return of(instant, Form.ISO_8601);
  }

  /**
   * Reads the text of a JSON number: epoch seconds, or epoch millis when it is at least {@value
   * #MILLIS_THRESHOLD}.
   *
   * @throws IllegalArgumentException when the text is not a number
   */
  public static Timestamp fromNumber(String numberText) {
    Long integral = integral(numberText);
    if (integral != null) {
      return fromEpoch(integral, numberText, false);
    }
    BigDecimal value = parseDecimal(numberText);
    boolean millis = value.abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0;
    return new Timestamp(
        fromEpoch(value, millis), millis ? Form.EPOCH_MILLIS : Form.EPOCH_SECONDS, numberText);
  }

  /**
   * Reads the text of a JSON string in any of the string forms.
   *
   * @throws IllegalArgumentException when the text is in none of them
   */
  public static Timestamp fromString(String text) {
    Objects.requireNonNull(text, "text");
    Long integral = integral(text);
    if (integral != null) {
      return fromEpoch(integral, text, true);
    }
    if (!text.isEmpty() && isNumeric(text)) {
      BigDecimal value = parseDecimal(text);
      boolean millis = value.abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0;
      return new Timestamp(
          fromEpoch(value, millis),
          millis ? Form.EPOCH_MILLIS_STRING : Form.EPOCH_SECONDS_STRING,
          text);
    }
    Instant utc = plainIsoUtc(text);
    if (utc != null) {
      return new Timestamp(utc, Form.ISO_8601, text);
    }
    Instant legacy = plainLegacy(text);
    if (legacy != null) {
      return new Timestamp(legacy, Form.LEGACY_TEXT, text);
    }
    try {
      // ISO-8601 starts with a digit or a sign: a month's name is not tried as ISO (and thrown)
      if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
        return new Timestamp(OffsetDateTime.parse(text).toInstant(), Form.ISO_8601, text);
      }
      throw new DateTimeParseException("not ISO-8601", text, 0);
    } catch (DateTimeParseException notIso) {
      try {
        return new Timestamp(
            LocalDateTime.parse(text, LEGACY).toInstant(ZoneOffset.UTC), Form.LEGACY_TEXT, text);
      } catch (DateTimeParseException notLegacy) {
        throw new IllegalArgumentException(
            "not a timestamp in any form CloudTrail writes (epoch seconds or millis, ISO-8601,"
                + " \"Nov 15, 2017 2:57:32 AM\")");
      }
    }
  }

  /** The point in time. */
  public Instant instant() {
    return instant;
  }

  /** The form it was written in. */
  public Form form() {
    return form;
  }

  /** The exact text that was read (a number's digits, or a string's content). */
  public String text() {
    return text;
  }

  /** The value of a plain integer of at most 18 digits (the usual epoch), or {@code null}. */
  /** An integral epoch value, in seconds or millis by its size, written as a number or a string. */
  private static Timestamp fromEpoch(long value, String text, boolean string) {
    boolean millis = Math.abs(value) >= MILLIS_THRESHOLD;
    Form form =
        millis
            ? (string ? Form.EPOCH_MILLIS_STRING : Form.EPOCH_MILLIS)
            : (string ? Form.EPOCH_SECONDS_STRING : Form.EPOCH_SECONDS);
    return new Timestamp(
        millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value), form, text);
  }

  private static Long integral(String text) {
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (n == start || n - start > 18) {
      return null;
    }
    long v = 0;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return start == 1 ? -v : v;
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, the form CloudTrail writes eventTime in, read without a
   * formatter: its instant when the date is valid and the time an ordinary one (hours to 23,
   * minutes and seconds to 59), which {@link Instant#parse} reads alike; {@code null} for any other
   * text, which a formatter must then judge.
   */
  public static Instant plainIsoUtc(String t) {
    int n = t.length();
    if (n < 20
        || n == 21
        || n > 30
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(n - 1) != 'Z'
        || (n > 20 && t.charAt(19) != '.')) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = digits(t, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      for (int i = n - 1 - 20; i < 9; i++) {
        fraction *= 10;
      }
      nanos = fraction;
    }
    return utc(
        digits(t, 0, 4),
        digits(t, 5, 7),
        digits(t, 8, 10),
        digits(t, 11, 13),
        digits(t, 14, 16),
        digits(t, 17, 19),
        nanos);
  }

  /**
   * The instant of a date and an ordinary time of day in UTC, or {@code null} when a field is
   * negative (not digits) or out of its range, or the day is past the month's end.
   */
  private static Instant utc(
      int year, int month, int day, int hour, int minute, int second, int nanos) {
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    long days = java.time.LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400L + hour * 3600L + minute * 60L + second, nanos);
  }

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  /**
   * {@code MMM d, yyyy h:mm:ss a} as CloudTrail writes it ({@code "Nov 15, 2017 2:57:32 AM"}), read
   * without a formatter: a day and an hour of one or two digits, a four-digit year, a valid date;
   * {@code null} for any other text (which the formatter then reads, with the same result for every
   * text this method reads).
   */
  private static Instant plainLegacy(String t) {
    int n = t.length();
    if (n < 22 || n > 24 || t.charAt(3) != ' ') {
      return null;
    }
    int month = MONTHS.indexOf(t.substring(0, 3));
    if (month < 0 || month % 3 != 0) {
      return null;
    }
    month = month / 3 + 1;
    int comma = t.indexOf(',', 4);
    if (comma != 5 && comma != 6 || t.charAt(comma + 1) != ' ') {
      return null;
    }
    int day = digits(t, 4, comma);
    int y = comma + 2;
    if (y + 5 > n || t.charAt(y + 4) != ' ') {
      return null;
    }
    int year = digits(t, y, y + 4);
    int h = y + 5;
    int colon = t.indexOf(':', h);
    if (colon != h + 1 && colon != h + 2 || colon + 9 != n) {
      return null;
    }
    int hour = digits(t, h, colon);
    int minute = digits(t, colon + 1, colon + 3);
    int second = digits(t, colon + 4, colon + 6);
    String ampm = t.substring(colon + 7);
    if (t.charAt(colon + 3) != ':'
        || t.charAt(colon + 6) != ' '
        || !(ampm.equals("AM") || ampm.equals("PM"))
        || year < 1
        || hour < 1
        || hour > 12) {
      return null;
    }
    return utc(year, month, day, hour % 12 + (ampm.equals("PM") ? 12 : 0), minute, second, 0);
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isNumeric(String text) {
    int start = text.charAt(0) == '-' ? 1 : 0;
    boolean digits = false;
    boolean dot = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits;
  }

  private static BigDecimal parseDecimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number of epoch seconds or milliseconds");
    }
  }

  private static Instant fromEpoch(BigDecimal value, boolean millis) {
    // The digits before the point, from the precision and the scale alone: 1e66666666 would
    // otherwise be divided with millions of digits, for minutes. Instant.MAX is 3.2e16 seconds
    // (twenty digits in milliseconds); under a nanosecond the value is the epoch itself.
    long digits = (long) value.precision() - value.scale();
    if (value.signum() != 0 && digits > 20) {
      throw new IllegalArgumentException("epoch value out of the range of an instant");
    }
    if (value.signum() == 0 || digits < -9) {
      return Instant.EPOCH;
    }
    try {
      BigDecimal nanos = value.movePointRight(millis ? 6 : 9);
      BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
      return Instant.ofEpochSecond(
          secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("epoch value out of the range of an instant");
    }
  }

  private static String epochSecondsText(Instant instant) {
    if (instant.getNano() == 0) {
      return Long.toString(instant.getEpochSecond());
    }
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9))
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Equal when the instant and the form are, and for string forms the text too (an ISO-8601 time
   * with an offset is not the same text as the same time in UTC). Numbers are compared by value.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Timestamp t
        && instant.equals(t.instant)
        && form == t.form
        && (!form.isString() || text.equals(t.text));
  }

  @Override
  public int hashCode() {
    return Objects.hash(instant, form, form.isString() ? text : null);
  }

  /**
   * The instant in ISO-8601 and the form, for example {@code 2017-11-15T02:57:32.436Z
   * (EPOCH_MILLIS)}.
   */
  @Override
  public String toString() {
    return instant + " (" + form + ")";
  }
}
