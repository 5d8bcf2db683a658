package io.mctrail.validation.report;

import io.mctrail.validation.Severity;
import java.util.List;

/**
 * The totals of a report.
 *
 * @param files the inputs read (files and standard input), including those that yielded no event
 * @param events the records validated: one per {@link EventReport}
 * @param skipped the records read and not validated (not MediaConvert events, digest files)
 * @param errors the findings of severity {@link Severity#ERROR} across every event
 * @param warnings the findings of severity {@link Severity#WARNING} across every event
 * @param infos the findings of severity {@link Severity#INFO} across every event
 */
public record Summary(
    long files, long events, long skipped, long errors, long warnings, long infos) {

  public Summary {
    if (files < 0 || events < 0 || skipped < 0 || errors < 0 || warnings < 0 || infos < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
  }

  /** The totals of {@code events}, with the counts of inputs and skipped records given. */
  public static Summary of(long files, long skipped, List<EventReport> events) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (EventReport event : events) {
      errors += event.count(Severity.ERROR);
      warnings += event.count(Severity.WARNING);
      infos += event.count(Severity.INFO);
    }
    return new Summary(files, events.size(), skipped, errors, warnings, infos);
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
