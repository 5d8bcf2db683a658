package io.mctrail.validation.report;

import io.mctrail.model.cloudtrail.MediaConvertPayloads;
import io.mctrail.records.InputItem;
import io.mctrail.records.Position;
import io.mctrail.records.SkipReason;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import io.mctrail.validation.Rule;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.syntax.SyntaxRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What one item of an input ({@link io.mctrail.records.RecordReader}) comes to in a report: the
 * entry of a record checked, of a record that could not be cut out of its input or of an empty
 * input, or a counted skip. {@code mctrail check} and the Spark job both go through it, so that an
 * input gives the same entries wherever it is checked.
 *
 * <pre>{@code
 * ItemCheck check = new ItemCheck(Validator.create(), false);
 * try (RecordReader reader = RecordReader.open(path, InputLimits.DEFAULT)) {
 *   for (InputItem item = reader.next(); item != null; item = reader.next()) {
 *     if (check.check(item) instanceof ItemCheck.Checked c) {
 *       report.event(c.report());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Thread-safe when its validator is (a {@link Validator} is).
 */
public final class ItemCheck {

  /** The {@code eventSource} of MediaConvert's records: the others are skipped unless asked for. */
  public static final String MEDIACONVERT = MediaConvertPayloads.EVENT_SOURCE;

  /** What an item comes to. */
  public sealed interface Outcome permits Checked, Skipped {}

  /**
   * An entry of the report.
   *
   * @param report the record's (or the input's) findings
   */
  public record Checked(EventReport report) implements Outcome {}

  /**
   * A record counted and not checked.
   *
   * @param reason why
   */
  public record Skipped(SkipReason reason) implements Outcome {}

  private final Validator validator;
  private final boolean allSources;

  /**
   * A check of items with {@code validator}.
   *
   * @param allSources whether records of other services than MediaConvert are checked too (their
   *     envelope), rather than skipped
   */
  public ItemCheck(Validator validator, boolean allSources) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.allSources = allSources;
  }

  /** The validator the records are checked with. */
  public Validator validator() {
    return validator;
  }

  /**
   * The outcome of {@code item}. Never throws for bad content; should a defect make the validator
   * throw, the record still gets its entry, a {@code syntax.check-failed} finding. Each finding has
   * its place in the input: a record's findings where their values are in its bytes (when the
   * record is the input's own bytes), the others at the item's start.
   */
  public Outcome check(InputItem item) {
    if (item instanceof InputItem.Record r) {
      return check(r);
    }
    if (item instanceof InputItem.Broken b) {
      return new Checked(
          at(b.position(), b.source(), b.index(), finding(SyntaxRules.RECORD_BROKEN, b.reason())));
    }
    if (item instanceof InputItem.Empty e) {
      return new Checked(
          at(
              e.position(),
              e.source(),
              e.index(),
              finding(
                  SyntaxRules.INPUT_EMPTY,
                  "the input is empty or holds only whitespace: no record to check")));
    }
    return new Skipped(((InputItem.Skipped) item).reason());
  }

  private Outcome check(InputItem.Record record) {
    try {
      return validate(record);
    } catch (RuntimeException | StackOverflowError e) {
      return new Checked(
          at(
              record.position(),
              record.source(),
              record.index(),
              finding(
                  SyntaxRules.CHECK_FAILED,
                  "the record could not be checked: " + e.getClass().getSimpleName())));
    }
  }

  /**
   * Why {@code item} is skipped, or {@code null} when it is checked: what {@link #check} gives as
   * {@link Skipped}, for the cost of a record's sniff, so that a caller can count a run of skipped
   * items without an outcome for each.
   */
  public SkipReason skipReason(InputItem item) {
    if (item instanceof InputItem.Skipped s) {
      return s.reason();
    }
    // Another service's record is known from a scan that builds nothing; a record the scan cannot
    // read is one the validator's tree reader cannot read either, and it says why.
    if (item instanceof InputItem.Record r && !allSources && r.isOtherThan(MEDIACONVERT)) {
      return SkipReason.OTHER_SERVICE;
    }
    return null;
  }

  private Outcome validate(InputItem.Record record) {
    SkipReason skip = skipReason(record);
    if (skip != null) {
      return new Skipped(skip);
    }
    if (record.isNotARecord()) {
      return new Checked(
          at(
              record.position(),
              record.source(),
              record.index(),
              finding(SyntaxRules.NOT_A_RECORD, notARecord(record))));
    }
    ValidationResult result = validator.validate(record.json());
    // Places are found only for a record with findings; inside a record that is not the input's
    // own bytes (in a string, or rewritten), only the record's place is known.
    Location start = location(record.position());
    List<Location> places =
        record.verbatim()
            ? validator.locate(record.json(), result.findings(), start)
            : Collections.nCopies(result.findings().size(), start);
    return new Checked(EventReport.of(record.source(), record.index(), result, places));
  }

  /** The place in the input of a position the records module gives. */
  public static Location location(Position p) {
    return new Location(p.line(), p.column(), p.offset());
  }

  /** An entry whose every finding is about the whole item at {@code p}. */
  private static EventReport at(Position p, String source, int index, List<Finding> findings) {
    return new EventReport(
        source, index, null, null, findings, Collections.nCopies(findings.size(), location(p)));
  }

  /** What the object that is no record was, in the words of the form it came in. */
  private static String notARecord(InputItem.Record record) {
    String members =
        "none of a record's members (eventVersion, eventTime, eventSource, eventName, ...)";
    return switch (record.form()) {
      case "eventbridge" ->
          "the EventBridge event's detail is not a CloudTrail record: it has " + members;
      case "cloudwatch-logs" ->
          "the log event's message is not a CloudTrail record: it has " + members;
      case "lookup-events" ->
          "the event's CloudTrailEvent is not a CloudTrail record: it has " + members;
      default ->
          "a JSON object that is neither a CloudTrail record nor a form of input that holds"
              + " records (log file, digest file, EventBridge event, CloudWatch Logs payload or"
              + " Lambda event, LookupEvents output): it has "
              + members;
    };
  }

  /**
   * The entry of an input that could not be read, or not to its end: a {@code
   * syntax.input-unreadable} finding, as record 0 of it.
   *
   * @param reason why, for example {@link #reason(IOException)}
   */
  public EventReport unreadable(String source, String reason) {
    return new EventReport(
        source, 0, null, null, finding(SyntaxRules.INPUT_UNREADABLE, source + ": " + reason));
  }

  /**
   * Why an input could not be opened, in words: {@code no such file (...)}, {@code permission
   * denied}, or {@code cannot be read (ExceptionClass)}.
   */
  public static String reason(IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "NoSuchFileException", "FileNotFoundException" ->
          "no such file (it may have vanished during the run)";
      case "AccessDeniedException" -> "permission denied";
      default -> "cannot be read (" + kind + ")";
    };
  }

  /**
   * {@code entry} with a {@code syntax.encoding} finding first, saying what the reader noticed
   * about its input's encoding ({@link io.mctrail.records.RecordReader#encodingNote()}): given to
   * the first entry of such an input.
   */
  public EventReport withEncodingNote(EventReport entry, String note) {
    List<Finding> findings = new ArrayList<>(finding(SyntaxRules.ENCODING, note));
    // The note is about the whole input: its place is the input's start.
    List<Location> places = new ArrayList<>();
    if (!entry.locations().isEmpty()) {
      places.addAll(Collections.nCopies(findings.size(), Location.START));
      places.addAll(entry.locations());
    }
    findings.addAll(entry.findings());
    return new EventReport(
        entry.source(), entry.index(), entry.eventName(), entry.eventID(), findings, places);
  }

  /** A finding of {@code rule} on a whole record or input, or none when the rule is off. */
  private List<Finding> finding(Rule rule, String message) {
    if (!validator.config().isEnabled(rule)) {
      return List.of();
    }
    return List.of(
        new Finding(rule.id(), validator.config().severityOf(rule), "", null, message, null, null));
  }
}
