package io.mctrail.records;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches of a byte array for the bytes the cutter stops at, eight bytes at a time: every byte of
 * every input goes through one of them, and a loop of a byte at a time was the largest cost of
 * reading records of other services. Each reads the bytes as a {@code long} and finds the first
 * byte equal to one of a few values with the carry trick of <i>Hacker's Delight</i> (section 6-1):
 * for {@code x = word ^ pattern}, {@code (x - 0x01..01) & ~x & 0x80..80} has the high bit set of
 * the lowest byte of {@code x} that is zero, exactly (a borrow can only set bits above it), and
 * bytes of 0x80 and over (UTF-8 beyond ASCII) never match, for {@code ~x} clears their high bit.
 */
final class Bytes {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long NEWLINES = ONES * '\n';
  private static final long CASE = ONES * 0x20;
  private static final long SPACES = ONES * 0x20;
  // '[' | 0x20 is '{' and ']' | 0x20 is '}', and no other byte becomes either
  private static final long OPENS = ONES * '{';
  private static final long CLOSES = ONES * '}';

  private Bytes() {}

  /** The high bit of each byte of {@code x} that is zero, at least of the lowest one. */
  private static long zeros(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  /** The index in {@code word} (little-endian, read at {@code at}) of its lowest flagged byte. */
  private static int first(long flags, int at) {
    return at + (Long.numberOfTrailingZeros(flags) >>> 3);
  }

  /** The index of the first {@code "} or {@code \} in {@code b[from, to)}, or {@code to}. */
  static int quoteOrBackslash(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long flags = zeros(w ^ QUOTES) | zeros(w ^ BACKSLASHES);
      if (flags != 0) {
        return first(flags, i);
      }
    }
    while (i < to && b[i] != '"' && b[i] != '\\') {
      i++;
    }
    return i;
  }

  /**
   * The index of the first {@code "}, <code>{</code>, <code>}</code>, {@code [} or {@code ]} in
   * {@code b[from, to)}, or {@code to}.
   */
  static int structural(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long folded = w | CASE;
      long flags = zeros(w ^ QUOTES) | zeros(folded ^ OPENS) | zeros(folded ^ CLOSES);
      if (flags != 0) {
        return first(flags, i);
      }
    }
    for (; i < to; i++) {
      int c = b[i];
      if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']') {
        return i;
      }
    }
    return i;
  }

  /**
   * The index of the first {@code "}, {@code \}, control character (below 0x20) or byte of 0x80 and
   * over in {@code b[from, to)}, or {@code to}: where a plain run of a JSON string stops.
   */
  static int stringEnd(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      // (w - 0x20..20) & ~w & 0x80..80 flags, exactly at the lowest, a byte below 0x20 among those
      // below 0x80; w & 0x80..80 flags the others
      long flags =
          zeros(w ^ QUOTES) | zeros(w ^ BACKSLASHES) | ((w - SPACES) & ~w & HIGHS) | (w & HIGHS);
      if (flags != 0) {
        return first(flags, i);
      }
    }
    for (; i < to; i++) {
      int c = b[i] & 0xff;
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
        return i;
      }
    }
    return i;
  }

  /**
   * The last eight bytes of {@code b[from, to)} as a {@code long}, or all of them when there are
   * fewer (then with the length in the high byte, so that no two short runs are taken for equal): a
   * cheap key to compare two names by before their bytes.
   */
  static long tail(byte[] b, int from, int to) {
    if (to - from >= Long.BYTES) {
      return (long) LONGS.get(b, to - Long.BYTES);
    }
    long w = to - from;
    for (int k = from; k < to; k++) {
      w = (w << 8) | (b[k] & 0xff);
    }
    return w;
  }

  /** The index of the first line feed in {@code b[from, to)}, or {@code to}. */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long flags = zeros((long) LONGS.get(b, i) ^ NEWLINES);
      if (flags != 0) {
        return first(flags, i);
      }
    }
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }
}
