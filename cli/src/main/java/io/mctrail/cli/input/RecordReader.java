package io.mctrail.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Cuts the CloudTrail records out of one input, one at a time, whatever form it comes in: one
 * event; a JSON array of events; a CloudTrail log file {@code {"Records":[...]}}; newline-delimited
 * or concatenated events; an EventBridge event (the record in {@code detail}); a CloudWatch Logs
 * subscription payload or {@code filter-log-events} output ({@code logEvents[].message}, {@code
 * events[].message}); a CloudWatch Logs export (a timestamp before each event); CloudTrail
 * LookupEvents output ({@code Events[].CloudTrailEvent}, a string). Any of these may be gzipped,
 * and a subscription payload may be base64 of gzip. Digest files are skipped.
 *
 * <p>It scans bytes, tracking strings and nesting, and never holds more than one record (and the
 * small envelope of a wrapper) in memory, so a log file of several GB on one line streams in
 * bounded memory. Each record is cut out on its own: a record that is not valid JSON is still
 * handed on (the validator reports where it breaks) and the records after it are still read. Only a
 * record that does not end (a truncated file or gzip) ends the file.
 */
public final class RecordReader implements Closeable {

  /** Members of a wrapper object whose array elements are records or hold records. */
  private static final Set<String> RECORD_ARRAYS =
      Set.of("Records", "Events", "logEvents", "events");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int EOF = -1;

  private final InputStream in;
  private final InputLimits limits;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private final Deque<InputItem> pending = new ArrayDeque<>();
  private int index;
  private boolean done;
  private boolean started;

