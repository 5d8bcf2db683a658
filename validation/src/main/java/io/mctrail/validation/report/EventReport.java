package io.mctrail.validation.report;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import io.mctrail.validation.Severity;
import io.mctrail.validation.ValidationResult;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one record of one input, with where each is in the input when that is known.
 *
 * @param source the path of the file the record was read from, or {@code "-"} for standard input
 * @param index the record's position in its file, from 0 ({@code 0} for a file of a single event)
 * @param eventName the record's {@code eventName}, or {@code null} when it has none (a record that
 *     does not parse)
 * @param eventID the record's {@code eventID}, or {@code null}
 * @param findings its findings, in the order the validator reported them; may be empty
 * @param locations where each finding is in the file ({@code Validator.locate}), one per finding in
 *     the same order, or empty when the places are not known
 */
public record EventReport(
    String source,
    int index,
    String eventName,
    String eventID,
    List<Finding> findings,
    List<Location> locations) {

  /** The source name of standard input. */
  public static final String STDIN = "-";

  /** Checks the index, and that there is a location for every finding or for none. */
  public EventReport {
    Objects.requireNonNull(source, "source");
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, not " + index);
    }
    findings = List.copyOf(findings);
    locations = List.copyOf(locations);
    if (!locations.isEmpty() && locations.size() != findings.size()) {
      throw new IllegalArgumentException(
          locations.size() + " locations for " + findings.size() + " findings");
    }
  }

  /** The findings of a record whose places in the file are not known. */
  public EventReport(
      String source, int index, String eventName, String eventID, List<Finding> findings) {
    this(source, index, eventName, eventID, findings, List.of());
  }

  /** The report of record {@code index} of {@code source}, validated into {@code result}. */
  public static EventReport of(String source, int index, ValidationResult result) {
    return new EventReport(source, index, result.eventName(), result.eventID(), result.findings());
  }

  /**
   * The report of record {@code index} of {@code source}, validated into {@code result}, whose
   * findings are at {@code locations} ({@code Validator.locate}).
   */
  public static EventReport of(
      String source, int index, ValidationResult result, List<Location> locations) {
    return new EventReport(
        source, index, result.eventName(), result.eventID(), result.findings(), locations);
  }

  /** Where finding {@code i} is in the file, or {@code null} when that is not known. */
  public Location location(int i) {
    Objects.checkIndex(i, findings.size());
    return locations.isEmpty() ? null : locations.get(i);
  }

  /** The number of findings of this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when the record has at least one finding. */
  public boolean hasFindings() {
    return !findings.isEmpty();
  }
}
