package io.mctrail.validation.report;

import io.mctrail.validation.Severity;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The totals every {@link ReportStream} keeps, whatever it writes: the inputs named, the events and
 * their findings by severity, the records skipped. A format adds what it writes for each part.
 */
abstract class AbstractReportStream implements ReportStream {

  private final Set<String> sources = new HashSet<>();
  private long events;
  private long skipped;
  private final Map<String, Long> skippedByReason = new TreeMap<>();
  private long errors;
  private long warnings;
  private long infos;
  private boolean finished;

  @Override
  public final void source(String source) throws IOException {
    Objects.requireNonNull(source, "source");
    checkOpen();
    if (sources.add(source)) {
      newSource(source);
    }
  }

  @Override
  public final void skipped(String source, String reason, long count) throws IOException {
    Objects.requireNonNull(reason, "reason");
    if (count < 0) {
      throw new IllegalArgumentException("skipped count must be 0 or more, not " + count);
    }
    source(source);
    if (count == 0) {
      return;
    }
    skipped += count;
    skippedByReason.merge(reason, count, Long::sum);
    skippedIn(source, reason, count);
  }

  @Override
  public final void event(EventReport event) throws IOException {
    source(event.source());
    events++;
    errors += event.count(Severity.ERROR);
    warnings += event.count(Severity.WARNING);
    infos += event.count(Severity.INFO);
    write(event);
  }

  @Override
  public final Summary finish() throws IOException {
    checkOpen();
    finished = true;
    Summary summary =
        new Summary(sources.size(), events, skipped, errors, warnings, infos, skippedByReason);
    end(summary);
    return summary;
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the report is finished");
    }
  }

  /** An input named for the first time. */
  void newSource(String source) throws IOException {}

  /** {@code count} records of {@code source} skipped for {@code reason}. */
  void skippedIn(String source, String reason, long count) throws IOException {}

  /** Writes or holds the entry of one event. */
  abstract void write(EventReport event) throws IOException;

  /** Writes the end of the report, with its totals, and flushes the output. */
  abstract void end(Summary summary) throws IOException;

  @Override
  public void close() throws IOException {}

  /** Adds the content of a built report, in its order, to {@code stream}, and finishes it. */
  static void replay(Report report, ReportStream stream) throws IOException {
    for (String source : report.sources()) {
      stream.source(source);
    }
    for (EventReport event : report.events()) {
      stream.event(event);
    }
    for (String source : report.sources()) {
      for (Map.Entry<String, Long> skip : report.skippedByReason(source).entrySet()) {
        stream.skipped(source, skip.getKey(), skip.getValue());
      }
    }
    stream.finish();
  }

  /**
   * The stream of a writer that writes only built reports: collects them and writes at the end.
   * Memory grows with the report.
   */
  static final class Collecting extends AbstractReportStream {
    private final ReportWriter writer;
    private final java.io.Writer out;
    private final Report.Builder report = Report.builder();

    Collecting(ReportWriter writer, java.io.Writer out) {
      this.writer = writer;
      this.out = out;
    }

    @Override
    void newSource(String source) {
      report.source(source);
    }

    @Override
    void skippedIn(String source, String reason, long count) {
      report.skipped(source, reason, count);
    }

    @Override
    void write(EventReport event) {
      report.event(event);
    }

    @Override
    void end(Summary summary) throws IOException {
      writer.write(report.build(), out);
    }
  }
}
