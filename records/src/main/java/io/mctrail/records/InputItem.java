package io.mctrail.records;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.Objects;

/**
 * What reading an input gives, one at a time: a record to check, a record that could not be cut out
 * of its input, something counted and skipped, or the note that the input holds nothing at all.
 * Records, broken records and skips of one input share one count, {@link #index()}.
 */
public sealed interface InputItem
    permits InputItem.Record, InputItem.Broken, InputItem.Skipped, InputItem.Empty {

  /** The name of the input the item comes from, as given to {@link RecordReader#open}. */
  String source();

  /** The position in its input: records, broken records and skips share one count, from 0. */
  int index();

  /**
   * Where the item starts in its input (for a broken record that does not end, where reading
   * stopped).
   */
  Position position();

  /**
   * A record's JSON bytes as found (for wrapped forms, the inner record), with where it is. Its
   * {@link #eventSource()} and {@link #eventName()} are found by a streaming {@link Sniff} the
   * first time they are asked for, on the thread that asks: the reader's own thread only cuts.
   */
  final class Record implements InputItem {
    private final String source;
    private final int index;
    private final byte[] json;
    private final String form;
    private final Position position;
    private final long length;
    private final boolean verbatim;
    private final JsonFactory sniffer;
    private Sniff sniff;
    // A scan stopped at the top-level eventSource it was asked about: a record, not sniffed whole.
    private boolean stoppedAtSource;
    private boolean sniffedWhenCut;

    Record(
        String source,
        int index,
        byte[] json,
        String form,
        Position position,
        long length,
        boolean verbatim,
        JsonFactory sniffer) {
      this.source = source;
      this.index = index;
      this.json = json;
      this.form = form;
      this.position = position;
      this.length = length;
      this.verbatim = verbatim;
      this.sniffer = sniffer;
    }

    /** A record whose sniff was found as it was cut. */
    Record(
        String source,
        int index,
        byte[] json,
        String form,
        Position position,
        long length,
        JsonFactory sniffer,
        Sniff sniff) {
      this(source, index, json, form, position, length, true, sniffer);
      this.sniff = sniff;
      this.sniffedWhenCut = true;
    }

    /** Whether the record was sniffed as it was cut, in the reader's one pass over its bytes. */
    boolean sniffedWhenCut() {
      return sniffedWhenCut;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public int index() {
      return index;
    }

    /** The record's JSON (UTF-8). The array is the record's own: do not change it. */
    public byte[] json() {
      return json;
    }

    /**
     * How the input holds its records: {@code event}, {@code json-array}, {@code records-file},
     * {@code eventbridge}, {@code cloudwatch-logs}, {@code cloudwatch-export} or {@code
     * lookup-events}. The records of a Lambda event's {@code awslogs.data} have the form of what
     * the data holds, {@code cloudwatch-logs} for a subscription payload.
     */
    public String form() {
      return form;
    }

    /**
     * Where the record, or the element of a wrapper that holds it, starts in the input (for a
     * record in a Lambda event's {@code awslogs.data}, where the event starts).
     */
    @Override
    public Position position() {
      return position;
    }

    /** How many bytes of the input the record (or the element that holds it) takes. */
    public long length() {
      return length;
    }

    /**
     * Whether {@link #json()} is exactly the input's bytes from {@link #position()} on: then a
     * place in the record is a place in the input. Records inside a string (LookupEvents,
     * CloudWatch Logs) or rewritten (EventBridge's {@code detail}) are not.
     */
    public boolean verbatim() {
      return verbatim;
    }

    /** The record's names, sniffed once. */
    public Sniff sniff() {
      Sniff s = sniff;
      if (s == null) {
        s = Sniff.of(json, sniffer);
        sniff = s; // a race computes the same immutable value twice, which is harmless
      }
      return s;
    }

    /**
     * Whether the record is known to be another service's than {@code eventSource} ({@link
     * Sniff#isOtherThan(String)}): from its sniff when it was made, else by a scan that stops at a
     * record of that service.
     */
    public boolean isOtherThan(String eventSource) {
      Sniff s = sniff;
      if (s == null) {
        s = Sniff.until(json, sniffer, eventSource);
        if (eventSource.equals(s.eventSource())) {
          stoppedAtSource = true;
        } else {
          sniff = s; // the scan read the whole record: its full sniff
        }
      }
      return s.isOtherThan(eventSource);
    }

    /**
     * Whether the item is a JSON object with none of a CloudTrail record's top-level members
     * ({@link Sniff.Kind#NOT_A_RECORD}): no record of any service, and none of the wrappers of
     * records the reader knows either, so probably not a CloudTrail input at all. Free after {@link
     * #isOtherThan} found the record's {@code eventSource}.
     */
    public boolean isNotARecord() {
      return !stoppedAtSource && sniff().kind() == Sniff.Kind.NOT_A_RECORD;
    }

    /** The top-level {@code eventSource} when it is a string, else {@code null}. */
    public String eventSource() {
      return sniff().eventSource();
    }

    /** The top-level {@code eventName} when it is a string, else {@code null}. */
    public String eventName() {
      return sniff().eventName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Record r
          && index == r.index
          && length == r.length
          && verbatim == r.verbatim
          && source.equals(r.source)
          && form.equals(r.form)
          && position.equals(r.position)
          && java.util.Arrays.equals(json, r.json);
    }

    @Override
    public int hashCode() {
      return Objects.hash(source, index, form, position) * 31 + java.util.Arrays.hashCode(json);
    }

    @Override
    public String toString() {
      return "Record[" + source + "#" + index + " " + form + " at " + position + "]";
    }
  }

  /**
   * A record that could not be read: truncated, too large, not separated from the next, ...
   *
   * @param reason what is wrong, in a sentence for a report
   */
  record Broken(String source, int index, String reason, Position position) implements InputItem {}

  /**
   * Something counted and skipped, not checked.
   *
   * @param reason why
   */
  record Skipped(String source, int index, SkipReason reason, Position position)
      implements InputItem {}

  /**
   * The input is empty or holds only whitespace (and perhaps a byte-order mark): the only item of
   * such an input. An input holding an empty list of records ({@code []}, {@code {"Records":[]}})
   * gives no item at all.
   */
  record Empty(String source, int index, Position position) implements InputItem {}
}
