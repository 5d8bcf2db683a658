package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict UTF-8: the well-formed sequences pass, every kind of ill-formed one is found. */
class Utf8Test {

  private static byte[] hex(String hex) {
    String[] parts = hex.trim().split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "plain ascii {}", "caf\u00e9", "\u20ac \uffff", "\ud83c\udfac clip", "\u0000"})
  void wellFormedTextPasses(String text) {
    assertThat(Utf8.firstInvalid(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
    "61 C0 AF, 1, overlong slash",
    "61 C1 BF, 1, overlong two-byte",
    "E0 80 AF, 0, overlong three-byte",
    "F0 80 80 AF, 0, overlong four-byte",
    "ED A0 80, 0, UTF-16 surrogate",
    "F4 90 80 80, 0, beyond U+10FFFF",
    "F5 80 80 80, 0, no such lead byte",
    "FF, 0, no such byte",
    "61 80, 1, lone continuation byte",
    "61 62 E2 82, 2, cut at the end",
    "C3 28, 0, continuation missing"
  })
  void illFormedSequencesAreFoundWhereTheyStart(String bytes, int offset, String what) {
    assertThat(Utf8.firstInvalid(hex(bytes))).isEqualTo(offset);
  }

  @ParameterizedTest
  @CsvSource({"0, line 1, byte 1", "5, line 2, byte 2", "6, line 3, byte 1"})
  void positionsAreLinesAndBytesFromOne(int offset, String line, String b) {
    byte[] text = "abc\nd\nf".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.position(text, offset)).isEqualTo(line.trim() + ", " + b.trim());
  }
}
