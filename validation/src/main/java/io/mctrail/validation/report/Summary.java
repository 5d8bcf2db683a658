package io.mctrail.validation.report;

import io.mctrail.validation.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a report.
 *
 * @param files the inputs read (files and standard input), including those that yielded no event
 * @param events the records validated: one per {@link EventReport}
 * @param skipped the records read and not validated (not MediaConvert events, digest files)
 * @param errors the findings of severity {@link Severity#ERROR} across every event
 * @param warnings the findings of severity {@link Severity#WARNING} across every event
 * @param infos the findings of severity {@link Severity#INFO} across every event
 * @param skippedByReason the skipped records by why they were skipped (for example {@code
 *     CloudTrail digest file}), in the order of the reasons' names; the counts add up to {@code
 *     skipped}
 */
public record Summary(
    long files,
    long events,
    long skipped,
    long errors,
    long warnings,
    long infos,
    Map<String, Long> skippedByReason) {

  /** Checks that no count is negative and that the skipped records' reasons add up. */
  public Summary {
    if (files < 0 || events < 0 || skipped < 0 || errors < 0 || warnings < 0 || infos < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
    skippedByReason = Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
    long sum = 0;
    for (long n : skippedByReason.values()) {
      if (n < 0) {
        throw new IllegalArgumentException("a count cannot be negative");
      }
      sum += n;
    }
    if (sum != skipped) {
      throw new IllegalArgumentException(
          "the skipped records' reasons count " + sum + ", not " + skipped);
    }
  }

  /** The totals of {@code events}, with the inputs and the skipped records by reason given. */
  public static Summary of(
      long files, Map<String, Long> skippedByReason, List<EventReport> events) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (EventReport event : events) {
      errors += event.count(Severity.ERROR);
      warnings += event.count(Severity.WARNING);
      infos += event.count(Severity.INFO);
    }
    long skipped = skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    return new Summary(files, events.size(), skipped, errors, warnings, infos, skippedByReason);
  }

  /** The number of findings of this severity. */
  public long count(Severity severity) {
    return switch (severity) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }

  /** The number of findings of every severity. */
  public long findings() {
    return errors + warnings + infos;
  }
}
