package io.mctrail.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A record's {@code eventSource} and {@code eventName}, and whether it is a record at all (an
 * object with one of a CloudTrail record's members), found by a streaming scan that builds nothing:
 * what {@code tree.get("eventSource")} gives on the tree Jackson reads from the same bytes (with
 * duplicate keys and trailing content refused, and numbers beyond the range of a double refused),
 * at a fraction of its cost. A record whose source is another service's can so be counted and
 * skipped for little more than the cost of cutting it out of its file.
 *
 * <p>The scan reads the whole record: a name may come after the payloads, and a record broken after
 * its names cannot be read as a tree either. Only the members of the top-level object count; an
 * {@code eventSource} key nested in a payload does not.
 */
public final class Sniff {

  /** What the bytes hold. */
  public enum Kind {
    /**
     * A JSON object with at least one of a CloudTrail record's top-level members: a record, whose
     * names are known (or absent).
     */
    OBJECT,
    /**
     * A JSON object with none of a CloudTrail record's top-level members ({@code {}}, {@code
     * {"foo": 1}}): no record of any service, and no wrapper of records the reader knows either.
     */
    NOT_A_RECORD,
    /** Well-formed JSON that is not an object: an array, a string, a number, ... */
    NOT_AN_OBJECT,
    /** Not well-formed JSON within the limits, or empty: reading it as a tree fails too. */
    UNREADABLE
  }

  /**
   * The top-level members of a CloudTrail record, eventVersion 1.0 to 1.11, as the CloudTrail
   * record contents reference lists them and {@code CloudTrailEvent} of {@code mctrail-model}
   * models them (a test of {@code mctrail-cli} checks that each member of the model is one). Not
   * every record has every one: an Insights event has no {@code eventSource}, a record may lack any
   * member by mistake; an object with one of them is a record to check or to skip as another
   * service's.
   */
  private static final Set<String> RECORD_MEMBERS =
      Set.of(
          "eventVersion",
          "userIdentity",
          "eventTime",
          "eventSource",
          "eventName",
          "awsRegion",
          "sourceIPAddress",
          "userAgent",
          "errorCode",
          "errorMessage",
          "requestParameters",
          "responseElements",
          "additionalEventData",
          "requestID",
          "eventID",
          "readOnly",
          "resources",
          "eventType",
          "apiVersion",
          "managementEvent",
          "recipientAccountId",
          "serviceEventDetails",
          "sharedEventID",
          "vpcEndpointId",
          "vpcEndpointAccountId",
          "eventCategory",
          "addendum",
          "sessionCredentialFromConsole",
          "edgeDeviceDetails",
          "tlsDetails",
          "eventContext",
          "annotation",
          "insightDetails");

  private static final JsonFactory DEFAULT_FACTORY = factory(StreamReadConstraints.defaults());

  private static final Sniff UNREADABLE = new Sniff(Kind.UNREADABLE, null, null);
  private static final Sniff NOT_AN_OBJECT = new Sniff(Kind.NOT_AN_OBJECT, null, null);

  private final Kind kind;
  private final String eventSource;
  private final String eventName;

  private Sniff(Kind kind, String eventSource, String eventName) {
    this.kind = kind;
    this.eventSource = eventSource;
    this.eventName = eventName;
  }

  /**
   * A factory whose parsers sniff within {@code constraints} (nesting depth, string and number
   * length, tokens), as the tree reader that later reads the record does, and refuse duplicate
   * keys.
   */
  public static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** Sniffs {@code json} (UTF-8) within Jackson's default read constraints. */
  public static Sniff of(byte[] json) {
    return of(json, DEFAULT_FACTORY);
  }

  /** Sniffs {@code json} (UTF-8) with the parsers of {@code factory} (see {@link #factory}). */
  public static Sniff of(byte[] json, JsonFactory factory) {
    return of(json, factory, null);
  }

