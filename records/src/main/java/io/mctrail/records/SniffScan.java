package io.mctrail.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path of {@link Sniff}: one loop over the bytes of a record that checks them against
 * JSON's grammar and finds the top-level {@code eventSource} and {@code eventName}, building
 * nothing but those two strings (and the first member's name, to know the object for a record). It
 * decides only what it is sure of: a well-formed object, within the read constraints, whose every
 * string is well-formed UTF-8 and whose every name is unescaped and unique in its object. Anything
 * else (an escaped name, an escaped {@code eventSource}, an exponent or a long number, a string
 * over a limit, deep nesting, bytes that are not strict UTF-8, any error of syntax, a value that is
 * no object) it leaves undecided, and Jackson's parser decides, as before: what the fast path
 * answers is a subset of what the parser accepts, with the same answer, which the sniff's property
 * test proves over drawn records.
 *
 * <p>Reading a record of another service with Jackson's streaming parser cost more than cutting it
 * out of its file, and the parser's large methods were most of what the compiler compiled in a run
 * over such records; this loop is a few small methods.
 */
final class SniffScan {

  /** Deeper nesting than this is left to the parser (and so are names past this count). */
  private static final int MAX_DEPTH = 64;

  /** An object with more members than this is left to the parser, whose detector uses a set. */
  private static final int MAX_NAMES = 128;

  /** Numbers longer than this are left to the parser: shorter ones are finite doubles. */
  private static final int MAX_NUMBER = 18;

  private static final byte[] EVENT_SOURCE = "eventSource".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT_NAME = "eventName".getBytes(StandardCharsets.US_ASCII);

  private static final int UNDECIDED = -1;

  /**
   * The top-level names of the objects that a reader takes for a wrapper of records, or for no
   * record, rather than for one record: a log file's {@code Records}, a digest file's {@code
   * logFiles}, a CloudWatch Logs message's {@code messageType}, a Lambda event's {@code awslogs},
   * an EventBridge event's {@code detail-type}.
   */
  private static final byte[][] WRAPPER_NAMES = {
    "Records".getBytes(StandardCharsets.US_ASCII),
    "logFiles".getBytes(StandardCharsets.US_ASCII),
    "messageType".getBytes(StandardCharsets.US_ASCII),
    "awslogs".getBytes(StandardCharsets.US_ASCII),
    "detail-type".getBytes(StandardCharsets.US_ASCII)
  };

  /** What the fast path may decide under a factory's settings, or {@code null} for nothing. */
  record Settings(
      int maxDepth,
      long maxString,
      long maxName,
      int maxNumber,
      long maxDocument,
      long maxTokens,
      boolean duplicates) {

    /**
     * The settings of {@code factory}'s parsers, or {@code null} when a feature makes them accept
     * more than strict JSON (comments, single quotes, trailing commas, ...): the loop knows strict
     * JSON only.
     */
    static Settings of(JsonFactory factory) {
      for (JsonReadFeature f : JsonReadFeature.values()) {
        if (factory.isEnabled(f.mappedFeature())) {
          return null;
        }
      }
      StreamReadConstraints c = factory.streamReadConstraints();
      return new Settings(
          c.getMaxNestingDepth(),
          c.getMaxStringLength(),
          c.getMaxNameLength(),
          c.getMaxNumberLength(),
          c.getMaxDocumentLength(),
          c.getMaxTokenCount(),
          factory.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    }
  }

  /** Each thread's scanner, whose arrays serve every record the thread reads. */
  private static final ThreadLocal<SniffScan> SCANNERS = ThreadLocal.withInitial(SniffScan::new);

  private byte[] b;
  private int n;
  private Settings settings;
  private int i;
  private boolean escaped;
  // Whether the top-level names are looked for among the wrappers', and whether one was met.
  private boolean wrapperNames;
  private boolean sawWrapperName;

  // The names of the open objects, each object's after its parent's: where each starts in b, its
  // length and its last (up to) eight bytes; and for each open object where its names start.
  private int[] nameStart = new int[32];
  private int[] nameLength = new int[32];
  private long[] nameTail = new long[32];
  private int names;
  private final int[] firstName = new int[MAX_DEPTH + 1];
  // For each open container, whether it is an object (else an array).
  private final boolean[] objects = new boolean[MAX_DEPTH + 1];

  /**
   * The sniff of {@code json}, as {@link Sniff#of(byte[], JsonFactory)} gives it (or, when {@code
   * stopAt} is not {@code null}, as {@link Sniff#until} does), or {@code null} when the fast path
   * cannot decide it.
   */
  static Sniff scan(byte[] json, Settings settings, String stopAt) {
    if (settings == null
        || settings.maxDepth() < 2
        || (settings.maxDocument() > 0 && json.length > settings.maxDocument())
        || (settings.maxTokens() > 0 && json.length > settings.maxTokens())) {
      return null;
    }
    SniffScan scan = SCANNERS.get();
    try {
      scan.start(json, 0, json.length, settings);
      scan.i = scan.whitespace(0);
      Sniff sniff = scan.topObject(stopAt);
      if (sniff == null || (stopAt != null && stopAt.equals(sniff.eventSource()))) {
        return sniff;
      }
      return scan.whitespace(scan.i) == scan.n ? sniff : null; // else trailing content
    } finally {
      scan.b = null; // not kept alive by the thread
    }
  }

  /**
   * The sniff of {@code json}, a top-level object of an input, when the fast path decides it and it
   * is one record: an object with a record's members and none of the names of a wrapper ({@link
   * #WRAPPER_NAMES}); else {@code null}. A reader so takes a record of JSON Lines, or an input of
   * one event, for what it is without reading its tree.
   */
  static Sniff plainRecord(byte[] json, Settings settings) {
    SniffScan scan = SCANNERS.get();
    scan.wrapperNames = true;
    try {
      Sniff sniff = scan(json, settings, null);
      return sniff != null && sniff.kind() == Sniff.Kind.OBJECT && !scan.sawWrapperName
          ? sniff
          : null;
    } finally {
      scan.wrapperNames = false;
      scan.sawWrapperName = false;
    }
  }

  /**
   * The sniff of the object that starts at {@code b[from]} and ends before {@code limit}, as {@link
   * #scan} gives it for the bytes of that object alone, or {@code null} when the fast path cannot
   * decide it or the object does not end before {@code limit}; then {@link #end()} is where it
   * ends. A reader so cuts and sniffs a record of a log file in one pass over its bytes, in its
   * buffer. The bytes must not change during the call, nor be read for the record's JSON after a
   * {@code null}.
   */
  Sniff inBuffer(byte[] buffer, int from, int limit, Settings settings) {
    if (settings == null || settings.maxDepth() < 2) {
      return null;
    }
    start(buffer, from, limit, settings);
    try {
      Sniff sniff = topObject(null);
      if (sniff == null) {
        return null;
      }
      long length = i - from;
      if ((settings.maxDocument() > 0 && length > settings.maxDocument())
          || (settings.maxTokens() > 0 && length > settings.maxTokens())) {
        return null;
      }
      return sniff;
    } finally {
      b = null;
    }
  }

  /** Where the object {@link #inBuffer} sniffed ends: the index after its closing brace. */
  int end() {
    return i;
  }

  private void start(byte[] buffer, int from, int limit, Settings settings) {
    this.b = buffer;
    this.n = limit;
    this.i = from;
    this.settings = settings;
    this.names = 0;
  }

  /**
   * The sniff of the top-level object at {@code i}, which ends after its closing brace or, when its
   * {@code eventSource} is {@code stopAt}, there; or {@code null}.
   */
  private Sniff topObject(String stopAt) {
    if (i == n || b[i] != '{') {
      return null;
    }
    i++;
    firstName[1] = 0;
    String source = null;
    String name = null;
    boolean isRecord = false;
    i = whitespace(i);
    if (i < n && b[i] == '}') {
      i++;
    } else {
      while (true) {
        int key = name(1);
        if (key == UNDECIDED) {
          return null;
        }
        int keyLength = nameLength[key];
        int keyStart = nameStart[key];
        if (!isRecord) {
          isRecord =
              Sniff.isRecordMember(new String(b, keyStart, keyLength, StandardCharsets.UTF_8));
        }
        if (wrapperNames && !sawWrapperName) {
          for (byte[] wrapper : WRAPPER_NAMES) {
            sawWrapperName |= is(wrapper, keyStart, keyLength);
          }
        }
        boolean isSource = is(EVENT_SOURCE, keyStart, keyLength);
        boolean isName = !isSource && is(EVENT_NAME, keyStart, keyLength);
        if ((isSource || isName) && i < n && b[i] == '"') {
          int start = ++i;
          if (!string(settings.maxString())) {
            return null;
          }
          if (escaped) {
            return null; // the parser unescapes it
          }
          String text = new String(b, start, i - 1 - start, StandardCharsets.UTF_8);
          if (isSource) {
            source = text;
            if (text.equals(stopAt)) {
              return Sniff.found(Sniff.Kind.OBJECT, source, name);
            }
          } else {
            name = text;
          }
        } else {
          if (isSource) {
            source = null;
          } else if (isName) {
            name = null;
          }
          if (!value(1)) {
            return null;
          }
        }
        i = whitespace(i);
        if (i == n) {
          return null;
        }
        if (b[i] == '}') {
          i++;
          break;
        }
        if (b[i] != ',') {
          return null;
        }
        i = whitespace(i + 1);
      }
    }
    return Sniff.found(isRecord ? Sniff.Kind.OBJECT : Sniff.Kind.NOT_A_RECORD, source, name);
  }

  /**
   * Reads a member's name at {@code i} of the object at {@code depth}, and the colon and whitespace
   * after it; the index of the name in the arrays of names, or {@link #UNDECIDED}.
   */
  private int name(int depth) {
    if (i == n || b[i] != '"') {
      return UNDECIDED;
    }
    int start = i + 1;
    int end = Bytes.stringEnd(b, start, n);
    // An escape, a control character or a byte of UTF-8 beyond ASCII: the parser reads the name.
    if (end == n || b[end] != '"' || end - start > settings.maxName()) {
      return UNDECIDED;
    }
    int length = end - start;
    long tail = Bytes.tail(b, start, end);
    int first = firstName[depth];
    if (settings.duplicates()) {
      for (int k = first; k < names; k++) {
        if (nameTail[k] == tail
            && nameLength[k] == length
            && Arrays.equals(b, nameStart[k], nameStart[k] + length, b, start, end)) {
          return UNDECIDED; // a name twice: the parser says so
        }
      }
    }
    if (names - first == MAX_NAMES) {
      return UNDECIDED;
    }
    if (names == nameStart.length) {
      nameStart = Arrays.copyOf(nameStart, names * 2);
      nameLength = Arrays.copyOf(nameLength, names * 2);
      nameTail = Arrays.copyOf(nameTail, names * 2);
    }
    nameStart[names] = start;
    nameLength[names] = length;
    nameTail[names] = tail;
    i = whitespace(end + 1);
    if (i == n || b[i] != ':') {
      return UNDECIDED;
    }
    i = whitespace(i + 1);
    return names++;
  }

  /**
   * Reads the value at {@code i} inside a container at {@code base} depth, nested containers and
   * all; {@code false} undecided. One loop with a stack of its own rather than a method a container
   * calling itself: the compiler compiles one loop once, where it inlined a recursion again and
   * again (five compilations of each method in a run over 1 GB of records).
   */
  private boolean value(int base) {
    if (i == n) {
      return false;
    }
    if (b[i] != '{' && b[i] != '[') {
      return scalar();
    }
    int depth = base;
    boolean open = true; // at b[i], a bracket that opens a container to enter
    while (true) {
      if (open) {
        depth++;
        if (depth >= MAX_DEPTH || depth >= settings.maxDepth()) {
          return false;
        }
        boolean object = b[i] == '{';
        objects[depth] = object;
        firstName[depth] = names;
        i = whitespace(i + 1);
        if (i == n) {
          return false;
        }
        if (b[i] == (object ? '}' : ']')) {
          i++;
          depth--;
          if (depth == base) {
            return true;
          }
          open = false;
          continue;
        }
      } else {
        // After a value in the container at depth: a comma and the next, or its end.
        i = whitespace(i);
        if (i == n) {
          return false;
        }
        byte c = b[i];
        if (c == (objects[depth] ? '}' : ']')) {
          i++;
          names = firstName[depth]; // its names are forgotten
          depth--;
          if (depth == base) {
            return true;
          }
          continue;
        }
        if (c != ',') {
          return false;
        }
        i = whitespace(i + 1);
      }
      // A member (its name, then its value) or an element.
      if (objects[depth] && name(depth) == UNDECIDED) {
        return false;
      }
      if (i == n) {
        return false;
      }
      open = b[i] == '{' || b[i] == '[';
      if (!open && !scalar()) {
        return false;
      }
    }
  }

  /** Reads the value at {@code i} that is no container; {@code false} undecided. */
  private boolean scalar() {
    return switch (b[i]) {
      case '"' -> {
        i++;
        yield string(settings.maxString());
      }
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    };
  }

  /**
   * Reads a string whose opening quote is before {@code i}, up to after its closing quote: its
   * escapes well-formed, no control character in it, its bytes strict UTF-8, and at most {@code
   * max} bytes long (so at most that many characters).
   */
  private boolean string(long max) {
    int start = i;
    int k = i;
    escaped = false;
    while (true) {
      k = Bytes.stringEnd(b, k, n);
      if (k == n) {
        return false;
      }
      int c = b[k] & 0xff;
      if (c == '"') {
        i = k + 1;
        return k - start <= max;
      }
      if (c == '\\') {
        escaped = true;
        k = escape(k + 1);
      } else if (c >= 0x80) {
        k = Utf8.sequenceEnd(b, k, n);
      } else {
        return false; // a control character
      }
      if (k == UNDECIDED) {
        return false;
      }
    }
  }

  /** The index after the escape whose letter is at {@code k}, or {@link #UNDECIDED}. */
  private int escape(int k) {
    if (k == n) {
      return UNDECIDED;
    }
    switch (b[k]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        return k + 1;
      }
      case 'u' -> {
        if (k + 4 >= n) {
          return UNDECIDED;
        }
        for (int h = k + 1; h <= k + 4; h++) {
          if (Character.digit(b[h], 16) < 0) {
            return UNDECIDED;
          }
        }
        return k + 5;
      }
      default -> {
        return UNDECIDED;
      }
    }
  }

  /** Reads {@code word} at {@code i}, which a delimiter must follow. */
  private boolean literal(String word) {
    int end = i + word.length();
    if (end > n) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[i + k] != word.charAt(k)) {
        return false;
      }
    }
    i = end;
    return delimited();
  }

  /**
   * Reads a number of JSON's grammar without exponent, of at most {@value #MAX_NUMBER} characters
   * (and the constraint's), which a delimiter must follow.
   */
  private boolean number() {
    int start = i;
    int k = i;
    if (k < n && b[k] == '-') {
      k++;
    }
    if (k == n || !digit(b[k])) {
      return false;
    }
    if (b[k] == '0') {
      k++;
    } else {
      while (k < n && digit(b[k])) {
        k++;
      }
    }
    if (k < n && b[k] == '.') {
      k++;
      if (k == n || !digit(b[k])) {
        return false;
      }
      while (k < n && digit(b[k])) {
        k++;
      }
    }
    int length = k - start;
    if (length > MAX_NUMBER || length > settings.maxNumber()) {
      return false;
    }
    i = k;
    return delimited();
  }

  /** Whether a value ends at {@code i}: the end, whitespace, a comma or a closing bracket. */
  private boolean delimited() {
    if (i == n) {
      return true;
    }
    int c = b[i];
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private int whitespace(int k) {
    while (k < n) {
      byte c = b[k];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      k++;
    }
    return k;
  }

  /** Whether the name at {@code start} of {@code length} bytes is {@code word}. */
  private boolean is(byte[] word, int start, int length) {
    return length == word.length && Arrays.equals(b, start, start + length, word, 0, length);
  }
}
