package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every form CloudTrail records come in, cut into records. */
class RecordReaderTest {

  static final String A = "{\"eventName\":\"CreateJob\",\"eventID\":\"a\"}";
  static final String B =
      "{\"eventName\":\"GetJob\",\"eventID\":\"b\",\"x\":[1,{\"y\":\"}]\\\"\"}]}";

  static List<InputItem> read(byte[] bytes) throws IOException {
    List<InputItem> items = new ArrayList<>();
    try (RecordReader r =
        RecordReader.open(new ByteArrayInputStream(bytes), "test", InputLimits.DEFAULT)) {
      for (InputItem i = r.next(); i != null; i = r.next()) {
        items.add(i);
      }
    }
    return items;
  }

  static List<InputItem> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> records(List<InputItem> items) {
    return items.stream()
        .map(
            i ->
                i instanceof InputItem.Record r
                    ? new String(r.json(), StandardCharsets.UTF_8)
                    : i.toString())
        .toList();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void oneEvent() throws Exception {
    List<InputItem> items = read("\n  " + A + "\n");
    assertThat(records(items)).containsExactly(A);
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("event");
    assertThat(items.get(0).index()).isZero();
  }

  @Test
  void aJsonArrayOfEvents() throws Exception {
    List<InputItem> items = read("[" + A + ",\n " + B + "]");
    assertThat(records(items)).containsExactly(A, B);
    assertThat(items).extracting(InputItem::index).containsExactly(0, 1);
    assertThat(((InputItem.Record) items.get(1)).form()).isEqualTo("json-array");
  }

  @Test
  void aCloudTrailLogFile() throws Exception {
    List<InputItem> items = read("{\"Records\":[" + A + "," + B + "]}");
    assertThat(records(items)).containsExactly(A, B);
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("records-file");
  }

  @Test
  void newlineDelimitedAndConcatenatedEvents() throws Exception {
    assertThat(records(read(A + "\n" + B + "\n"))).containsExactly(A, B);
    assertThat(records(read(A + B))).containsExactly(A, B);
  }

  @Test
  void gzipOfEveryForm() throws Exception {
    assertThat(records(read(gzip(("{\"Records\":[" + A + "]}").getBytes(StandardCharsets.UTF_8)))))
        .containsExactly(A);
    assertThat(records(read(gzip((A + "\n" + B).getBytes(StandardCharsets.UTF_8)))))
        .containsExactly(A, B);
  }

  @Test
  void anEventBridgeEventGivesItsDetail() throws Exception {
    List<InputItem> items =
        read(
            "{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"AWS API Call via CloudTrail\","
                + "\"source\":\"aws.mediaconvert\",\"detail\":"
                + A
                + "}");
    assertThat(records(items)).containsExactly(A);
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("eventbridge");
  }

  @Test
  void aCloudWatchLogsSubscriptionPayloadGzippedAndBase64() throws Exception {
    String payload =
        "{\"messageType\":\"DATA_MESSAGE\",\"owner\":\"123456789012\",\"logGroup\":\"g\","
            + "\"logStream\":\"s\",\"subscriptionFilters\":[\"f\"],\"logEvents\":["
            + "{\"id\":\"1\",\"timestamp\":1,\"message\":"
            + quote(A)
            + "},"
            + "{\"id\":\"2\",\"timestamp\":2,\"message\":"
            + quote(B)
            + "}]}";
    byte[] delivered = Base64.getEncoder().encode(gzip(payload.getBytes(StandardCharsets.UTF_8)));
    List<InputItem> items = read(delivered);
    assertThat(records(items)).containsExactly(A, B);
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("cloudwatch-logs");
  }

  /** The subscription payload of {@code messages}, as CloudWatch Logs writes it. */
  static String subscription(String messageType, String... messages) {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < messages.length; i++) {
      events
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(i)
          .append("\",\"timestamp\":1,\"message\":")
          .append(quote(messages[i]))
          .append("}");
    }
    return "{\"messageType\":\""
        + messageType
        + "\",\"owner\":\"123456789012\",\"logGroup\":\"g\",\"logStream\":\"s\","
        + "\"subscriptionFilters\":[\"f\"],\"logEvents\":["
        + events
        + "]}";
  }

  /** The event AWS Lambda receives from a subscription that delivers {@code payload}. */
  static String lambdaEvent(String payload) throws IOException {
    return "{\"awslogs\":{\"data\":\""
        + Base64.getEncoder().encodeToString(gzip(payload.getBytes(StandardCharsets.UTF_8)))
        + "\"}}";
  }

  @Test
  void theEventLambdaReceivesFromACloudWatchLogsSubscriptionGivesTheRecordsOfItsData()
      throws Exception {
    String first = lambdaEvent(subscription("DATA_MESSAGE", A, B));
    String second = lambdaEvent(subscription("DATA_MESSAGE", B));

    List<InputItem> items = read(first + "\n" + second + "\n");

    assertThat(records(items)).containsExactly(A, B, B);
    assertThat(items).extracting(InputItem::index).containsExactly(0, 1, 2);
    InputItem.Record r = (InputItem.Record) items.get(1);
    assertThat(r.form()).isEqualTo("cloudwatch-logs");
    assertThat(r.verbatim()).isFalse();
    assertThat(r.position()).isEqualTo(Position.START);
    assertThat(r.length()).isEqualTo(first.length());
    assertThat(items.get(2).position().line()).isEqualTo(2);
  }

