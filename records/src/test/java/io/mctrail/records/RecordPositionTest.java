package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every item says where it is in its input: a verbatim record's bytes are the input's bytes at its
 * offset, and its line and column are those of that offset, across the reader's buffer boundaries
 * and through gzip; a wrapped record is placed at the element that holds it.
 */
class RecordPositionTest {

  @Test
  void verbatimRecordsAreTheInputsBytesAtTheirPositionAcrossBuffersAndGzip() throws IOException {
    SplittableRandom r = new SplittableRandom(42);
    StringBuilder text = new StringBuilder("{\"Records\":[\n");
    for (int i = 0; i < 3000; i++) {
      text.append(i > 0 ? (r.nextBoolean() ? ",\n  " : ", ") : "  ")
          .append("{\"eventID\":\"")
          .append(i)
          .append("\",\"pad\":\"")
          .append("x\\n\u00e9".repeat(r.nextInt(40)))
          .append("\",\"n\":[{\"a\":\"}\"}]}");
    }
    byte[] input = text.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    assertThat(input.length).isGreaterThan(3 * 65536);
    for (byte[] bytes : List.of(input, RecordReaderTest.gzip(input))) {
      List<InputItem> items = read(bytes);
      assertThat(items).hasSize(3000);
      for (InputItem item : items) {
        InputItem.Record record = (InputItem.Record) item;
        Position p = record.position();
        assertThat(record.verbatim()).isTrue();
        assertThat(record.length()).isEqualTo(record.json().length);
        assertThat(
                Arrays.copyOfRange(input, (int) p.offset(), (int) (p.offset() + record.length())))
            .isEqualTo(record.json());
        assertThat(p).isEqualTo(positionOf(input, (int) p.offset()));
      }
    }
  }

  @Test
  void newlineDelimitedRecordsStartAtTheirLines() throws IOException {
    String a = "{\"eventID\":\"a\"}";
    List<InputItem> items = read((a + "\n\n  " + a + "\r\n" + a).getBytes(StandardCharsets.UTF_8));
    assertThat(items)
        .extracting(InputItem::position)
        .containsExactly(new Position(1, 1, 0), new Position(3, 3, 19), new Position(4, 1, 36));
  }

  @Test
  void aWrappedRecordIsPlacedAtTheElementThatHoldsIt() throws IOException {
    String lookup =
        "{\"Events\":[\n {\"EventId\":\"1\",\"CloudTrailEvent\":\"{\\\"eventID\\\":\\\"1\\\"}\"}]}";
    InputItem.Record record =
        (InputItem.Record) read(lookup.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(record.verbatim()).isFalse();
    assertThat(record.position()).isEqualTo(new Position(2, 2, 13));
    assertThat(record.length()).isEqualTo(lookup.length() - 13 - 2);
  }

  @Test
  void aTruncatedRecordIsBrokenWhereReadingStopped() throws IOException {
    String text = "{\"eventID\":\"a\"}\n{\"eventID\":";
    List<InputItem> items = read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(items.get(1)).isInstanceOf(InputItem.Broken.class);
    assertThat(items.get(1).position()).isEqualTo(new Position(2, 12, text.length()));
  }

  private static List<InputItem> read(byte[] bytes) throws IOException {
    List<InputItem> items = new ArrayList<>();
    try (RecordReader reader =
        RecordReader.open(new ByteArrayInputStream(bytes), "positions", InputLimits.DEFAULT)) {
      for (InputItem i = reader.next(); i != null; i = reader.next()) {
        assertThat(i.source()).isEqualTo("positions");
        items.add(i);
      }
    }
    return items;
  }

  /** The position of {@code input[offset]}, counted the slow way. */
  private static Position positionOf(byte[] input, int offset) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (input[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1, offset);
  }
}
