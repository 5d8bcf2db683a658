package io.mctrail.validation.report;

import io.mctrail.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of validating some inputs: one {@link EventReport} per record validated, in the order
 * they were added, the inputs read and the records skipped in each (by reason), and the {@link
 * Summary} of them all. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * Report.Builder report = Report.builder();
 * report.source("trail.json");
 * report.event("trail.json", 0, validator.validate(record0));
 * report.skipped("trail.json", "record of another service", 1);
 * ReportWriter.of(ReportFormat.TEXT).write(report.build(), out);
 * }</pre>
 *
 * <p>A report holds every event it is given; a run too long for that writes a {@link ReportStream}
 * instead ({@link ReportWriter#open}), which gives the same output.
 */
public final class Report {

  private final List<EventReport> events;
  // The inputs in first-named order, with the records skipped in each by reason.
  private final Map<String, Map<String, Long>> skippedBySource;
  private final Summary summary;

  private Report(Builder b) {
    this.events = List.copyOf(b.events);
    Map<String, Map<String, Long>> skipped = new LinkedHashMap<>();
    Map<String, Long> byReason = new TreeMap<>();
    b.skippedBySource.forEach(
        (source, reasons) -> {
          skipped.put(source, Collections.unmodifiableMap(new TreeMap<>(reasons)));
          reasons.forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
        });
    this.skippedBySource = Collections.unmodifiableMap(skipped);
    this.summary = Summary.of(skippedBySource.size(), byReason, events);
  }

  /** A builder of an empty report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every record validated, in the order it was added. */
  public List<EventReport> events() {
    return events;
  }

  /** The totals; {@code summary().events() == events().size()}. */
  public Summary summary() {
    return summary;
  }

  /** The inputs read, in the order they were first named; {@code summary().files()} of them. */
  public List<String> sources() {
    return List.copyOf(skippedBySource.keySet());
  }

  /** The records of {@code source} that were read and not validated. */
  public long skipped(String source) {
    return skippedByReason(source).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The records of {@code source} that were read and not validated, by reason. */
  public Map<String, Long> skippedByReason(String source) {
    return skippedBySource.getOrDefault(source, Map.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r
        && events.equals(r.events)
        && skippedBySource.equals(r.skippedBySource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(events, skippedBySource);
  }

  @Override
  public String toString() {
    return "Report " + summary;
  }

  /**
   * Collects the report of a run as the inputs are read. Every input named (by {@link
   * #source(String)}, {@link #skipped(String, String, long)} or an event) counts once in {@link
   * Summary#files()}. Not thread-safe: a run validating in parallel adds from one thread.
   */
  public static final class Builder {

    private final List<EventReport> events = new ArrayList<>();
    private final Map<String, Map<String, Long>> skippedBySource = new LinkedHashMap<>();

    private Builder() {}

    /** Counts an input that was read, even if it yields no event (an empty or digest file). */
    public Builder source(String source) {
      skippedBySource.computeIfAbsent(
          Objects.requireNonNull(source, "source"), s -> new TreeMap<>());
      return this;
    }

    /**
     * Counts {@code count} more records of {@code source} read and not validated, for {@code
     * reason} (for example {@code CloudTrail digest file}).
     */
    public Builder skipped(String source, String reason, long count) {
      Objects.requireNonNull(reason, "reason");
      if (count < 0) {
        throw new IllegalArgumentException("skipped count must be 0 or more, not " + count);
      }
      source(source);
      if (count > 0) {
        skippedBySource.get(source).merge(reason, count, Long::sum);
      }
      return this;
    }

    /** Adds the report of one record; its source counts as an input. */
    public Builder event(EventReport event) {
      source(event.source());
      events.add(event);
      return this;
    }

    /** Adds record {@code index} of {@code source}, validated into {@code result}. */
    public Builder event(String source, int index, ValidationResult result) {
      return event(EventReport.of(source, index, result));
    }

    /** Adds the reports of several records. */
    public Builder events(Iterable<EventReport> reports) {
      reports.forEach(this::event);
      return this;
    }

    /** The report of everything added so far. */
    public Report build() {
      return new Report(this);
    }
  }
}