  /**
   * Whether {@code json} is known to be a record of another service than {@code eventSource}, as
   * {@link #isOtherThan} of its full sniff says, but stopping as soon as the record's top-level
   * {@code eventSource} is that one: a record of that service is read by the validator anyway,
   * which finds whatever is wrong with it further on.
   */
  public static boolean isOtherThan(byte[] json, JsonFactory factory, String eventSource) {
    return until(json, factory, eventSource).isOtherThan(eventSource);
  }

  /**
   * The sniff of {@code json} as far as its top-level {@code eventSource} when that is {@code
   * eventSource} (then a record, {@link Kind#OBJECT}, whose {@link #eventName()} may not have been
   * read yet), else the full sniff, {@link #of(byte[], JsonFactory)}'s.
   */
  static Sniff until(byte[] json, JsonFactory factory, String eventSource) {
    return of(json, factory, Objects.requireNonNull(eventSource));
  }

  /** A sniff the fast path found. */
  static Sniff found(Kind kind, String eventSource, String eventName) {
    return new Sniff(kind, eventSource, eventName);
  }

  /** Whether {@code name} is a top-level member of a CloudTrail record. */
  static boolean isRecordMember(String name) {
    return RECORD_MEMBERS.contains(name);
  }

  private static Sniff of(byte[] json, JsonFactory factory, String stopAt) {
    Sniff fast = SniffScan.scan(json, settings(factory), stopAt);
    return fast != null ? fast : parsed(json, factory, stopAt);
  }

  /** The fast path's settings of the last factory asked for (one per input, as a rule). */
  private static volatile Object[] lastSettings = {null, null};

  private static SniffScan.Settings settings(JsonFactory factory) {
    Object[] last = lastSettings;
    if (last[0] == factory) {
      return (SniffScan.Settings) last[1];
    }
    SniffScan.Settings settings = SniffScan.Settings.of(factory);
    lastSettings = new Object[] {factory, settings};
    return settings;
  }

