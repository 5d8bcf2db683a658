package io.mctrail.validation.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Report} in one format. Writers are stateless and thread-safe; they flush {@code
 * out} and leave it open. Write to a UTF-8 {@link Writer}: reports carry messages in any language,
 * and the XML formats declare UTF-8.
 */
public interface ReportWriter {

  /** Writes {@code report} to {@code out}. */
  void write(Report report, Writer out) throws IOException;

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