  @Test
  void aCloudWatchLogsControlMessageIsSkippedWithItsReasonHoweverDelivered() throws Exception {
    String control =
        subscription(
            "CONTROL_MESSAGE", "CWL CONTROL MESSAGE: Checking health of destination Firehose.");
    byte[] plain = control.getBytes(StandardCharsets.UTF_8);
    for (byte[] delivered :
        List.of(
            plain,
            gzip(plain),
            Base64.getEncoder().encode(gzip(plain)),
            lambdaEvent(control).getBytes(StandardCharsets.UTF_8))) {
      assertThat(read(delivered))
          .singleElement()
          .isInstanceOfSatisfying(
              InputItem.Skipped.class,
              s -> assertThat(s.reason()).isEqualTo(SkipReason.CONTROL_MESSAGE));
    }
    // Firehose writes the payloads it receives one after another.
    List<InputItem> items =
        read(gzip((subscription("DATA_MESSAGE", A) + control).getBytes(StandardCharsets.UTF_8)));
    assertThat(records(items).get(0)).isEqualTo(A);
    assertThat(items.get(1)).isInstanceOf(InputItem.Skipped.class);
  }

  @Test
  void aLambdaEventWhoseDataIsBrokenGivesTheRecordsItHoldsThenABrokenRecord() throws Exception {
    byte[] gz = gzip(subscription("DATA_MESSAGE", A, B, A, B).getBytes(StandardCharsets.UTF_8));
    String cut =
        "{\"awslogs\":{\"data\":\""
            + Base64.getEncoder().encodeToString(Arrays.copyOf(gz, gz.length - 12))
            + "\"}}\n"
            + A;

    List<InputItem> items = read(cut);

    assertThat(records(items)).startsWith(A, B, A).endsWith(A);
    assertThat(items.get(items.size() - 2))
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b -> assertThat(b.reason()).startsWith("in the awslogs data of a Lambda event, "));
    for (String bad :
        new String[] {"{\"awslogs\":{}}", "{\"awslogs\":{\"data\":7}}", "{\"awslogs\":\"x\"}"}) {
      assertThat(read(bad))
          .as(bad)
          .singleElement()
          .isInstanceOfSatisfying(
              InputItem.Broken.class, b -> assertThat(b.reason()).contains("no data string"));
    }
    assertThat(read(lambdaEvent(lambdaEvent(subscription("DATA_MESSAGE", A)))))
        .singleElement()
        .isInstanceOfSatisfying(
            InputItem.Broken.class,
            b -> assertThat(b.reason()).contains("a Lambda event inside the awslogs data"));
  }

  @Test
  void aCloudWatchLogsExportWithATimestampBeforeEachEvent() throws Exception {
    List<InputItem> items =
        read("2024-04-04T17:45:26.123Z " + A + "\n2024-04-04T17:45:27.000Z " + B + "\n");
    assertThat(records(items)).containsExactly(A, B);
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("cloudwatch-export");
  }

  @Test
  void lookupEventsOutputWithTheEventAsAString() throws Exception {
    String out =
        "{\"Events\":[{\"EventId\":\"a\",\"EventName\":\"CreateJob\",\"CloudTrailEvent\":"
            + quote(A)
            + "},{\"EventId\":\"b\",\"CloudTrailEvent\":\"not json\"}],"
            + "\"NextToken\":\"t\"}";
    List<InputItem> items = read(out);
    assertThat(records(items)).containsExactly(A, "not json");
    assertThat(((InputItem.Record) items.get(0)).form()).isEqualTo("lookup-events");
  }

  @Test
  void aDigestFileIsSkipped() throws Exception {
    List<InputItem> items =
        read(
            "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"2024-01-01T00:00:00Z\","
                + "\"digestEndTime\":\"2024-01-01T01:00:00Z\",\"logFiles\":[]}");
    assertThat(items).singleElement().isInstanceOf(InputItem.Skipped.class);
  }

  @Test
  void aBrokenRecordAmongGoodOnesIsHandedOnAndTheRestAreRead() throws Exception {
    List<InputItem> items = read("{\"Records\":[" + A + ",{\"eventName\": oops}," + B + "]}");
    assertThat(records(items)).containsExactly(A, "{\"eventName\": oops}", B);
  }

  @Test
  void aMissingCommaBetweenRecordsIsReportedAndReadingGoesOn() throws Exception {
    List<InputItem> items = read("[" + A + " " + B + "]");
    assertThat(items).hasSize(3);
    assertThat(items.get(1)).isInstanceOf(InputItem.Broken.class);
    assertThat(records(items).get(2)).isEqualTo(B);
  }

  @Test
  void aTruncatedFileEndsWithABrokenRecord() throws Exception {
    String whole = "{\"Records\":[" + A + "," + B + "]}";
    List<InputItem> items = read(whole.substring(0, whole.length() - 10));
    assertThat(records(items).get(0)).isEqualTo(A);
    assertThat(items.get(1)).isInstanceOf(InputItem.Broken.class);
    assertThat(((InputItem.Broken) items.get(1)).reason()).contains("ends inside");
  }

  @Test
  void aTruncatedGzipEndsWithABrokenRecordAfterTheRecordsBeforeIt() throws Exception {
    StringBuilder many = new StringBuilder("{\"Records\":[");
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 20000; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"eventID\":\"")
          .append(Long.toHexString(random.nextLong()))
          .append("\"}");
    }
    many.append("]}");
    byte[] gz = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
    List<InputItem> items = read(Arrays.copyOf(gz, gz.length / 2));
    assertThat(items.get(items.size() - 1)).isInstanceOf(InputItem.Broken.class);
    assertThat(items.subList(0, items.size() - 1))
        .allMatch(i -> i instanceof InputItem.Record)
        .isNotEmpty();
  }

  @Test
  void aRecordsMemberThatIsNotAListIsBroken() throws Exception {
    assertThat(read("{\"Records\":{\"a\":1}}"))
        .singleElement()
        .isInstanceOfSatisfying(
            InputItem.Broken.class, b -> assertThat(b.reason()).contains("not a list"));
  }

  @Test
  void aRecordOverTheLimitIsBrokenAndTheNextIsRead() throws Exception {
    String big = "{\"x\":\"" + "a".repeat(5000) + "\"}";
    List<InputItem> items = new ArrayList<>();
    try (RecordReader r =
        RecordReader.open(
            new ByteArrayInputStream(("[" + big + "," + A + "]").getBytes(StandardCharsets.UTF_8)),
            "test",
            new InputLimits(2048))) {
      for (InputItem i = r.next(); i != null; i = r.next()) {
        items.add(i);
      }
    }
    assertThat(items.get(0)).isInstanceOf(InputItem.Broken.class);
    assertThat(records(items).get(1)).isEqualTo(A);
  }

  @Test
  void recordsAcrossTheReadersBufferAreCutOutByteForByte() throws Exception {
    List<String> sent = new ArrayList<>();
    StringBuilder log = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < 90; i++) {
      String text = "x\\\"y".repeat(i * 37 % 500) + "é中😀" + "z".repeat(i * 101 % 3000);
      String record =
          "{\"eventID\":\""
              + i
              + "\",\"s\":\""
              + text
              + "\",\"a\":[1,[2,{\"b\":\"]}[{\\\\\"}],{}],\"n\":{\"m\":{\"o\":[]}}}";
      sent.add(record);
      log.append(i == 0 ? "" : ",\n ").append(record);
    }
    log.append("]}");
    assertThat(log.length()).isGreaterThan(3 * 65536);

    assertThat(records(read(log.toString()))).containsExactlyElementsOf(sent);
    assertThat(records(read(gzip(log.toString().getBytes(StandardCharsets.UTF_8)))))
        .containsExactlyElementsOf(sent);
  }

  @Test
  void aRecordOfExactlyTheLimitIsReadAndOneByteMoreIsBroken() throws Exception {
    String exact = "{\"x\":\"" + "a".repeat(2048 - 8) + "\"}";
    String over = "{\"x\":\"" + "a".repeat(2048 - 7) + "\"}";
    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(2048);
    List<InputItem> items = new ArrayList<>();
    try (RecordReader r =
        RecordReader.open(
            new ByteArrayInputStream(
                ("[" + exact + "," + over + "," + A + "]").getBytes(StandardCharsets.UTF_8)),
            "test",
            new InputLimits(2048))) {
      for (InputItem i = r.next(); i != null; i = r.next()) {
        items.add(i);
      }
    }
    assertThat(records(items).get(0)).isEqualTo(exact);
    assertThat(items.get(1)).isInstanceOf(InputItem.Broken.class);
    assertThat(records(items).get(2)).isEqualTo(A);
  }

  @Test
  void aByteOrderMarkIsSkippedAndUtf16IsReadAsUtf16() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + A.length()];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(A.getBytes(StandardCharsets.UTF_8), 0, withBom, 3, A.length());
    assertThat(records(read(withBom))).containsExactly(A);
    assertThat(records(read(A.getBytes(StandardCharsets.UTF_16)))).containsExactly(A);
  }

  @Test
  void emptyAndWhitespaceInputsGiveOneEmptyItemAndEmptyListsNone() throws Exception {
    assertThat(read("")).singleElement().isInstanceOf(InputItem.Empty.class);
    assertThat(read(" \n\t ")).singleElement().isInstanceOf(InputItem.Empty.class);
    assertThat(read("[]")).isEmpty();
    assertThat(read("{\"Records\":[]}")).isEmpty();
  }

  @Test
  void garbageBetweenRecordsIsReportedAndTheNextLineIsRead() throws Exception {
    assertThat(records(read(A + "\nthis is not json\n" + B))).hasSize(3).startsWith(A).endsWith(B);
  }

  static String quote(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
