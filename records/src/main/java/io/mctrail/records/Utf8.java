package io.mctrail.records;

/**
 * Strict UTF-8 (RFC 3629, the well-formed byte sequences of Unicode's Table 3-7). Jackson's parser
 * decodes some ill-formed sequences instead of rejecting them: overlong forms such as {@code C0 AF}
 * (a {@code /} in disguise), surrogates encoded in UTF-8, and code points above U+10FFFF.
 */
public final class Utf8 {

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /** The offset of the first byte of the first ill-formed sequence, or {@code -1}. */
  public static int firstInvalid(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // ASCII, the usual case, eight bytes at a time.
      while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int next = sequenceEnd(bytes, i, n);
      if (next < 0) {
        return i;
      }
      i = next;
    }
    return -1;
  }

  /**
   * The index after the well-formed sequence of more than one byte that starts at {@code bytes[i]}
   * (a byte of 0x80 or over) and ends before {@code n}, or {@code -1} when none does.
   */
  public static int sequenceEnd(byte[] bytes, int i, int n) {
    int b = bytes[i] & 0xff;
    int length;
    int lo = 0x80;
    int hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) {
        lo = 0xA0;
      } else if (b == 0xED) {
        hi = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) {
        lo = 0x90;
      } else if (b == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return -1;
    }
    if (i + length > n) {
      return -1;
    }
    int second = bytes[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int c = bytes[i + k] & 0xff;
      if (c < 0x80 || c > 0xBF) {
        return -1;
      }
    }
    return i + length;
  }

  /** Where {@code offset} is, as {@code line L, byte B} (both from 1). */
  public static String position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", byte " + (offset - lineStart + 1);
  }
}
