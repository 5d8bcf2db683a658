package io.mctrail.bench;

import java.util.Locale;

/**
 * How RESULTS.md writes its numbers and tables: a megabyte in a rate is 10<sup>6</sup> bytes, one
 * of memory or of a corpus on disk 2<sup>20</sup>; a gigabyte of a corpus is 10<sup>9</sup> bytes.
 */
final class Figures {

  private Figures() {}

  /** Three significant figures, at most two decimals; "n/a" for no number. */
  static String format(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "n/a";
    }
    double a = Math.abs(x);
    String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, x);
  }

  /** Events a second: whole above 100, one decimal below. */
  static String events(double perSecond) {
    return perSecond >= 100
        ? String.format(Locale.ROOT, "%,.0f", perSecond)
        : String.format(Locale.ROOT, "%.1f", perSecond);
  }

  /** Bytes in whole MiB. */
  static String mb(long bytes) {
    return Long.toString(Math.round(bytes / 1048576.0));
  }

  /** Bytes in GB with two decimals: {@code 2.15 GB}. */
  static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }

  /** A time in seconds: two decimals below 10 s, one below 100 s, whole above. */
  static String seconds(double s) {
    return format(s) + " s";
  }

  /** A row of a Markdown table. */
  static void cells(StringBuilder b, Object... cells) {
    b.append('|');
    for (Object cell : cells) {
      b.append(' ').append(cell).append(" |");
    }
    b.append('\n');
  }
}
