package io.mctrail.records;

import static io.mctrail.records.RecordReaderTest.A;
import static io.mctrail.records.RecordReaderTest.B;
import static io.mctrail.records.RecordReaderTest.gzip;
import static io.mctrail.records.RecordReaderTest.read;
import static io.mctrail.records.RecordReaderTest.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's part of the catalogue of bad input (issue 7): for each kind, what the reader gives
 * for the bad part, and that the records around it are still handed on. The command's end-to-end
 * tests are in {@code io.mctrail.cli.BadInputCatalogueTest}.
 */
class RecordReaderBadInputTest {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static RecordReader open(byte[] bytes) throws IOException {
    return RecordReader.open(new ByteArrayInputStream(bytes), "test", InputLimits.DEFAULT);
  }

  @Test
  void anEmptyInputIsOneEmptyItem() throws Exception {
    assertThat(read(new byte[0])).singleElement().isInstanceOf(InputItem.Empty.class);
  }

  @Test
  void whitespaceOnlyIsOneEmptyItemAndSoIsAByteOrderMarkAlone() throws Exception {
    assertThat(read(" \r\n\t\n ")).singleElement().isInstanceOf(InputItem.Empty.class);
    assertThat(read(concat(BOM, utf8("\n")))).singleElement().isInstanceOf(InputItem.Empty.class);
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedNotedAndEveryRecordRead() throws Exception {
    try (RecordReader r = open(concat(BOM, utf8(A + "\n" + B + "\n")))) {
      assertThat(r.encodingNote()).contains("byte-order mark").contains("skipped");
      assertThat(records(drain(r))).containsExactly(A, B);
    }
    try (RecordReader r = open(utf8(A))) {
      assertThat(r.encodingNote()).isNull();
    }
  }

  @Test
  void invalidUtf8InOneRecordIsHandedOnAndTheOthersAreRead() throws Exception {
    byte[] bad =
        concat(utf8("{\"eventName\":\"Create"), new byte[] {(byte) 0xFF, (byte) 0xC3}, utf8("\"}"));
    List<InputItem> items = read(concat(utf8(A + "\n"), bad, utf8("\n" + B)));
    assertThat(items).hasSize(3).allMatch(i -> i instanceof InputItem.Record);
    assertThat(((InputItem.Record) items.get(1)).json()).isEqualTo(bad);
    assertThat(records(items)).first().isEqualTo(A);
    assertThat(records(items)).last().isEqualTo(B);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32BE", "UTF-32LE"})
  void utf16AndUtf32AreReadInTheirEncodingAndNoted(String charset) throws Exception {
    String text =
        "{\"Records\":[" + A + "," + B.replace("GetJob", "GetJob\u00e9\ud83c\udfac") + "]}";
    byte[] bytes = text.getBytes(Charset.forName(charset));
    try (RecordReader r = open(bytes)) {
      assertThat(r.encodingNote()).contains(charset.equals("UTF-16") ? "UTF-16BE" : charset);
      assertThat(records(drain(r)))
          .containsExactly(A, B.replace("GetJob", "GetJob\u00e9\ud83c\udfac"));
    }
  }

  @Test
  void utf16WithAByteOrderMarkInAGzipIsReadToo() throws Exception {
    byte[] bytes = gzip(("\ufeff" + A + "\n" + B).getBytes(StandardCharsets.UTF_16LE));
    try (RecordReader r = open(bytes)) {
      assertThat(r.encodingNote()).contains("UTF-16LE with a byte-order mark");
      assertThat(records(drain(r))).containsExactly(A, B);
    }
  }

  @Test
  void utf16CutInsideACharacterIsABrokenRecordAfterTheRecordsBeforeIt() throws Exception {
    byte[] whole = (A + "\n" + B + "\n").getBytes(StandardCharsets.UTF_16LE);
    List<InputItem> items = read(Arrays.copyOf(whole, whole.length - 1));
    assertThat(records(items)).startsWith(A);
    assertThat(items.get(items.size() - 1))
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b -> assertThat(b.reason()).contains("ends inside a UTF-16LE character"));
  }

  @Test
  void aLoneSurrogateInsideUtf16IsAReplacementCharacterAndReadingGoesOn() throws Exception {
    byte[] lone = {0x00, (byte) 0xD8};
    byte[] bytes =
        concat(
            "{\"eventName\":\"".getBytes(StandardCharsets.UTF_16LE),
            lone,
            ("\"}\n" + B).getBytes(StandardCharsets.UTF_16LE));
    assertThat(records(read(bytes))).containsExactly("{\"eventName\":\"\ufffd\"}", B);
  }

  @Test
  void aTruncatedRecordEndsTheFileAfterTheRecordsBeforeIt() throws Exception {
    for (String cut : new String[] {"{\"eventName\":\"Cr", "{\"eventName\":", "{\"a\":[1,{"}) {
      List<InputItem> items = read("{\"Records\":[" + A + "," + B + "," + cut);
      assertThat(records(items)).as(cut).startsWith(A, B).hasSize(3);
      assertThat(items.get(2))
          .isInstanceOfSatisfying(
              InputItem.Broken.class, b -> assertThat(b.reason()).contains("ends inside"));
    }
  }

  @Test
  void aTruncatedGzipGivesTheRecordsBeforeTheCutThenABrokenRecord() throws Exception {
    byte[] gz = gzip(utf8(manyRecords(5000)));
    List<InputItem> items = read(Arrays.copyOf(gz, gz.length * 2 / 3));
    assertThat(items.size()).isGreaterThan(100);
    assertThat(items.subList(0, items.size() - 1)).allMatch(i -> i instanceof InputItem.Record);
    assertThat(items.get(items.size() - 1))
        .isInstanceOfSatisfying(
            InputItem.Broken.class, b -> assertThat(b.reason()).contains("gzip"));
  }

  /**
   * A gzipped log file of 50 records cut at two thirds of its bytes: every record whose bytes the
   * compressed prefix holds, as much as an {@link Inflater} fed that prefix gives, then the cut.
   */
  @Test
  void aTruncatedGzipGivesEveryWholeRecordItsPrefixInflatesTo() throws Exception {
    List<String> sent = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(50);
    for (int i = 0; i < 50; i++) {
      StringBuilder agent = new StringBuilder();
      for (int k = 0; k < 60 + random.nextInt(120); k++) {
        agent.append(Long.toHexString(random.nextLong()));
      }
      sent.add(
          "{\"eventVersion\":\"1.09\",\"eventID\":\"" + i + "\",\"userAgent\":\"" + agent + "\"}");
    }
    byte[] gz = gzip(utf8("{\"Records\":[" + String.join(",", sent) + "]}"));
    byte[] prefix = Arrays.copyOf(gz, gz.length * 2 / 3);

    String inflated = new String(inflate(prefix), StandardCharsets.UTF_8);
    int whole = 0;
    while (whole < sent.size() && inflated.contains(sent.get(whole))) {
      whole++;
    }
    assertThat(whole).as("records the prefix holds").isBetween(10, 40);

    List<InputItem> items = read(prefix);
    assertThat(records(items.subList(0, items.size() - 1)))
        .containsExactlyElementsOf(sent.subList(0, whole));
    assertThat(items.get(items.size() - 1))
        .isInstanceOfSatisfying(
            InputItem.Broken.class, b -> assertThat(b.reason()).contains("gzip"));
  }

  /**
   * What an {@link Inflater} gives for a truncated gzip of {@link GZIPOutputStream} (whose header
   * is the ten bytes of RFC 1952 without optional fields) until it needs more input.
   */
  private static byte[] inflate(byte[] gzip) throws Exception {
    Inflater inflater = new Inflater(true);
    inflater.setInput(gzip, 10, gzip.length - 10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    while (!inflater.needsInput() && !inflater.finished()) {
      out.write(chunk, 0, inflater.inflate(chunk));
    }
    inflater.end();
    return out.toByteArray();
  }

  @Test
  void aGzipCutInsideItsHeaderIsOneBrokenRecordNotAnException() throws Exception {
    byte[] gz = gzip(utf8(A));
    for (int n = 2; n < 12; n++) {
      assertThat(read(Arrays.copyOf(gz, n)))
          .as("%d bytes of gzip", n)
          .singleElement()
          .isInstanceOfSatisfying(
              InputItem.Broken.class, b -> assertThat(b.reason()).contains("gzip"));
    }
  }

  @Test
  void aGzipHoldingSomethingThatIsNotJsonGivesBrokenLinesAndTheRecordsAmongThem() throws Exception {
    byte[] gz = gzip(utf8("this is not json\n" + A + "\n\u0001\u0002 binary\n" + B + "\n"));
    List<InputItem> items = read(gz);
    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isInstanceOf(InputItem.Broken.class);
    assertThat(items.get(2)).isInstanceOf(InputItem.Broken.class);
    assertThat(records(items)).contains(A, B);
    byte[] random = new byte[5000];
    new SplittableRandom(3).nextBytes(random);
    assertThat(read(gzip(random))).isNotEmpty();
  }

  /**
   * A jar as build tools write one: its first entry a folder, stored (so that the version its
   * header names, 10, is a line feed), then a manifest and a few classes, deflated.
   */
  static byte[] smallJar() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream jar = new ZipOutputStream(out)) {
      ZipEntry folder = new ZipEntry("META-INF/");
      folder.setMethod(ZipEntry.STORED);
      folder.setSize(0);
      folder.setCrc(0);
      jar.putNextEntry(folder);
      jar.closeEntry();
      jar.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      jar.write(utf8("Manifest-Version: 1.0\r\nCreated-By: 17\r\n\r\n"));
      jar.closeEntry();
      SplittableRandom random = new SplittableRandom(11);
      for (int i = 0; i < 6; i++) {
        jar.putNextEntry(new ZipEntry("io/Type" + i + ".class"));
        byte[] body = new byte[3000];
        for (int k = 0; k < body.length; k++) {
          body[k] =
              (byte)
                  (random.nextInt(4) == 0
                      ? random.nextInt(256)
                      : "{}[],\n\"a".charAt(random.nextInt(8)));
        }
        jar.write(body);
        jar.closeEntry();
      }
    }
    byte[] jar = out.toByteArray();
    assertThat(Arrays.copyOf(jar, 6)).containsExactly('P', 'K', 3, 4, '\n', 0);
    return jar;
  }

