package io.mctrail.validation.report;

import java.io.Closeable;
import java.io.IOException;

/**
 * A report written while a run goes on, so that a run of any length holds no more than the record
 * at hand: each record's entry is written (or, for a format that opens with totals, held in a
 * temporary file) as it is added, and {@link #finish()} writes the end and the totals. Opened by
 * {@link ReportWriter#open}; the output is exactly what {@link ReportWriter#write} writes for a
 * {@link Report} built by the same calls.
 *
 * <pre>{@code
 * try (ReportStream report = ReportWriter.of(ReportFormat.JSON).open(out)) {
 *   report.source("trail.json");
 *   report.event(EventReport.of("trail.json", 0, validator.validate(record0)));
 *   report.skipped("trail.json", "record of another service", 1);
 *   Summary totals = report.finish();
 * }
 * }</pre>
 *
 * <p>Like {@link Report.Builder}, every input named (by {@link #source}, {@link #skipped} or an
 * event) counts once in {@link Summary#files()}. Not thread-safe: a run validating in parallel adds
 * from one thread.
 */
public interface ReportStream extends Closeable {

  /** Counts an input that was read, even if it yields no event (an empty or digest file). */
  void source(String source) throws IOException;

  /**
   * Counts {@code count} more records of {@code source} read and not validated, for {@code reason}
   * (for example {@code CloudTrail digest file}): the summary counts them by reason.
   */
  void skipped(String source, String reason, long count) throws IOException;

  /** Adds the report of one record; its source counts as an input. */
  void event(EventReport event) throws IOException;

  /**
   * Writes the rest of the report, flushes the output and returns the totals; nothing may be added
   * after it. The output stays open.
   */
  Summary finish() throws IOException;

  /**
   * Releases what the stream holds (a temporary file); after {@link #finish()}, or instead of it
   * when the run failed. Leaves the output open.
   */
  @Override
  void close() throws IOException;
}
