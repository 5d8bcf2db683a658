package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sniff gives what reading the tree gives: over drawn records (names escaped, {@code
 * eventSource} after the payloads or nested inside one, duplicate keys, numbers beyond a double,
 * broken, truncated and trailing content, values that are no object, objects with none of a
 * record's members), its kind, {@code eventSource} and {@code eventName} equal those of the tree
 * Jackson reads from the same bytes with the same constraints, and the early-stopping scan the
 * command uses agrees with the full sniff.
 */
class SniffPropertyTest {

  private static final String MEDIACONVERT = "mediaconvert.amazonaws.com";
  private static final long SEED = 0x5eed_50cL;
  private static final int CASES = 20_000;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(24).maxStringLength(4096).build();
  private static final JsonFactory SNIFFER = Sniff.factory(CONSTRAINTS);
  private static final SniffScan.Settings SETTINGS = SniffScan.Settings.of(SNIFFER);
  private static final ObjectMapper TREE =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  @Test
  void theSniffOfEveryDrawnRecordIsWhatItsTreeSays() {
    SplittableRandom random = new SplittableRandom(SEED);
    int[] kinds = new int[Sniff.Kind.values().length];
    int[] decided = new int[Sniff.Kind.values().length];
    for (int i = 0; i < CASES; i++) {
      byte[] bytes = drawBytes(random);
      String json = new String(bytes, StandardCharsets.ISO_8859_1);
      Sniff expected = fromTree(bytes);
      Sniff actual = Sniff.of(bytes, SNIFFER);
      String why = "case " + i + " of seed " + Long.toHexString(SEED) + ": " + json;
      // The fast path alone, where it decides: what the tree says.
      Sniff fast = SniffScan.scan(bytes, SETTINGS, null);
      if (fast != null) {
        assertThat(fast.kind()).as(why).isEqualTo(expected.kind());
        assertThat(fast.eventSource()).as(why).isEqualTo(expected.eventSource());
        assertThat(fast.eventName()).as(why).isEqualTo(expected.eventName());
        decided[expected.kind().ordinal()]++;
      }
      Sniff fastUntil = SniffScan.scan(bytes, SETTINGS, MEDIACONVERT);
      if (fastUntil != null) {
        assertThat(fastUntil.isOtherThan(MEDIACONVERT))
            .as(why)
            .isEqualTo(expected.isOtherThan(MEDIACONVERT));
      }
      assertThat(actual.kind()).as(why).isEqualTo(expected.kind());
      assertThat(actual.eventSource()).as(why).isEqualTo(expected.eventSource());
      assertThat(actual.eventName()).as(why).isEqualTo(expected.eventName());
      assertThat(Sniff.isOtherThan(bytes, SNIFFER, MEDIACONVERT))
          .as(why)
          .isEqualTo(expected.isOtherThan(MEDIACONVERT));
      // The command's order: the early-stopping scan first, then whether it is a record at all.
      InputItem.Record record = record(bytes);
      assertThat(record.isOtherThan(MEDIACONVERT))
          .as(why)
          .isEqualTo(expected.isOtherThan(MEDIACONVERT));
      assertThat(record.isNotARecord())
          .as(why)
          .isEqualTo(expected.kind() == Sniff.Kind.NOT_A_RECORD);
      assertThat(record(bytes).isNotARecord())
          .as(why)
          .isEqualTo(expected.kind() == Sniff.Kind.NOT_A_RECORD);
      kinds[expected.kind().ordinal()]++;
    }
    // The draw reaches every kind often enough for the property to mean something.
    for (Sniff.Kind kind : Sniff.Kind.values()) {
      assertThat(kinds[kind.ordinal()]).as(kind + " of " + CASES).isGreaterThan(CASES / 20);
    }
    // The fast path decides most records and objects, so the property speaks of it.
    assertThat(decided[Sniff.Kind.OBJECT.ordinal()])
        .isGreaterThan(kinds[Sniff.Kind.OBJECT.ordinal()] / 3);
    assertThat(decided[Sniff.Kind.NOT_A_RECORD.ordinal()])
        .isGreaterThan(kinds[Sniff.Kind.NOT_A_RECORD.ordinal()] / 3);
  }

  @Test
  void theFastPathDecidesAnOrdinaryRecordAndLeavesWhatItDoesNotKnowToTheParser() {
    byte[] ordinary =
        ("{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"n\":[1,-2.5,0,true,"
                + "null,false]},\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\","
                + "\"requestParameters\":{\"key\":\"caf\u00e9 \\\"\\u00e9\\n\\ud83d\\ude00 \ud83d\ude00\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Sniff fast = SniffScan.scan(ordinary, SETTINGS, null);
    assertThat(fast).isNotNull();
    assertThat(fast.kind()).isEqualTo(Sniff.Kind.OBJECT);
    assertThat(fast.eventSource()).isEqualTo("s3.amazonaws.com");
    assertThat(fast.eventName()).isEqualTo("GetObject");
    for (String undecided :
        new String[] {
          "{\"event\\u0053ource\":\"s3.amazonaws.com\"}", // an escaped name
          "{\"eventSource\":\"s3\\u002eamazonaws.com\"}", // an escaped source
          "{\"eventVersion\":1e3}", // an exponent
          "{\"eventVersion\":01}", // a leading zero: an error the parser words
          "{\"a\":1,\"a\":2}", // a name twice
          "[{\"eventVersion\":\"1.08\"}]", // no object
          "{\"eventVersion\":\"1.08\"} x", // trailing content
          "{\"eventVersion\":\"a\tb\"}", // a control character
        }) {
      assertThat(SniffScan.scan(undecided.getBytes(StandardCharsets.UTF_8), SETTINGS, null))
          .as(undecided)
          .isNull();
    }
    // Bytes that are not strict UTF-8: an overlong slash, a surrogate, a lone continuation byte.
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80}
        }) {
      byte[] json = new byte[bad.length + 20];
      byte[] head = "{\"eventVersion\":\"".getBytes(StandardCharsets.UTF_8);
      System.arraycopy(head, 0, json, 0, head.length);
      System.arraycopy(bad, 0, json, head.length, bad.length);
      json[head.length + bad.length] = '"';
      json[head.length + bad.length + 1] = '}';
      byte[] exact = java.util.Arrays.copyOf(json, head.length + bad.length + 2);
      assertThat(SniffScan.scan(exact, SETTINGS, null)).isNull();
    }
  }

  @Test
  void aLogFileCutAndSniffedInOnePassGivesWhatCuttingThenParsingGives() throws Exception {
    cutAndSniffedAsParsed(true);
  }

  @Test
  void jsonLinesTakenForRecordsByTheirSniffGiveWhatReadingTheirTreesGives() throws Exception {
    cutAndSniffedAsParsed(false);
  }

  /**
   * Drawn records in a log file ({@code logFile}) or as JSON Lines, enough to cross the reader's
   * buffer a few times: each comes out whole, at its place, with the sniff Jackson's parser gives
   * it; and both ways are taken often, records sniffed as they are cut (in the buffer, or as a line
   * without a tree) and the others (across the buffer's end, or with what the fast path leaves to
   * the parser: escaped names, duplicates, exponents, errors) cut, then sniffed.
   */
  private void cutAndSniffedAsParsed(boolean logFile) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + (logFile ? 1 : 2));
    int sniffedWhileCut = 0;
    int records = 0;
    for (int file = 0; file < 12; file++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      List<byte[]> expected = new ArrayList<>();
      List<Long> offsets = new ArrayList<>();
      if (logFile) {
        out.write("{\"Records\":[".getBytes(StandardCharsets.UTF_8));
      }
      while (out.size() < 200_000) {
        if (!expected.isEmpty()) {
          out.write(
              (logFile ? (random.nextBoolean() ? "," : "\n,") : "\n")
                  .getBytes(StandardCharsets.UTF_8));
        }
        byte[] element = drawRecord(random).getBytes(StandardCharsets.UTF_8);
        offsets.add((long) out.size());
        expected.add(element);
        out.write(element);
      }
      if (logFile) {
        out.write("]}".getBytes(StandardCharsets.UTF_8));
      }
      try (RecordReader reader =
          RecordReader.open(
              new java.io.ByteArrayInputStream(out.toByteArray()),
              "file" + file,
              new InputLimits(1 << 20, CONSTRAINTS))) {
        int k = 0;
        for (InputItem item = reader.next(); item != null; item = reader.next(), k++) {
          String why = "file " + file + ", record " + k;
          assertThat(item).as(why).isInstanceOf(InputItem.Record.class);
          InputItem.Record record = (InputItem.Record) item;
          assertThat(record.json()).as(why).isEqualTo(expected.get(k));
          assertThat(record.position().offset()).as(why).isEqualTo(offsets.get(k));
          assertThat(record.length()).as(why).isEqualTo(expected.get(k).length);
          Sniff parsed = Sniff.parsed(record.json(), SNIFFER, null);
          Sniff sniff = record.sniff();
          assertThat(sniff.kind()).as(why).isEqualTo(parsed.kind());
          assertThat(sniff.eventSource()).as(why).isEqualTo(parsed.eventSource());
          assertThat(sniff.eventName()).as(why).isEqualTo(parsed.eventName());
          if (record.sniffedWhenCut()) {
            sniffedWhileCut++;
          }
          records++;
        }
        assertThat(k).isEqualTo(expected.size());
      }
    }
    assertThat(sniffedWhileCut).isGreaterThan(records / 8).isLessThan(records * 7 / 8);
  }

  @Test
  void aWrapperWithARecordsMemberIsNotTakenForARecordByItsSniff() throws Exception {
    for (String json :
        new String[] {
          "{\"eventVersion\":\"1.08\",\"Records\":{}}",
          "{\"detail-type\":\"AWS API Call via CloudTrail\",\"resources\":[],"
              + "\"detail\":{\"eventSource\":\"s3.amazonaws.com\"}}",
          "{\"messageType\":\"CONTROL_MESSAGE\",\"eventTime\":1}"
        }) {
      assertThat(SniffScan.plainRecord(json.getBytes(StandardCharsets.UTF_8), SETTINGS))
          .as(json)
          .isNull();
    }
    assertThat(
            SniffScan.plainRecord(
                "{\"eventVersion\":\"1.08\",\"eventSource\":\"s3.amazonaws.com\"}"
                    .getBytes(StandardCharsets.UTF_8),
                SETTINGS))
        .isNotNull();
  }

  @Test
  void escapedNamesAndValuesAreReadAsTheirCharacters() {
    Sniff s =
        Sniff.of(
            "{\"event\\u0053ource\":\"mediaconvert\\u002eamazonaws.com\",\"eventName\":\"GetJob\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(s.eventSource()).isEqualTo(MEDIACONVERT);
    assertThat(s.eventName()).isEqualTo("GetJob");
  }

  @Test
  void aNestedEventSourceIsNotTheRecordsOwn() {
    Sniff s =
        Sniff.of(
            "{\"requestParameters\":{\"eventSource\":\"mediaconvert.amazonaws.com\"},\"eventSource\":\"s3.amazonaws.com\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(s.eventSource()).isEqualTo("s3.amazonaws.com");
    assertThat(s.isOtherThan(MEDIACONVERT)).isTrue();
  }

  @Test
  void aRecordBrokenAfterItsNamesIsUnreadableAndSoNotSkipped() {
    byte[] bytes =
        "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"x\":[1,}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(Sniff.of(bytes).kind()).isEqualTo(Sniff.Kind.UNREADABLE);
    assertThat(Sniff.isOtherThan(bytes, SNIFFER, MEDIACONVERT)).isFalse();
  }

  @Test
  void anObjectWithNoneOfARecordsMembersIsNoRecordAndOneWithAnyIs() {
    for (String json :
        new String[] {
          "{}",
          "{\"foo\":1}",
          "{\"Records\":{}}",
          "{\"EventSource\":\"mediaconvert.amazonaws.com\",\"detail\":{\"eventSource\":\"x\"}}"
        }) {
      assertThat(Sniff.of(json.getBytes(StandardCharsets.UTF_8)).kind())
          .as(json)
          .isEqualTo(Sniff.Kind.NOT_A_RECORD);
      assertThat(Sniff.isOtherThan(json.getBytes(StandardCharsets.UTF_8), SNIFFER, MEDIACONVERT))
          .as(json)
          .isFalse();
    }
    for (String json :
        new String[] {
          "{\"eventVersion\":\"1.08\"}",
          "{\"foo\":1,\"eventTime\":null}",
          "{\"eventVersion\":\"1.07\",\"eventType\":\"AwsCloudTrailInsight\",\"insightDetails\":{}}"
        }) {
      Sniff s = Sniff.of(json.getBytes(StandardCharsets.UTF_8));
      assertThat(s.kind()).as(json).isEqualTo(Sniff.Kind.OBJECT);
      assertThat(s.isOtherThan(MEDIACONVERT)).as(json).isTrue();
    }
  }

  private static InputItem.Record record(byte[] bytes) {
    return new InputItem.Record(
        "test", 0, bytes, "event", Position.START, bytes.length, true, SNIFFER);
  }

  /** What the tree says: the expected sniff. */
  private static Sniff fromTree(byte[] bytes) {
    JsonNode tree;
    try {
      tree = TREE.readTree(bytes);
    } catch (Exception e) {
      return sniff(Sniff.Kind.UNREADABLE, null, null);
    }
    if (tree == null || tree.isMissingNode() || !finite(tree)) {
      return sniff(Sniff.Kind.UNREADABLE, null, null);
    }
    if (!tree.isObject()) {
      return sniff(Sniff.Kind.NOT_AN_OBJECT, null, null);
    }
    boolean record = false;
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      record |= Sniff.isRecordMember(names.next());
    }
    if (!record) {
      return sniff(Sniff.Kind.NOT_A_RECORD, null, null);
    }
    JsonNode source = tree.get("eventSource");
    JsonNode name = tree.get("eventName");
    return sniff(
        Sniff.Kind.OBJECT,
        source != null && source.isTextual() ? source.asText() : null,
        name != null && name.isTextual() ? name.asText() : null);
  }

  private static boolean finite(JsonNode node) {
    if (node.isDouble() || node.isFloat()) {
      return Double.isFinite(node.doubleValue());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      if (!finite(it.next())) {
        return false;
      }
    }
    return true;
  }

  /** The expected sniff, made through the one constructor the class has: by sniffing JSON. */
  private static Sniff sniff(Sniff.Kind kind, String source, String name) {
    return switch (kind) {
      case UNREADABLE -> Sniff.of(new byte[0]);
      case NOT_AN_OBJECT -> Sniff.of("[]".getBytes(StandardCharsets.UTF_8));
      case NOT_A_RECORD -> Sniff.of("{}".getBytes(StandardCharsets.UTF_8));
      case OBJECT -> {
        StringBuilder b = new StringBuilder("{\"eventVersion\":null");
        if (source != null) {
          b.append(",\"eventSource\":").append(quote(source));
        }
        if (name != null) {
          b.append(",\"eventName\":").append(quote(name));
        }
        yield Sniff.of(b.append('}').toString().getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private static String quote(String s) {
    try {
      return TREE.writeValueAsString(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------- the draw

  private static final String[] SOURCES = {
    MEDIACONVERT, "s3.amazonaws.com", "ec2.amazonaws.com", "", "mediaconvert.amazonaws.com "
  };
  private static final String[] NAMES = {"CreateJob", "GetJob", "PutObject", "ListJobs"};

  /**
   * A drawn input as bytes: now and then one byte replaced by one JSON text never holds raw (a NUL,
   * a control character) or that is not UTF-8 where it stands.
   */
  private static byte[] drawBytes(SplittableRandom r) {
    byte[] bytes = drawInput(r).getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && r.nextInt(16) == 0) {
      int[] odd = {0x00, 0x0c, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe0, 0xed, 0xf4, 0xf5, 0xff};
      bytes[r.nextInt(bytes.length)] = (byte) odd[r.nextInt(odd.length)];
    }
    return bytes;
  }

  private static String drawInput(SplittableRandom r) {
    String record = drawRecord(r);
    return switch (r.nextInt(13)) {
      case 0 -> record.substring(0, r.nextInt(record.length())); // truncated
      case 1 -> record + (r.nextBoolean() ? " {}" : " x"); // trailing content
      case 2 -> { // one byte changed for a structural one
        int at = r.nextInt(record.length());
        yield record.substring(0, at) + "{}[],:\"".charAt(r.nextInt(7)) + record.substring(at + 1);
      }
      case 3 -> drawValue(r, 0); // no object, mostly
      case 4 -> "[" + record + "]";
      case 5, 6 -> drawObject(r); // no record, mostly
      default -> record;
    };
  }

  /**
   * An object of members a record does not have (some named like a record's in another case, or
   * nested in a value), and now and then one that it has.
   */
  private static String drawObject(SplittableRandom r) {
    List<String> members = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      members.add(
          quote(pick(r, "foo", "EventSource", "eventname", "detail", "Records" + i, "data" + i))
              + ":"
              + drawValue(r, 1));
    }
    if (r.nextInt(3) == 0) {
      members.add(
          r.nextInt(members.size() + 1),
          nameKey(r, pick(r, "eventTime", "eventSource", "tlsDetails")) + ":" + drawValue(r, 2));
    }
    return "{" + String.join(",", members) + "}";
  }

  private static String drawRecord(SplittableRandom r) {
    List<String> members = new ArrayList<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      members.add(
          quote(pick(r, "eventVersion", "userIdentity", "awsRegion")) + ":" + drawValue(r, 1));
    }
    if (r.nextInt(10) > 0) {
      members.add(r.nextInt(members.size() + 1), nameKey(r, "eventSource") + ":" + source(r));
    }
    if (r.nextInt(10) > 0) {
      members.add(r.nextInt(members.size() + 1), nameKey(r, "eventName") + ":" + name(r));
    }
    if (r.nextInt(8) == 0) { // a duplicate
      members.add(
          r.nextInt(members.size() + 1),
          nameKey(r, r.nextBoolean() ? "eventSource" : "eventName") + ":" + source(r));
    }
    if (r.nextInt(4) == 0) { // payloads after the names, with names nested in them
      members.add(
          quote("requestParameters")
              + ":{"
              + quote("eventSource")
              + ":"
              + source(r)
              + ","
              + quote("eventName")
              + ":"
              + drawValue(r, 2)
              + "}");
    }
    return "{" + String.join(r.nextBoolean() ? "," : " ,\n ", members) + "}";
  }

  private static String nameKey(SplittableRandom r, String key) {
    return switch (r.nextInt(6)) {
      case 0 -> "\"" + key.replace("S", "\\u0053").replace("N", "\\u004e") + "\"";
      case 1 ->
          "\""
              + key.substring(0, 5)
              + "\\u"
              + String.format("%04x", (int) key.charAt(5))
              + key.substring(6)
              + "\"";
      default -> quote(key);
    };
  }

  private static String source(SplittableRandom r) {
    return switch (r.nextInt(10)) {
      case 0 -> "1";
      case 1 -> "null";
      case 2 -> "{\"a\":1}";
      case 3 -> "\"mediaconvert\\u002eamazonaws.com\"";
      default -> quote(SOURCES[r.nextInt(SOURCES.length)]);
    };
  }

  private static String name(SplittableRandom r) {
    return r.nextInt(8) == 0 ? "[\"CreateJob\"]" : quote(NAMES[r.nextInt(NAMES.length)]);
  }

  private static String drawValue(SplittableRandom r, int depth) {
    int kind = depth > 4 ? r.nextInt(6) : r.nextInt(9);
    return switch (kind) {
      case 0 ->
          switch (r.nextInt(8)) {
            case 0 -> quote("v\u00e9" + r.nextInt(100) + (r.nextBoolean() ? "\"\\" : ""));
            case 1 -> quote("\ud83d\ude00 \u0001 \u2028 caf\u00e9"); // escaped by the writer
            case 2 -> // raw characters of 1 to 4 bytes, and escapes of every kind, some wrong
                "\"\u00e9\u20ac\ud83d\ude00"
                    + pick(r, "\\n", "\\/", "\\b\\f\\r\\t", "\\u00E9", "\\ud83d", "\\x", "\\u12")
                    + "\"";
            default -> quote("plain " + r.nextInt(1000));
          };
      case 1 ->
          r.nextInt(4) == 0
              ? pick(
                  r,
                  "-0",
                  "0.5",
                  "-12.25",
                  "01",
                  "-",
                  "1.",
                  ".5",
                  "1E+2",
                  "1e-2",
                  "2x",
                  "123456789012345678901234567890",
                  "-9223372036854775809",
                  "tru",
                  "nul",
                  "truex")
              : Integer.toString(r.nextInt());
      case 2 -> r.nextInt(10) == 0 ? "1e400" : r.nextDouble() * 100 + "";
      case 3 -> "true";
      case 4 -> "null";
      case 5 -> "\"\"";
      case 6, 7 -> {
        StringBuilder b = new StringBuilder("{");
        // now and then a wide object, of scalars, where a name may come again after the 24th
        boolean wide = depth <= 2 && r.nextInt(8) == 0;
        int n = wide ? 20 + r.nextInt(20) : r.nextInt(4);
        for (int i = 0; i < n; i++) {
          String key =
              wide
                  ? "k" + r.nextInt(400)
                  : pick(r, "a", "b", "eventSource", "eventName") + (r.nextBoolean() ? i : "");
          b.append(i > 0 ? "," : "")
              .append(quote(key))
              .append(':')
              .append(drawValue(r, wide ? 5 : depth + 1));
        }
        yield b.append('}').toString();
      }
      default -> {
        StringBuilder b = new StringBuilder("[");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.append(i > 0 ? "," : "").append(drawValue(r, depth + 1));
        }
        yield b.append(']').toString();
      }
    };
  }

  private static String pick(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