  @Test
  void aBinaryFileIsOneBrokenRecordThatSaysSo() throws Exception {
    byte[] jar = smallJar();
    byte[] random = new byte[20_000];
    new SplittableRandom(5).nextBytes(random);
    random[0] = 'x';
    for (byte[] binary : List.of(jar, gzip(jar), random, gzip(random))) {
      assertThat(read(binary))
          .singleElement()
          .isInstanceOfSatisfying(
              InputItem.Broken.class,
              b ->
                  assertThat(b.reason())
                      .startsWith("the input is binary, not JSON text: ")
                      .endsWith("; the rest of the input is not read"));
    }
    assertThat(((InputItem.Broken) read(jar).get(0)).reason()).contains("a NUL byte at line 2");
  }

  @Test
  void textThatIsNotUtf8WhereARecordShouldStartIsBinary() throws Exception {
    byte[] latin1 = "caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(read(concat(utf8(A + "\n"), latin1, utf8(B))))
        .hasSize(2)
        .last()
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b ->
                assertThat(b.reason())
                    .contains("bytes that are not UTF-8 in the line that starts at line 2"));
  }

  @Test
  void nulBytesAfterTheRecordsAreOneBrokenRecordAfterThem() throws Exception {
    byte[] zeros = new byte[5000];
    List<InputItem> items = read(concat(utf8(A + "\n" + B + "\n"), zeros, utf8("\n" + A)));
    assertThat(records(items.subList(0, 2))).containsExactly(A, B);
    assertThat(items).hasSize(3);
    assertThat(((InputItem.Broken) items.get(2)).reason())
        .contains("a NUL byte at line 3, column 1");
  }

  @Test
  void linesOfTextWithoutARecordAreOneBrokenRecordAndTheRecordsAfterThemAreRead() throws Exception {
    assertThat(read("Dear reader,\n\nthis file holds\n  no JSON at all.\n"))
        .singleElement()
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b ->
                assertThat(b.reason())
                    .isEqualTo(
                        "unexpected content where a record should start: Dear reader, (3 lines"
                            + " without a record)"));
    List<InputItem> items = read("a note\nanother note\n" + A + "\nlast note\n[" + B + "]");
    assertThat(records(items)).hasSize(4).containsSubsequence(A, B);
    assertThat(((InputItem.Broken) items.get(0)).reason()).contains("a note (2 lines");
    assertThat(((InputItem.Broken) items.get(2)).reason()).endsWith("last note");
  }

  @Test
  void aTimestampedLineAfterLinesOfTextIsAnExportRecord() throws Exception {
    List<InputItem> items = read("some text\n2024-04-04T17:45:26.123Z " + A + "\n");
    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOf(InputItem.Broken.class);
    assertThat(((InputItem.Record) items.get(1)).form()).isEqualTo("cloudwatch-export");
    assertThat(records(items).get(1)).isEqualTo(A);
  }

  @Test
  void trailingGarbageAfterARecordIsBrokenAndTheNextLineIsRead() throws Exception {
    List<InputItem> items = read(A + " trailing garbage\n" + B + "\n");
    assertThat(records(items)).hasSize(3).startsWith(A).endsWith(B);
    assertThat(items.get(1))
        .isInstanceOfSatisfying(
            InputItem.Broken.class, b -> assertThat(b.reason()).contains("trailing garbage"));
    assertThat(records(read("[" + A + "] ]\n" + B))).startsWith(A).endsWith(B);
  }

  @Test
  void aRecordsMemberThatIsNotAListIsBrokenAndTheNextLogFileIsRead() throws Exception {
    for (String notList : new String[] {"{\"a\":1}", "\"x\"", "7", "null", "true"}) {
      List<InputItem> items =
          read("{\"Records\":" + notList + "}\n{\"Records\":[" + A + "," + B + "]}");
      assertThat(items).as(notList).hasSize(3);
      assertThat(items.get(0))
          .isInstanceOfSatisfying(
              InputItem.Broken.class, b -> assertThat(b.reason()).contains("not a list"));
      assertThat(records(items).subList(1, 3)).containsExactly(A, B);
    }
  }

  @Test
  void aLookupEventsCloudTrailEventThatIsNotJsonIsHandedOnAndTheOthersAreRead() throws Exception {
    String out =
        "{\"Events\":["
            + "{\"EventId\":\"1\",\"CloudTrailEvent\":"
            + quote(A)
            + "},{\"EventId\":\"2\",\"CloudTrailEvent\":\"{\\\"eventName\\\": nope\"},"
            + "{\"EventId\":\"3\",\"CloudTrailEvent\":{\"an\":\"object\"}},"
            + "{\"EventId\":\"4\"},"
            + "{\"EventId\":\"5\",\"CloudTrailEvent\":"
            + quote(B)
            + "}]}";
    List<InputItem> items = read(out);
    assertThat(items).hasSize(5);
    assertThat(records(items).get(1)).isEqualTo("{\"eventName\": nope");
    assertThat(items.get(2)).isInstanceOf(InputItem.Broken.class);
    assertThat(items.get(3)).isInstanceOf(InputItem.Broken.class);
    assertThat(records(items).get(0)).isEqualTo(A);
    assertThat(records(items).get(4)).isEqualTo(B);
  }

  @Test
  void aLongLineOfGarbageIsOneBrokenRecordAndDoesNotGrowMemory() throws Exception {
    byte[] junk = new byte[20 << 20];
    Arrays.fill(junk, (byte) 'x');
    List<InputItem> items = read(concat(junk, utf8("\n" + A)));
    assertThat(items).hasSize(2);
    assertThat(((InputItem.Broken) items.get(0)).reason()).hasSizeLessThan(200);
    assertThat(records(items).get(1)).isEqualTo(A);
  }

  @Test
  void aReadErrorDuringTheFileIsABrokenRecordAfterTheRecordsBeforeIt() throws Exception {
    byte[] good = utf8(A + "\n" + B + "\n" + A);
    InputStream failing =
        new InputStream() {
          int pos;

          @Override
          public int read() throws IOException {
            if (pos == good.length) {
              throw new IOException("Input/output error");
            }
            return good[pos++] & 0xff;
          }
        };
    List<InputItem> items;
    try (RecordReader r = RecordReader.open(failing, "test", InputLimits.DEFAULT)) {
      items = drain(r);
    }
    assertThat(records(items).subList(0, 2)).containsExactly(A, B);
    assertThat(items.get(items.size() - 1))
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b -> assertThat(b.reason()).contains("Input/output error").doesNotContain("gzip"));
  }

  /**
   * A log file streams: the first record is handed on after reading a little of the file, not the
   * whole file (a log file of many GB would otherwise exhaust the heap).
   */
  @Test
  void aLogFileStreamsRecordByRecord() throws Exception {
    byte[] head = utf8("{\"Records\":[");
    byte[] record = utf8(A + ",");
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            long n = served[0]++;
            return n < head.length
                ? head[(int) n]
                : record[(int) ((n - head.length) % record.length)] & 0xff;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
              b[off + i] = (byte) read();
            }
            return len;
          }
        };
    try (RecordReader r = RecordReader.open(endless, "test", InputLimits.DEFAULT)) {
      for (int i = 0; i < 100_000; i++) {
        assertThat(records(List.of(r.next()))).containsExactly(A);
      }
    }
    assertThat(served[0]).isLessThan(100_000L * record.length + (1 << 18));
  }

  static List<InputItem> drain(RecordReader r) {
    List<InputItem> items = new ArrayList<>();
    for (InputItem i = r.next(); i != null; i = r.next()) {
      items.add(i);
    }
    return items;
  }

  static String manyRecords(int n) {
    StringBuilder many = new StringBuilder("{\"Records\":[");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"eventID\":\"")
          .append(Long.toHexString(random.nextLong()))
          .append("\",\"eventName\":\"GetJob\"}");
    }
    return many.append("]}").toString();
  }

  static String quote(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
