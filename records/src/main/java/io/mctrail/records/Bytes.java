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