  /** The sniff by Jackson's streaming parser, of whatever the fast path leaves undecided. */
  static Sniff parsed(byte[] json, JsonFactory factory, String stopAt) {
    try (JsonParser p = factory.createParser(json)) {
      // Duplicate names are found here rather than by the parser, whose detector allocates a set
      // for every object of more than two members: a fifth of the cost of skipping a record.
      Names names = null;
      if (p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        names = new Names();
      }
      JsonToken first = p.nextToken();
      if (first == null) {
        return UNREADABLE;
      }
      Sniff sniff;
      if (first == JsonToken.START_OBJECT) {
        sniff = readObject(p, stopAt, names);
        if (sniff != null && stopAt != null && stopAt.equals(sniff.eventSource)) {
          return sniff;
        }
      } else {
        if (!skipValue(p, first, names)) {
          return UNREADABLE;
        }
        sniff = NOT_AN_OBJECT;
      }
      return sniff != null && p.nextToken() == null ? sniff : UNREADABLE;
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** The top-level object's names, or {@code null} when a value in it cannot be read. */
  private static Sniff readObject(JsonParser p, String stopAt, Names names) throws IOException {
    String source = null;
    String name = null;
    boolean record = false;
    if (names != null) {
      names.open();
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (names != null && !names.add(key)) {
        return null;
      }
      // A record's first member is one of them: one lookup per record, as a rule.
      record = record || RECORD_MEMBERS.contains(key);
      JsonToken value = p.nextToken();
      if (value == null) {
        return null;
      }
      if (key.equals("eventSource")) {
        source = value == JsonToken.VALUE_STRING ? p.getText() : null;
        if (stopAt != null && stopAt.equals(source)) {
          return new Sniff(Kind.OBJECT, source, name);
        }
      } else if (key.equals("eventName")) {
        name = value == JsonToken.VALUE_STRING ? p.getText() : null;
      }
      if (!skipValue(p, value, names)) {
        return null;
      }
    }
    if (t != JsonToken.END_OBJECT) {
      return null;
    }
    return new Sniff(record ? Kind.OBJECT : Kind.NOT_A_RECORD, source, name);
  }

  /**
   * Reads past the value that starts at {@code first}, checking every token as tree reading does;
   * {@code false} for a number beyond the range of a double, which the validator's tree refuses,
   * and for a name twice in an object when {@code names} is kept.
   */
  private static boolean skipValue(JsonParser p, JsonToken first, Names names) throws IOException {
    if (first == JsonToken.VALUE_NUMBER_FLOAT) {
      return Double.isFinite(p.getDoubleValue());
    }
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      return true;
    }
    int depth = 1;
    if (names != null) {
      names.enter(first == JsonToken.START_OBJECT);
    }
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return false;
      }
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          depth++;
          if (names != null) {
            names.enter(t == JsonToken.START_OBJECT);
          }
        }
        case END_OBJECT, END_ARRAY -> {
          depth--;
          if (names != null) {
            names.leave();
          }
        }
        case FIELD_NAME -> {
          if (names != null && !names.add(p.currentName())) {
            return false;
          }
        }
        case VALUE_NUMBER_FLOAT -> {
          if (!Double.isFinite(p.getDoubleValue())) {
            return false;
          }
        }
        default -> {
          // names, strings, integers, literals: checked by the parser as it reads them
        }
      }
    }
    return true;
  }

  /**
   * The names of the objects open in a scan, to refuse a name twice in one object as the parser's
   * duplicate detection does. The names of all open objects are kept in one array, each object's
   * after its parent's; a name is looked for among its object's by a scan, and a set is made only
   * for an object of more than {@value #SCANNED} members, so that a record of ordinary objects
   * allocates nothing per object.
   */
  private static final class Names {
    private static final int SCANNED = 24;

    private String[] names = new String[32];
    private int count;
    // for each open container: where its names start (-1 for an array), and its set once large
    private int[] starts = new int[16];
    private Set<String>[] sets = newSets(16);
    private int depth;

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets(int n) {
      return (Set<String>[]) new Set<?>[n];
    }

    /** Opens the top-level object, whose first token was read. */
    void open() {
      enter(true);
    }

    /** Opens a container: an object, or an array, whose elements have no names. */
    void enter(boolean object) {
      if (depth == starts.length) {
        starts = Arrays.copyOf(starts, depth * 2);
        sets = Arrays.copyOf(sets, depth * 2);
      }
      starts[depth] = object ? count : -1;
      sets[depth] = null;
      depth++;
    }

    /** Closes the innermost container, forgetting its names. */
    void leave() {
      depth--;
      if (starts[depth] >= 0) {
        count = starts[depth];
      }
      sets[depth] = null;
    }

    /** Adds a name of the innermost object; {@code false} when it has it already. */
    boolean add(String name) {
      int level = depth - 1;
      Set<String> set = sets[level];
      if (set != null) {
        return set.add(name);
      }
      int start = starts[level];
      for (int i = start; i < count; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (count - start == SCANNED) {
        set = new HashSet<>();
        for (int i = start; i < count; i++) {
          set.add(names[i]);
        }
        sets[level] = set;
        return set.add(name);
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
      }
      names[count++] = name;
      return true;
    }
  }

  /** What the bytes hold. */
  public Kind kind() {
    return kind;
  }

  /**
   * The top-level {@code eventSource} when it is a string, else {@code null} (absent, another type,
   * or not an object).
   */
  public String eventSource() {
    return eventSource;
  }

  /** The top-level {@code eventName} when it is a string, else {@code null}. */
  public String eventName() {
    return eventName;
  }

  /**
   * Whether the record is known to be another service's than {@code eventSource}: a record ({@link
   * Kind#OBJECT}) whose {@code eventSource} is not that string (or that has none, as an Insights
   * event). A record that cannot be read, or is no object, is not: it is for the validator to say
   * what is wrong with it; nor is an object that is no record at all ({@link Kind#NOT_A_RECORD}).
   */
  public boolean isOtherThan(String eventSource) {
    return kind == Kind.OBJECT && !eventSource.equals(this.eventSource);
  }

  @Override
  public String toString() {
    return kind + (kind == Kind.OBJECT ? " " + eventSource + " " + eventName : "");
  }
}
