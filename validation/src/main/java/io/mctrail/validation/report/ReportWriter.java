package io.mctrail.validation.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Report} in one format. Writers are stateless and thread-safe; they flush {@code
 * out} and leave it open. Write to a UTF-8 {@link Writer}: reports carry messages in any language,
 * and the XML formats declare UTF-8.
 *
 * <p>A run too long to hold its report in memory {@link #open opens} a {@link ReportStream}
 * instead: the writers of every {@link ReportFormat} write each event as it is added, or hold it in
 * a temporary file when the format opens with totals.
 */
public interface ReportWriter {

  /** Writes {@code report} to {@code out}. */
  void write(Report report, Writer out) throws IOException;

  /**
   * A report written to {@code out} as it is added to. Unless a writer does better, this one
   * collects the report and writes it at {@link ReportStream#finish()}.
   */
  default ReportStream open(Writer out) throws IOException {
    return new AbstractReportStream.Collecting(this, out);
  }

  /** The writer of {@code format}, with its defaults. */
  static ReportWriter of(ReportFormat format) {
    return switch (format) {
      case TEXT -> new TextReportWriter();
      case JSON -> new JsonReportWriter();
      case SARIF -> new SarifReportWriter();
      case JUNIT -> new JunitReportWriter();
    };
  }
}
