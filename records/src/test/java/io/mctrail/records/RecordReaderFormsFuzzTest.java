package io.mctrail.records;

import static io.mctrail.records.RecordReaderFuzzTest.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzzes {@link RecordReader} with structured files: one to five real-looking records (those of
 * {@link RecordReaderFuzzTest}'s seed files) in one of the input forms (a Lambda event of a
 * CloudWatch Logs subscription among them; a digest file or a control message holds none), written
 * compact or pretty, in UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32, gzipped once
 * or twice, or base64 of gzip; then perhaps damaged (cut short, bytes changed, bytes inserted).
 *
 * <p>Beyond {@link RecordReaderFuzzTest#assertItems}, an oracle: an undamaged file gives exactly
 * its records (as JSON trees), in order, and nothing else but a digest's or control message's skip;
 * a file cut short gives a prefix of its records, then at most one broken record. Run as {@link
 * RecordReaderFuzzTest} says, with {@code -Dtest=RecordReaderFormsFuzzTest}.
 */
class RecordReaderFormsFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<ObjectNode> EVENTS = events();
  private static final String[] CHARSETS = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};

  enum Form {
    EVENT,
    ARRAY,
    RECORDS,
    NDJSON,
    CONCATENATED,
    EVENTBRIDGE,
    SUBSCRIPTION,
    FILTER_LOG_EVENTS,
    EXPORT,
    LOOKUP,
    DIGEST,
    LAMBDA,
    CONTROL
  }

  @FuzzTest(maxDuration = "60s")
  void readsFilesOfEveryForm(FuzzedDataProvider data) throws IOException {
    Form form = data.pickValue(Form.values());
    int n =
        form == Form.EVENT || form == Form.EVENTBRIDGE || skipped(form) ? 1 : data.consumeInt(1, 5);
    List<JsonNode> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(EVENTS.get(data.consumeInt(0, EVENTS.size() - 1)));
    }
    boolean pretty = data.consumeBoolean();
    String text = write(form, records, pretty);
    byte[] bytes = encode(text, data);
    String how = form + (pretty ? " pretty" : "") + " " + encoding(bytes);
    // None, gzip, gzip of gzip, or base64 of gzip (a CloudWatch Logs subscription delivery).
    int layers = data.consumeInt(0, 3);
    if (layers == 3) {
      bytes = Base64.getMimeEncoder().encode(gzip(bytes));
    } else {
      for (int i = 0; i < layers; i++) {
        bytes = gzip(bytes);
      }
    }
    int damage = data.consumeInt(0, 3);
    switch (damage) {
      case 1 -> bytes = Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
      case 2 -> {
        for (int k = data.consumeInt(1, 4); k > 0 && bytes.length > 0; k--) {
          bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
      }
      case 3 -> {
        int at = data.consumeInt(0, bytes.length);
        byte[] junk = data.consumeBytes(16);
        byte[] out = new byte[bytes.length + junk.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(bytes, at, out, at + junk.length, bytes.length - at);
        bytes = out;
      }
      default -> {}
    }
    how += " gzip x" + layers + " damage " + damage;
    List<InputItem> items = RecordReaderFuzzTest.read(bytes);
    RecordReaderFuzzTest.assertItems(items);
    if (damage >= 2) {
      return;
    }
    List<JsonNode> read = new ArrayList<>();
    int i = 0;
    for (; i < items.size() && items.get(i) instanceof InputItem.Record r; i++) {
      read.add(parse(r.json()));
    }
    List<InputItem> rest = items.subList(i, items.size());
    if (skipped(form)) {
      records = List.of();
    }
    check(read.size() <= records.size(), how + ": more records than written: " + read.size());
    check(read.equals(records.subList(0, read.size())), how + ": records other than written");
    if (damage == 0) {
      check(
          read.size() == records.size(),
          how + ": " + read.size() + " of " + records.size() + " records, then " + rest);
      check(
          skipped(form)
              ? rest.size() == 1 && rest.get(0) instanceof InputItem.Skipped
              : rest.isEmpty(),
          how + " gave more: " + rest);
    } else {
      // A digest's or control message's skip, then at most one broken record (the cut, or a gzip
      // cut in its trailer after the last record), and nothing after it.
      List<InputItem> after =
          skipped(form) && !rest.isEmpty() && rest.get(0) instanceof InputItem.Skipped
              ? rest.subList(1, rest.size())
              : rest;
      check(
          after.isEmpty()
              || (after.size() == 1
                  && (after.get(0) instanceof InputItem.Broken
                      || after.get(0) instanceof InputItem.Empty)),
          how + " cut short gave more than one item after its records: " + rest);
    }
  }

  /** Whether the form holds no record but is one counted skip. */
  private static boolean skipped(Form form) {
    return form == Form.DIGEST || form == Form.CONTROL;
  }

  /** The first bytes of an encoded file, for messages. */
  private static String encoding(byte[] bytes) {
    StringBuilder b = new StringBuilder("starting");
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      b.append(String.format(" %02X", bytes[i] & 0xff));
    }
    return b.toString();
  }

  private static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("a record of an undamaged file is not JSON: " + e.getMessage(), e);
    }
  }

  /** The file of {@code records} in {@code form}. */
  static String write(Form form, List<JsonNode> records, boolean pretty) throws IOException {
    List<String> each = new ArrayList<>();
    for (JsonNode r : records) {
      each.add(json(r, pretty && form != Form.NDJSON && form != Form.EXPORT));
    }
    return switch (form) {
      case EVENT -> each.get(0);
      case ARRAY -> "[" + String.join(",\n", each) + "]";
      case RECORDS -> "{\"Records\":[" + String.join(",", each) + "]}";
      case NDJSON -> String.join("\n", each) + "\n";
      case CONCATENATED -> String.join("", each);
      case EVENTBRIDGE -> {
        ObjectNode e = NODES.objectNode();
        e.put("version", "0").put("id", "1").put("detail-type", "AWS API Call via CloudTrail");
        e.put("source", "aws.mediaconvert").set("detail", records.get(0));
        yield json(e, pretty);
      }
      case LAMBDA -> {
        String payload = write(Form.SUBSCRIPTION, records, false);
        ObjectNode e = NODES.objectNode();
        e.putObject("awslogs")
            .put(
                "data",
                Base64.getEncoder().encodeToString(gzip(payload.getBytes(StandardCharsets.UTF_8))));
        yield json(e, pretty);
      }
      case CONTROL -> {
        ObjectNode control = NODES.objectNode().put("messageType", "CONTROL_MESSAGE");
        control.put("owner", "CloudwatchLogs").put("logGroup", "").put("logStream", "");
        control.putArray("subscriptionFilters");
        control
            .putArray("logEvents")
            .addObject()
            .put("id", "")
            .put("timestamp", 1718893531000L)
            .put("message", "CWL CONTROL MESSAGE: Checking health of destination Firehose.");
        yield json(control, pretty);
      }
      case SUBSCRIPTION, FILTER_LOG_EVENTS, LOOKUP -> {
        ObjectNode wrapper = NODES.objectNode();
        ArrayNode list =
            wrapper.putArray(
                form == Form.SUBSCRIPTION
                    ? "logEvents"
                    : form == Form.LOOKUP ? "Events" : "events");
        for (int i = 0; i < each.size(); i++) {
          ObjectNode element = list.addObject().put("id", Integer.toString(i));
          String message = json(records.get(i), false);
          if (form == Form.LOOKUP) {
            element.put("CloudTrailEvent", message);
          } else {
            element.put(
                "message",
                form == Form.FILTER_LOG_EVENTS ? "2024-06-20T14:25:31.000Z " + message : message);
          }
        }
        wrapper.put("NextToken", "t");
        yield json(wrapper, pretty);
      }
      case EXPORT -> {
        StringBuilder b = new StringBuilder();
        for (String e : each) {
          b.append("2024-06-20T14:25:31.000Z ").append(e).append('\n');
        }
        yield b.toString();
      }
      case DIGEST ->
          "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"2024-06-20T13:25:31Z\","
              + "\"digestEndTime\":\"2024-06-20T14:25:31Z\",\"logFiles\":[]}";
    };
  }

  private static byte[] encode(String text, FuzzedDataProvider data) {
    int encoding = data.consumeInt(0, 2);
    if (encoding == 1) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[utf8.length + 3];
      out[0] = (byte) 0xEF;
      out[1] = (byte) 0xBB;
      out[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, out, 3, utf8.length);
      return out;
    }
    if (encoding == 2) {
      String charset = data.pickValue(CHARSETS);
      return ((data.consumeBoolean() ? "\ufeff" : "") + text).getBytes(Charset.forName(charset));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(JsonNode node, boolean pretty) throws IOException {
    return pretty
        ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
        : MAPPER.writeValueAsString(node);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** The records of the byte-level target's seed files that are JSON objects. */
  private static List<ObjectNode> events() {
    URL dir =
        RecordReaderFormsFuzzTest.class.getResource("RecordReaderFuzzTestInputs/readsAnyBytes");
    if (dir == null) {
      throw new IllegalStateException("no seed inputs for RecordReaderFuzzTest");
    }
    List<ObjectNode> events = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.sorted().toList()) {
        for (InputItem item : RecordReaderFuzzTest.read(Files.readAllBytes(f))) {
          if (item instanceof InputItem.Record r) {
            try {
              if (MAPPER.readTree(r.json()) instanceof ObjectNode o && o.has("eventVersion")) {
                events.add(o);
              }
            } catch (IOException notJson) {
              // a broken record of a seed
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(events);
  }
}
