package io.mctrail.validation.report;

import java.util.Locale;

/** The formats a {@link Report} is written in. */
public enum ReportFormat {
  /** For people: findings grouped by event, and a summary line. */
  TEXT,
  /** The JSON contract other tools rely on (see the architecture brief). */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** JUnit XML, for CI servers: a test suite per input, a test case per event. */
  JUNIT;

  /** The name of the format on the command line: {@code text}, {@code json}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code id}, in any case.
   *
   * @throws IllegalArgumentException when no format has that name
   */
  public static ReportFormat fromId(String id) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown report format " + id + "; expected one of text, json, sarif, junit");
  }
}
