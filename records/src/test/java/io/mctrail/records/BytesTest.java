package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time searches find what a search of a byte at a time finds. */
class BytesTest {

  private static final long SEED = 0x6279746573L;

  @Test
  void eachSearchFindsTheFirstByteItLooksForAtEveryOffsetAndLength() {
    SplittableRandom r = new SplittableRandom(SEED);
    // every byte value, often the searched ones and their neighbours (0x5c, 0x22 ^ 0x80, '[' ^
    // 0x20)
    byte[] often = {'"', '\\', '{', '}', '[', ']', '\n', 0x7c, 0x7e, 0x5a, (byte) 0xa2, 0x02, 0};
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[r.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(4) == 0 ? often[r.nextInt(often.length)] : (byte) r.nextInt(256);
      }
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      int to = from + r.nextInt(b.length - from + 1);
      assertThat(Bytes.quoteOrBackslash(b, from, to)).isEqualTo(naive(b, from, to, "\"\\"));
      assertThat(Bytes.structural(b, from, to)).isEqualTo(naive(b, from, to, "\"{}[]"));
      assertThat(Bytes.newline(b, from, to)).isEqualTo(naive(b, from, to, "\n"));
      assertThat(Bytes.stringEnd(b, from, to)).isEqualTo(naiveStringEnd(b, from, to));
    }
  }

  @Test
  void theTailOfTwoRunsDiffersWhenTheirLastBytesOrShortLengthsDo() {
    byte[] b =
        "eventSource eventName eventTime a ab b\0"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(Bytes.tail(b, 0, 11)).isNotEqualTo(Bytes.tail(b, 12, 21));
    assertThat(Bytes.tail(b, 12, 21)).isNotEqualTo(Bytes.tail(b, 22, 31));
    assertThat(Bytes.tail(b, 32, 33)).isNotEqualTo(Bytes.tail(b, 34, 36));
    assertThat(Bytes.tail(b, 37, 38)).isNotEqualTo(Bytes.tail(b, 37, 39)); // "b" and "b\0"
    assertThat(Bytes.tail(b, 0, 11)).isEqualTo(Bytes.tail(b.clone(), 0, 11));
  }

  private static int naiveStringEnd(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xff;
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
        return i;
      }
    }
    return to;
  }

  @Test
  void bytesBeyondAsciiNeverMatch() {
    byte[] b = new byte[256];
    for (int i = 0; i < 128; i++) {
      b[i] = (byte) (0x80 | i);
    }
    for (int i = 128; i < 256; i++) {
      b[i] = (byte) (i - 128 + 0x80);
    }
    assertThat(Bytes.quoteOrBackslash(b, 0, b.length)).isEqualTo(b.length);
    assertThat(Bytes.structural(b, 0, b.length)).isEqualTo(b.length);
    assertThat(Bytes.newline(b, 0, b.length)).isEqualTo(b.length);
  }

  private static int naive(byte[] b, int from, int to, String stops) {
    for (int i = from; i < to; i++) {
      if (stops.indexOf(b[i] & 0xff) >= 0) {
        return i;
      }
    }
    return to;
  }
}
