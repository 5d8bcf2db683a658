package io.mctrail.validation;

import java.util.List;

/**
 * The findings of one event.
 *
 * @param eventName the record's {@code eventName}, or {@code null} when it has none
 * @param eventID the record's {@code eventID}, or {@code null}
 * @param eventSource the record's {@code eventSource}, or {@code null}
 * @param findings the findings, in layer order
 */
public record ValidationResult(
    String eventName, String eventID, String eventSource, List<Finding> findings) {

  public ValidationResult {
    findings = List.copyOf(findings);
  }

  /** The number of findings of this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when a finding is as serious as {@code threshold} or more. */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }
}