  private RecordReader(InputStream in, InputLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  /**
   * A reader of {@code raw}, decompressing gzip (and base64 of gzip) when its first bytes say so.
   */
  public static RecordReader open(InputStream raw, InputLimits limits) throws IOException {
    return new RecordReader(decode(raw, 0), limits);
  }

  private static InputStream decode(InputStream raw, int depth) throws IOException {
    BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
    b.mark(4);
    byte[] head = b.readNBytes(4);
    b.reset();
    if (depth < 2 && head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return decode(new GZIPInputStream(b, 1 << 16), depth + 1);
    }
    if (depth < 2
        && head.length == 4
        && new String(head, StandardCharsets.US_ASCII).equals("H4sI")) {
      return decode(new GZIPInputStream(Base64.getMimeDecoder().wrap(b), 1 << 16), depth + 1);
    }
    return b;
  }

  /** The next item, or {@code null} at the end of the input. Never throws for bad content. */
  public InputItem next() {
    while (pending.isEmpty() && !done) {
      try {
        readTopLevel();
      } catch (Truncated e) {
        pending.add(new InputItem.Broken(index++, e.getMessage()));
        done = true;
      } catch (IOException e) {
        pending.add(
            new InputItem.Broken(
                index++,
                "the input cannot be read further ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): a truncated or corrupt gzip?"));
        done = true;
      }
    }
    return pending.poll();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  // ------------------------------------------------------------------ top level

  private void readTopLevel() throws IOException {
    if (!started) {
      started = true;
      if (!skipByteOrderMark()) {
        return;
      }
    }
    int c = skipWhitespace();
    switch (c) {
      case EOF -> done = true;
      case '{' -> readTopObject();
      case '[' -> readArray(null, "json-array");
      default -> readLinePrefix(c);
    }
  }

  /** Skips a UTF-8 byte-order mark; reports UTF-16, which CloudTrail never writes. */
  private boolean skipByteOrderMark() throws IOException {
    int a = peek();
    if (a == 0xEF) {
      read();
      if (read() == 0xBB && read() == 0xBF) {
        return true;
      }
      pending.add(new InputItem.Broken(index++, "the input starts with bytes that are not UTF-8"));
      done = true;
      return false;
    }
    if (a == 0xFE || a == 0xFF || a == 0x00) {
      pending.add(
          new InputItem.Broken(
              index++, "the input is UTF-16 or binary; CloudTrail writes UTF-8 JSON"));
      done = true;
      return false;
    }
    return true;
  }

  /**
   * Content before a record on its line: the timestamp a CloudWatch Logs export writes before each
   * event is skipped; anything else is a broken record, and reading goes on at the next line.
   */
  private void readLinePrefix(int first) throws IOException {
    ByteArrayOutputStream prefix = new ByteArrayOutputStream();
    prefix.write(first);
    int c;
    while ((c = peek()) != EOF && c != '{' && c != '\n') {
      prefix.write(read());
    }
    String text = prefix.toString(StandardCharsets.UTF_8).strip();
    if (c == '{' && text.matches("[0-9][0-9T:.\\-+Z ]*")) {
      read();
      readTopObject("cloudwatch-export");
      return;
    }
    pending.add(
        new InputItem.Broken(
            index++,
            "unexpected content where a record should start: "
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text)));
    while ((c = read()) != EOF && c != '\n') {
      // skip the rest of the line
    }
  }

  private void readTopObject() throws IOException {
    readTopObject("event");
  }

  /**
   * Reads a top-level object. Arrays of records inside it are streamed as they are met; the rest of
   * the object (small: a wrapper's envelope, or one event) is kept and classified at its end.
   */
  private void readTopObject(String form) throws IOException {
    Capture obj = new Capture(limits.maxRecordBytes());
    obj.write('{');
    boolean streamed = false;
    while (true) {
      int c = skipWhitespace(obj);
      if (c == '}') {
        obj.write('}');
        break;
      }
      if (c == EOF) {
        throw new Truncated("the input ends inside a record");
      }
      if (c != '"') {
        // Not a member name: not valid JSON. Keep the rest of the object for the validator.
        obj.write(c);
        copyRestOfContainer(obj, 1);
        break;
      }
      String key = copyString(obj);
      c = skipWhitespace(obj);
      if (c != ':') {
        obj.write(c);
        copyRestOfContainer(obj, 1);
        break;
      }
      obj.write(':');
      int v = skipWhitespace(obj);
      if (RECORD_ARRAYS.contains(key) && v == '[') {
        obj.write('[');
        obj.write(']');
        readArray(key, formOf(key));
        streamed = true;
      } else {
        copyValue(obj, v);
      }
      c = skipWhitespace(obj);
      if (c == ',') {
        obj.write(',');
      } else if (c == '}') {
        obj.write('}');
        break;
      } else if (c == EOF) {
        throw new Truncated("the input ends inside a record");
      } else {
        obj.write(c);
        copyRestOfContainer(obj, 1);
        break;
      }
    }
    if (obj.overflowed()) {
      pending.add(new InputItem.Broken(index++, tooLarge()));
      return;
    }
    classify(obj.toByteArray(), form, streamed);
  }

  private static String formOf(String key) {
    return switch (key) {
      case "Records" -> "records-file";
      case "Events" -> "lookup-events";
      default -> "cloudwatch-logs";
    };
  }

  /** Decides what a top-level object was, once read. */
  private void classify(byte[] bytes, String form, boolean streamed) {
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException notJson) {
      if (!streamed) {
        pending.add(new InputItem.Record(index++, bytes, form)); // the validator says where
      }
      return;
    }
    if (streamed) {
      return;
    }
    if (node.has("Records")) {
      pending.add(new InputItem.Broken(index++, "the Records member of a log file is not a list"));
    } else if (node.has("logFiles") && (node.has("digestStartTime") || node.has("digestEndTime"))) {
      pending.add(new InputItem.Skipped(index++, "CloudTrail digest file"));
    } else if (node.has("detail-type") && node.has("detail")) {
      JsonNode detail = node.get("detail");
      try {
        pending.add(new InputItem.Record(index++, MAPPER.writeValueAsBytes(detail), "eventbridge"));
      } catch (IOException e) {
        pending.add(new InputItem.Broken(index - 1, "the EventBridge detail cannot be read"));
      }
    } else {
      pending.add(new InputItem.Record(index++, bytes, form));
    }
  }

  // ------------------------------------------------------------------ arrays of records

