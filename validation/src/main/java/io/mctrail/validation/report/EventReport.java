package io.mctrail.validation.report;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.ValidationResult;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one record of one input.
 *
 * @param source the path of the file the record was read from, or {@code "-"} for standard input
 * @param index the record's position in its file, from 0 ({@code 0} for a file of a single event)
 * @param eventName the record's {@code eventName}, or {@code null} when it has none (a record that
 *     does not parse)
 * @param eventID the record's {@code eventID}, or {@code null}
 * @param findings its findings, in the order the validator reported them; may be empty
 */
public record EventReport(
    String source, int index, String eventName, String eventID, List<Finding> findings) {

  /** The source name of standard input. */
  public static final String STDIN = "-";

  public EventReport {
    Objects.requireNonNull(source, "source");
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, not " + index);
    }
    findings = List.copyOf(findings);
  }

  /** The report of record {@code index} of {@code source}, validated into {@code result}. */
  public static EventReport of(String source, int index, ValidationResult result) {
    return new EventReport(source, index, result.eventName(), result.eventID(), result.findings());
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
