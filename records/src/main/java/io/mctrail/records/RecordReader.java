package io.mctrail.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Cuts the CloudTrail records out of one input, one at a time, whatever form it comes in: one
 * event; a JSON array of events; a CloudTrail log file {@code {"Records":[...]}}; newline-delimited
 * or concatenated events; an EventBridge event (the record in {@code detail}); a CloudWatch Logs
 * subscription payload or {@code filter-log-events} output ({@code logEvents[].message}, {@code
 * events[].message}); the event AWS Lambda receives from a subscription ({@code {"awslogs":
 * {"data": "<base64 of gzip of a payload>"}}}); a CloudWatch Logs export (a timestamp before each
 * event); CloudTrail LookupEvents output ({@code Events[].CloudTrailEvent}, a string). Any of these
 * may be gzipped, and a subscription payload may be base64 of gzip. Digest files and CloudWatch
 * Logs control messages are skipped, each with its {@link SkipReason}.
 *
 * <p>It scans bytes, tracking strings and nesting, and never holds more than one record (and the
 * small envelope of a wrapper) in memory: each call of {@link #next()} reads on only as far as the
 * next record, so a log file of several GB on one line streams in bounded memory, and a record
 * larger than {@link InputLimits#maxRecordBytes()} is a broken record, not an {@code
 * OutOfMemoryError}. Each record is cut out on its own: a record that is not valid JSON is still
 * handed on (the validator reports where it breaks) and the records after it are still read. Lines
 * of text that hold no record are one broken record. Only a record that does not end (a truncated
 * file, or a truncated gzip after every record its compressed bytes hold) ends the file, and so
 * does binary content where a record should start: one broken record says the input is not text.
 *
 * <p>UTF-8 is expected; a UTF-8 byte-order mark is skipped, and UTF-16 or UTF-32 input is read in
 * its encoding; either way {@link #encodingNote()} says so. An input that is empty or holds only
 * whitespace gives one {@link InputItem.Empty}.
 */
public final class RecordReader implements Closeable {

  /** Members of a wrapper object whose array elements are records or hold records. */
  private static final Set<String> RECORD_ARRAYS =
      Set.of("Records", "Events", "logEvents", "events");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int EOF = -1;

  /** The longest text before a record on its line that is kept for a message or a timestamp. */
  private static final int MAX_PREFIX = 4096;

  /** Where the scan is: between top-level values, in a top-level object, in an array of records. */
  private enum State {
    TOP,
    OBJECT,
    ARRAY
  }

  private final InputStream in;
  private final String source;
  private final InputLimits limits;
  private final JsonFactory sniffer;
  private final SniffScan scanner = new SniffScan();
  private final SniffScan.Settings scanSettings;
  private final boolean compressed;
  private final String encodingNote;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;

  // Positions: bytes of the input before buf[0]; lines counted up to buf[counted].
  private long consumed;
  private int counted;
  private long line = 1;
  private long lineStart;
  private final Deque<InputItem> pending = new ArrayDeque<>();
  private int index;
  private boolean done;
  private boolean sawContent;
  private State state = State.TOP;

  // The top-level object being read (State.OBJECT, or State.ARRAY inside it).
  private Capture object;
  private String objectForm;
  private Position objectStart;
  private boolean objectStreamed;
  private boolean objectAfterValue;

  // A CloudWatch Logs control message: its messageType, met before its logEvents, says so.
  private boolean objectControl;

  // The array of records being streamed (State.ARRAY).
  private String arrayKey;
  private String arrayForm;
  private boolean arrayInObject;

  // The element of that array being cut: one buffer for all, each record copied out of it once.
  private final Capture element;

  // The capture that the bytes of buf from mark on go to: the scan only moves pos, and the bytes it
  // passes are copied a buffer's run at a time, when the buffer is refilled and when the capture
  // ends, not a token at a time (a copy per string was the largest cost of cutting records).
  private Capture capturing;
  private int mark;

  // The awslogs data of a Lambda event being read, by a reader of its own, whose items are this
  // reader's, at the event's place. Such a reader opens no Lambda event of its own.
  private RecordReader lambdaData;
  private Position lambdaAt;
  private long lambdaLength;
  private boolean insideLambdaEvent;

  private RecordReader(
      InputStream in, String source, InputLimits limits, boolean compressed, String encodingNote) {
    this.in = in;
    this.source = source;
    this.limits = limits;
    this.sniffer = Sniff.factory(limits.readConstraints());
    this.scanSettings = SniffScan.Settings.of(sniffer);
    this.element = new Capture(limits.maxRecordBytes());
    this.compressed = compressed;
    this.encodingNote = encodingNote;
  }

  /**
   * A reader of {@code raw}, decompressing gzip (and base64 of gzip) when its first bytes say so,
   * and reading UTF-16 and UTF-32 (detected from a byte-order mark or from the zero bytes around
   * the first character, RFC 4627 section 3) as what they are. A gzip whose header cannot be read
   * gives a reader of one broken record. The reader closes {@code raw}.
   *
   * @param source the input's name, which every item carries (a path, an {@code s3://} URI, {@code
   *     -} for standard input)
   * @throws IOException when the first bytes of {@code raw} cannot be read
   */
  public static RecordReader open(InputStream raw, String source, InputLimits limits)
      throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(limits, "limits");
    // No buffer between the layers: a buffer's fill that got some bytes and then met the end of a
    // truncated gzip (or a read error) would throw them away with the exception. The scanner reads
    // 64 KiB at a time itself, and so gets every byte each layer gives before it fails.
    InputStream b = raw;
    boolean compressed = false;
    byte[] head;
    try {
      head = b.readNBytes(4);
      for (int depth = 0; depth < 2; depth++) {
        boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        boolean base64 =
            !gzip && head.length == 4 && new String(head, StandardCharsets.US_ASCII).equals("H4sI");
        if (!gzip && !base64) {
          break;
        }
        compressed = true;
        InputStream from = withHead(head, b);
        if (base64) {
          // the decoder reads its input a byte at a time
          from = Base64.getMimeDecoder().wrap(new BufferedInputStream(from, 1 << 16));
        }
        b = new GZIPInputStream(from, 1 << 16);
        head = b.readNBytes(4);
      }
    } catch (IOException e) {
      if (!compressed) {
        throw e;
      }
      RecordReader broken = new RecordReader(b, source, limits, true, null);
      broken.pending.add(broken.broken(broken.cannotReadFurther(e), Position.START));
      broken.done = true;
      return broken;
    }
    return encoded(b, source, head, limits, compressed);
  }

  /**
   * A reader of the file at {@code path}, named by it, as {@link #open(InputStream, String,
   * InputLimits)} reads it.
   *
   * @throws IOException when the file cannot be opened or its first bytes read
   */
  public static RecordReader open(Path path, InputLimits limits) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return open(in, path.toString(), limits);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * {@code head}, the first bytes read from {@code rest}, then the rest: each read gives what one
   * read of the stream below gives, so none is lost when a later one fails.
   */
  private static InputStream withHead(byte[] head, InputStream rest) {
    return new SequenceInputStream(new ByteArrayInputStream(head), rest);
  }

  /**
   * A reader of {@code rest}, whose first bytes {@code head} were read from it, in their encoding.
   */
  private static RecordReader encoded(
      InputStream rest, String source, byte[] head, InputLimits limits, boolean compressed)
      throws IOException {
    int[] h = new int[4];
    for (int i = 0; i < 4; i++) {
      h[i] = i < head.length ? head[i] & 0xff : -1;
    }
    String charset = null;
    int bom = 0;
    if (h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF) {
      bom = 3;
    } else if (h[0] == 0 && h[1] == 0 && h[2] == 0xFE && h[3] == 0xFF) {
      charset = "UTF-32BE";
      bom = 4;
    } else if (h[0] == 0xFF && h[1] == 0xFE && h[2] == 0 && h[3] == 0) {
      charset = "UTF-32LE";
      bom = 4;
    } else if (h[0] == 0xFE && h[1] == 0xFF) {
      charset = "UTF-16BE";
      bom = 2;
    } else if (h[0] == 0xFF && h[1] == 0xFE) {
      charset = "UTF-16LE";
      bom = 2;
    } else if (h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] > 0) {
      charset = "UTF-32BE";
    } else if (h[0] > 0 && h[1] == 0 && h[2] == 0 && h[3] == 0) {
      charset = "UTF-32LE";
    } else if (h[0] == 0 && h[1] > 0) {
      charset = "UTF-16BE";
    } else if (h[0] > 0 && h[1] == 0) {
      charset = "UTF-16LE";
    }
    InputStream b = withHead(Arrays.copyOfRange(head, bom, head.length), rest);
    if (charset == null) {
      String note =
          bom == 0
              ? null
              : "the input starts with a UTF-8 byte-order mark, which JSON text must not"
                  + " (RFC 8259); it was skipped";
      return new RecordReader(b, source, limits, compressed, note);
    }
    String note =
        "the input is "
            + charset
            + (bom > 0 ? " with a byte-order mark" : "")
            + ", not UTF-8 as CloudTrail writes and RFC 8259 requires; it was read as "
            + charset;
    InputStream utf8 = new Utf8Transcoder(b, java.nio.charset.Charset.forName(charset));
    return new RecordReader(utf8, source, limits, compressed, note);
  }

  /** The next item, or {@code null} at the end of the input. Never throws for bad content. */
  public InputItem next() {
    while (pending.isEmpty() && !done) {
      if (lambdaData != null) {
        takeFromLambdaData();
        continue;
      }
      try {
        switch (state) {
          case TOP -> readTopLevel();
          case OBJECT -> continueObject();
          case ARRAY -> readArrayElement();
        }
      } catch (Truncated e) {
        pending.add(broken(e.getMessage(), here()));
        done = true;
      } catch (IOException e) {
        pending.add(broken(cannotReadFurther(e), here()));
        done = true;
      }
    }
    return pending.poll();
  }

  /** The name of the input, which every item carries. */
  public String source() {
    return source;
  }

  /**
   * What the reader noticed about the input's encoding, or {@code null} for plain UTF-8: a UTF-8
   * byte-order mark (skipped), or UTF-16 or UTF-32 (read in that encoding). CloudTrail writes UTF-8
   * without a byte-order mark, and RFC 8259 requires it of JSON exchanged between systems.
   */
  public String encodingNote() {
    return encodingNote;
  }

  @Override
  public void close() throws IOException {
    try (InputStream input = in) {
      if (lambdaData != null) {
        lambdaData.close();
      }
    }
  }

  private String cannotReadFurther(IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "the input cannot be read further ("
        + why
        + ")"
        + (compressed ? ": a truncated or corrupt gzip?" : "");
  }

  // ------------------------------------------------------------------ top level

  private void readTopLevel() throws IOException {
    int c = skipWhitespace();
    if (c != EOF) {
      sawContent = true;
    }
    switch (c) {
      case EOF -> {
        done = true;
        if (!sawContent) {
          pending.add(new InputItem.Empty(source, index++, Position.START));
        }
      }
      case '{' -> startObject("event", positionOf(pos - 1));
      case '[' -> startArray(null, "json-array", false);
      default -> readLinePrefix(c, positionOf(pos - 1));
    }
  }

  /**
   * Content where a record should start, {@code first} at {@code at}: the timestamp a CloudWatch
   * Logs export writes before each event is skipped. Anything else is no record, and neither are
   * the lines after it up to one that starts one ({@code {} or {@code [}, or a timestamp and {@code
   * {}): together they are one broken record, so that a text file without JSON is one finding, not
   * one per line, and reading goes on at that line. Content that is not text (a NUL byte, or bytes
   * that are not UTF-8) makes the input binary: one broken record says so, and the rest of the
   * input is not read, for it would only give fragments.
   */
  private void readLinePrefix(int first, Position at) throws IOException {
    String shown = null;
    int lines = 0;
    int c = first;
    Position lineAt = at;
    while (true) {
      // One line, from c (read) up to a brace or its end.
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      line.write(c);
      Position nul = c == 0 ? lineAt : null;
      while (nul == null && (c = peek()) != EOF && c != '{' && c != '\n') {
        read();
        if (c == 0) {
          nul = positionOf(pos - 1);
        } else if (line.size() < MAX_PREFIX) {
          line.write(c);
        }
      }
      if (nul != null || !isUtf8(line)) {
        pending.add(broken(notText(nul != null ? nul : lineAt, nul != null), at));
        done = true;
        return;
      }
      String text = line.toString(StandardCharsets.UTF_8).strip();
      if (c == '{' && line.size() < MAX_PREFIX && text.matches("[0-9][0-9T:.\\-+Z ]*")) {
        if (shown != null) {
          pending.add(broken(unexpected(shown, lines), at));
        }
        read();
        startObject("cloudwatch-export", positionOf(pos - 1));
        return;
      }
      if (shown == null) {
        shown = text;
      }
      lines++;
      while ((c = read()) != EOF && c != '\n') {
        if (c == 0) {
          pending.add(broken(notText(positionOf(pos - 1), true), at));
          done = true;
          return;
        }
      }
      // The next line: a record, more of the same, or the end.
      c = skipWhitespace();
      if (c == EOF || c == '{' || c == '[') {
        pending.add(broken(unexpected(shown, lines), at));
        if (c != EOF) {
          unread();
        }
        return;
      }
      lineAt = positionOf(pos - 1);
    }
  }

  private static String unexpected(String shown, int lines) {
    return "unexpected content where a record should start: "
        + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
        + (lines > 1 ? " (" + lines + " lines without a record)" : "");
  }

  /** Why the input is not text: a NUL byte at {@code where}, or bytes that are not UTF-8 there. */
  private String notText(Position where, boolean nul) {
    return "the input is binary, not JSON text: "
        + (nul ? "a NUL byte at" : "bytes that are not UTF-8 in the line that starts at")
        + " line "
        + where.line()
        + ", column "
        + where.column()
        + (compressed ? " of what its gzip holds" : "")
        + "; the rest of the input is not read";
  }

  /** Whether {@code line}'s bytes are UTF-8 (a character cut off at their end included). */
  private static boolean isUtf8(ByteArrayOutputStream line) {
    byte[] bytes = line.toByteArray();
    CoderResult r =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), false);
    return !r.isError();
  }

  // ------------------------------------------------------------------ top-level objects

  /**
   * Starts a top-level object whose {@code {} was just read. Arrays of records inside it are
   * streamed one element per call as they are met; the rest of the object (small: a wrapper's
   * envelope, or one event) is kept and classified at its end.
   */
  private void startObject(String form, Position at) {
    object = new Capture(limits.maxRecordBytes());
    object.write('{');
    objectForm = form;
    objectStart = at;
    objectStreamed = false;
    objectAfterValue = false;
    objectControl = false;
    state = State.OBJECT;
  }

  /** Reads the members of the current top-level object up to its end or a records array. */
  private void continueObject() throws IOException {
    Capture obj = object;
    beginCapture(obj, pos);
    while (true) {
      int c = skipWhitespace();
      if (objectAfterValue) {
        if (c == ',') {
          objectAfterValue = false;
          continue;
        }
        if (c == EOF) {
          throw new Truncated("the input ends inside a record");
        }
        if (c != '}') {
          skipRestOfContainer(1);
        }
        endCapture();
        finishObject();
        return;
      }
      if (c == '}') {
        endCapture();
        finishObject();
        return;
      }
      if (c == EOF) {
        throw new Truncated("the input ends inside a record");
      }
      if (c != '"') {
        // Not a member name: not valid JSON. Keep the rest of the object for the validator.
        skipRestOfContainer(1);
        endCapture();
        finishObject();
        return;
      }
      String key = capturedString(obj);
      c = skipWhitespace();
      if (c == EOF) {
        throw new Truncated("the input ends inside a record");
      }
      if (c != ':') {
        skipRestOfContainer(1);
        endCapture();
        finishObject();
        return;
      }
      int v = skipWhitespace();
      if (v == EOF) {
        throw new Truncated("the input ends inside a record");
      }
      objectAfterValue = true;
      if (RECORD_ARRAYS.contains(key) && v == '[' && !objectControl) {
        // The object keeps an empty array in the place of the records, streamed one at a time.
        endCapture();
        obj.write(']');
        objectStreamed = true;
        startArray(key, formOf(key), true);
        return;
      }
      flushCapture();
      int valueAt = obj.size() - 1;
      skipValue(v);
      if (key.equals("messageType")) {
        flushCapture();
        objectControl = obj.text(valueAt, obj.size()).equals("\"CONTROL_MESSAGE\"");
      }
    }
  }

  private void finishObject() {
    state = State.TOP;
    Capture obj = object;
    object = null;
    if (obj.overflowed()) {
      pending.add(broken(tooLarge(), objectStart));
      return;
    }
    classify(obj.toByteArray(), objectForm, objectStreamed, objectStart, here().offset());
  }

  private static String formOf(String key) {
    return switch (key) {
      case "Records" -> "records-file";
      case "Events" -> "lookup-events";
      default -> "cloudwatch-logs";
    };
  }

  /** Decides what a top-level object was, once read. */
  private void classify(byte[] bytes, String form, boolean streamed, Position at, long end) {
    long length = end - at.offset();
    if (!streamed) {
      // One record, as a rule (JSON Lines, one event): known from its sniff, without a tree.
      Sniff sniff = SniffScan.plainRecord(bytes, scanSettings);
      if (sniff != null) {
        pending.add(new InputItem.Record(source, index++, bytes, form, at, length, sniffer, sniff));
        return;
      }
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException notJson) {
      if (!streamed) {
        // the validator says where
        pending.add(record(bytes, form, at, length, true));
      }
      return;
    }
    if (streamed) {
      return;
    }
    if (node.has("Records")) {
      pending.add(broken("the Records member of a log file is not a list", at));
    } else if (node.has("logFiles") && (node.has("digestStartTime") || node.has("digestEndTime"))) {
      pending.add(new InputItem.Skipped(source, index++, SkipReason.DIGEST_FILE, at));
    } else if ("CONTROL_MESSAGE".equals(node.path("messageType").textValue())) {
      pending.add(new InputItem.Skipped(source, index++, SkipReason.CONTROL_MESSAGE, at));
    } else if (node.has("awslogs")) {
      openLambdaData(node.get("awslogs"), at, length);
    } else if (node.has("detail-type") && node.has("detail")) {
      JsonNode detail = node.get("detail");
      byte[] inner;
      try {
        inner = MAPPER.writeValueAsBytes(detail);
      } catch (IOException e) {
        pending.add(broken("the EventBridge detail cannot be read", at));
        return;
      }
      pending.add(record(inner, "eventbridge", at, length, false));
    } else {
      pending.add(record(bytes, form, at, length, true));
    }
  }

  // ------------------------------------------------------------------ Lambda events

  /**
   * Starts reading the records of the event AWS Lambda receives from a CloudWatch Logs
   * subscription, {@code {"awslogs": {"data": "<base64 of gzip>"}}}: the data is the subscription
   * payload, read as an input of its own.
   */
  private void openLambdaData(JsonNode awslogs, Position at, long length) {
    JsonNode data = awslogs.get("data");
    if (insideLambdaEvent) {
      pending.add(broken("a Lambda event inside the awslogs data of a Lambda event", at));
      return;
    }
    if (data == null || !data.isTextual()) {
      pending.add(broken("the awslogs member of a Lambda event has no data string", at));
      return;
    }
    byte[] decoded;
    try {
      decoded = Base64.getMimeDecoder().decode(data.textValue());
    } catch (IllegalArgumentException e) {
      pending.add(broken("the awslogs data of a Lambda event is not base64", at));
      return;
    }
    try {
      lambdaData = open(new ByteArrayInputStream(decoded), source, limits);
    } catch (IOException e) {
      pending.add(broken("the awslogs data of a Lambda event cannot be read", at));
      return;
    }
    lambdaData.insideLambdaEvent = true;
    lambdaAt = at;
    lambdaLength = length;
  }

  /** Takes the next item of the Lambda event's data as this input's, or ends the data. */
  private void takeFromLambdaData() {
    InputItem item = lambdaData.next();
    if (item == null) {
      lambdaData = null; // a reader of bytes in memory: nothing to close
      return;
    }
    Position at = lambdaAt;
    if (item instanceof InputItem.Record r) {
      pending.add(
          new InputItem.Record(
              source, index++, r.json(), r.form(), at, lambdaLength, false, sniffer));
    } else if (item instanceof InputItem.Skipped k) {
      pending.add(new InputItem.Skipped(source, index++, k.reason(), at));
    } else if (item instanceof InputItem.Broken b) {
      pending.add(broken("in the awslogs data of a Lambda event, " + b.reason(), at));
    } else {
      pending.add(broken("the awslogs data of a Lambda event holds nothing", at));
    }
  }

  // ------------------------------------------------------------------ arrays of records

  /** Starts streaming the elements of an array whose {@code [} was just read. */
  private void startArray(String key, String form, boolean inObject) {
    arrayKey = key;
    arrayForm = form;
    arrayInObject = inObject;
    state = State.ARRAY;
  }

  /** Reads one element of the current array of records, and the comma or bracket after it. */
  private void readArrayElement() throws IOException {
    int c = skipWhitespace();
    if (c == ']') {
      endArray();
      return;
    }
    if (c == EOF) {
      throw new Truncated("the input ends inside a list of records");
    }
    Position at = positionOf(pos - 1);
    if (!cutSniffed(c, at)) {
      Capture element = this.element;
      element.reset();
      beginCapture(element, pos - 1);
      skipValue(c);
      endCapture();
      emitElement(arrayKey, arrayForm, element, at, here().offset() - at.offset());
    }
    c = skipWhitespace();
    if (c == ']') {
      endArray();
      return;
    }
    if (c == EOF) {
      throw new Truncated("the input ends inside a list of records");
    }
    if (c != ',') {
      unread();
      pending.add(
          broken("records are not separated by a comma where one is expected", positionOf(pos)));
    }
  }

  /**
   * Cuts the record whose first byte {@code first}, just read, is at {@code at}, when it is an
   * object that ends in the buffer and the fast path of the sniff decides it: then one pass over
   * its bytes in the buffer both finds where it ends and sniffs it, and the record is copied out
   * once. Anything else (an element of a wrapper, a record broken, over a limit or across the end
   * of the buffer, one the fast path leaves to the parser) is left to the cutter: {@code false}.
   */
  private boolean cutSniffed(int first, Position at) {
    if (first != '{' || !(arrayKey == null || arrayKey.equals("Records"))) {
      return false;
    }
    int from = pos - 1;
    Sniff sniff = scanner.inBuffer(buf, from, len, scanSettings);
    if (sniff == null || scanner.end() - from > limits.maxRecordBytes()) {
      return false;
    }
    int end = scanner.end();
    byte[] json = Arrays.copyOfRange(buf, from, end);
    pos = end;
    pending.add(
        new InputItem.Record(
            source, index++, json, arrayForm, at, here().offset() - at.offset(), sniffer, sniff));
    return true;
  }

  private void endArray() {
    state = arrayInObject ? State.OBJECT : State.TOP;
    arrayKey = null;
    arrayForm = null;
  }

  private void emitElement(String key, String form, Capture element, Position at, long length) {
    if (element.overflowed()) {
      pending.add(broken(tooLarge(), at));
      return;
    }
    byte[] bytes = element.toByteArray();
    if (key == null || key.equals("Records")) {
      pending.add(record(bytes, form, at, length, true));
      return;
    }
    String field = key.equals("Events") ? "CloudTrailEvent" : "message";
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (StreamConstraintsException e) {
      pending.add(
          broken("an element of " + key + " is over a read limit: " + e.getOriginalMessage(), at));
      return;
    } catch (IOException e) {
      pending.add(broken("an element of " + key + " is not valid JSON", at));
      return;
    }
    JsonNode inner = node.get(field);
    if (inner == null || !inner.isTextual()) {
      pending.add(broken("an element of " + key + " has no " + field + " string", at));
      return;
    }
    String text = inner.asText();
    int brace = text.indexOf('{');
    if (key.equals("events")
        && brace > 0
        && text.substring(0, brace).strip().matches("[0-9T:.\\-+Z ]*")) {
      text = text.substring(brace);
    }
    pending.add(record(text.getBytes(StandardCharsets.UTF_8), form, at, length, false));
  }

  private InputItem.Record record(
      byte[] json, String form, Position at, long length, boolean verbatim) {
    return new InputItem.Record(source, index++, json, form, at, length, verbatim, sniffer);
  }

  private InputItem.Broken broken(String reason, Position at) {
    return new InputItem.Broken(source, index++, reason, at);
  }

  private String tooLarge() {
    return "the record is larger than the limit of " + limits.maxRecordBytes() + " bytes";
  }

  // ------------------------------------------------------------------ values

  /** Passes one JSON value whose first byte {@code first} was just read. */
  private void skipValue(int first) throws IOException {
    if (first == '"') {
      skipStringBody();
    } else if (first == '{' || first == '[') {
      skipRestOfContainer(1);
    } else {
      int c;
      while ((c = peek()) != EOF && c != ',' && c != '}' && c != ']' && !isWhitespace(c)) {
        pos++;
      }
    }
  }

  /**
   * Passes up to the end of the container(s) open at {@code depth}, jumping from one bracket or
   * string to the next: this loop and the string's see every byte of every record.
   */
  private void skipRestOfContainer(int depth) throws IOException {
    while (depth > 0) {
      if (pos == len && !fill()) {
        throw new Truncated("the input ends inside a record");
      }
      byte[] b = buf;
      int i = Bytes.structural(b, pos, len);
      if (i == len) {
        pos = i;
        continue;
      }
      int c = b[i];
      pos = i + 1;
      if (c == '"') {
        skipStringBody();
      } else if (c == '{' || c == '[') {
        depth++;
      } else {
        depth--;
      }
    }
  }

  /**
   * Passes a member name whose opening quote was read into {@code out}'s capture, and returns its
   * text.
   */
  private String capturedString(Capture out) throws IOException {
    flushCapture();
    int start = out.size();
    skipStringBody();
    flushCapture();
    return out.text(start, out.size() - 1);
  }

  /** Passes the rest of a string whose opening quote was read. */
  private void skipStringBody() throws IOException {
    while (true) {
      if (pos == len && !fill()) {
        throw new Truncated("the input ends inside a string");
      }
      byte[] b = buf;
      int i = Bytes.quoteOrBackslash(b, pos, len);
      if (i == len) {
        pos = i;
        continue;
      }
      pos = i + 1;
      if (b[i] == '"') {
        return;
      }
      if (read() == EOF) {
        throw new Truncated("the input ends inside a string");
      }
    }
  }

  /** Starts copying into {@code out} the bytes of the input from {@code buf[from]} on. */
  private void beginCapture(Capture out, int from) {
    capturing = out;
    mark = from;
  }

  /** Copies the bytes passed since the last copy into the capture, which goes on. */
  private void flushCapture() {
    capturing.write(buf, mark, pos - mark);
    mark = pos;
  }

  /** Copies the bytes passed since the last copy into the capture, and ends it. */
  private void endCapture() {
    flushCapture();
    capturing = null;
  }

  // ------------------------------------------------------------------ bytes

  private int skipWhitespace() throws IOException {
    int c;
    do {
      c = read();
    } while (isWhitespace(c));
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
    // The lines of the bytes read so far are counted before they are overwritten.
    countLines(len);
    if (capturing != null) {
      capturing.write(buf, mark, len - mark);
      mark = 0;
    }
    consumed += len;
    pos = 0;
    len = 0;
    counted = 0;
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    len = n;
    return true;
  }

  /** The position of {@code buf[at]}, {@code at} not before the last position asked for. */
  private Position positionOf(int at) {
    countLines(at);
    long offset = consumed + at;
    return new Position(line, offset - lineStart + 1, offset);
  }

  /** Where reading is: the position of the next byte. */
  private Position here() {
    return positionOf(pos);
  }

  /** Counts the line ends in {@code buf} before {@code to} not yet counted. */
  private void countLines(int to) {
    byte[] b = buf;
    for (int i = Bytes.newline(b, counted, to); i < to; i = Bytes.newline(b, i + 1, to)) {
      line++;
      lineStart = consumed + i + 1;
    }
    if (to > counted) {
      counted = to;
    }
  }

  /**
   * A byte buffer that stops growing at a limit but remembers that it overflowed. Not a {@code
   * ByteArrayOutputStream}, whose every write is synchronized: it takes every byte of the input.
   */
  private static final class Capture {
    private static final int INITIAL = 1024;
    private static final int KEPT = 1 << 20;

    private final int limit;
    private byte[] buf = new byte[INITIAL];
    private int count;
    private boolean overflowed;

    Capture(int limit) {
      this.limit = limit;
    }

    void write(int b) {
      if (count >= limit) {
        overflowed = true;
        return;
      }
      if (count == buf.length) {
        grow(count + 1);
      }
      buf[count++] = (byte) b;
    }

    void write(byte[] bytes, int off, int n) {
      int room = Math.min(n, limit - count);
      if (room < n) {
        overflowed = true;
      }
      if (room <= 0) {
        return;
      }
      if (count + room > buf.length) {
        grow(count + room);
      }
      System.arraycopy(bytes, off, buf, count, room);
      count += room;
    }

    /** Room for {@code needed} bytes (never more than the limit): doubling, as far as the limit. */
    private void grow(int needed) {
      long doubled = (long) buf.length * 2;
      buf = Arrays.copyOf(buf, (int) Math.max(needed, Math.min(doubled, limit)));
    }

    int size() {
      return count;
    }

    /** Empties the buffer for the next record; one grown far beyond a record's usual size goes. */
    void reset() {
      count = 0;
      overflowed = false;
      if (buf.length > KEPT) {
        buf = new byte[INITIAL];
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, count);
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