  /** Streams the elements of an array whose {@code [} was just read. */
  private void readArray(String key, String form) throws IOException {
    while (true) {
      int c = skipWhitespace();
      if (c == ']') {
        return;
      }
      if (c == EOF) {
        throw new Truncated("the input ends inside a list of records");
      }
      Capture element = new Capture(limits.maxRecordBytes());
      copyValue(element, c);
      emitElement(key, form, element);
      c = skipWhitespace();
      if (c == ']') {
        return;
      }
      if (c == EOF) {
        throw new Truncated("the input ends inside a list of records");
      }
      if (c != ',') {
        pending.add(
            new InputItem.Broken(
                index++, "records are not separated by a comma where one is expected"));
        unread();
      }
    }
  }

  private void emitElement(String key, String form, Capture element) {
    if (element.overflowed()) {
      pending.add(new InputItem.Broken(index++, tooLarge()));
      return;
    }
    byte[] bytes = element.toByteArray();
    if (key == null || key.equals("Records")) {
      pending.add(new InputItem.Record(index++, bytes, form));
      return;
    }
    String field = key.equals("Events") ? "CloudTrailEvent" : "message";
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException e) {
      pending.add(new InputItem.Broken(index++, "an element of " + key + " is not valid JSON"));
      return;
    }
    JsonNode inner = node.get(field);
    if (inner == null || !inner.isTextual()) {
      pending.add(
          new InputItem.Broken(index++, "an element of " + key + " has no " + field + " string"));
      return;
    }
    String text = inner.asText();
    int brace = text.indexOf('{');
    if (key.equals("events")
        && brace > 0
        && text.substring(0, brace).strip().matches("[0-9T:.\\-+Z ]*")) {
      text = text.substring(brace);
    }
    pending.add(new InputItem.Record(index++, text.getBytes(StandardCharsets.UTF_8), form));
  }

  private String tooLarge() {
    return "the record is larger than the limit of " + limits.maxRecordBytes() + " bytes";
  }

  // ------------------------------------------------------------------ values

  /** Copies one JSON value whose first byte {@code first} was just read. */
  private void copyValue(Capture out, int first) throws IOException {
    if (first == '"') {
      out.write('"');
      copyStringBody(out);
    } else if (first == '{' || first == '[') {
      out.write(first);
      copyRestOfContainer(out, 1);
    } else {
      out.write(first);
      int c;
      while ((c = peek()) != EOF && c != ',' && c != '}' && c != ']' && !isWhitespace(c)) {
        out.write(read());
      }
    }
  }

  /** Copies up to the end of the container(s) open at {@code depth}. */
  private void copyRestOfContainer(Capture out, int depth) throws IOException {
    while (depth > 0) {
      int c = read();
      if (c == EOF) {
        throw new Truncated("the input ends inside a record");
      }
      out.write(c);
      if (c == '"') {
        copyStringBody(out);
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }

  /** Copies a member name whose opening quote was read, and returns its text. */
  private String copyString(Capture out) throws IOException {
    out.write('"');
    int start = out.size();
    copyStringBody(out);
    return out.text(start, out.size() - 1);
  }

  private void copyStringBody(Capture out) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new Truncated("the input ends inside a string");
      }
      out.write(c);
      if (c == '\\') {
        int escaped = read();
        if (escaped == EOF) {
          throw new Truncated("the input ends inside a string");
        }
        out.write(escaped);
      } else if (c == '"') {
        return;
      }
    }
  }

  // ------------------------------------------------------------------ bytes

  private int skipWhitespace() throws IOException {
    int c;
    do {
      c = read();
    } while (isWhitespace(c));
    return c;
  }

  private int skipWhitespace(Capture out) throws IOException {
    int c;
    while (isWhitespace(c = read())) {
      out.write(c);
    }
    return c;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos++] & 0xff;
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos] & 0xff;
  }

  private void unread() {
    pos--;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /** A byte buffer that stops growing at a limit but remembers that it overflowed. */
  private static final class Capture extends ByteArrayOutputStream {
    private final int limit;
    private boolean overflowed;

    Capture(int limit) {
      super(256);
      this.limit = limit;
    }

    @Override
    public void write(int b) {
      if (count >= limit) {
        overflowed = true;
        return;
      }
      super.write(b);
    }

    boolean overflowed() {
      return overflowed;
    }

    String text(int from, int to) {
      return new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
  }

  /** The input ended inside a record. */
  private static final class Truncated extends IOException {
    private static final long serialVersionUID = 1L;

    Truncated(String message) {
      super(message);
    }
  }
}
