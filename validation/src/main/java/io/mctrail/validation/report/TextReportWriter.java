package io.mctrail.validation.report;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import io.mctrail.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people: a header line per event that has findings ({@code source#index eventName
 * eventID <id>}), one indented line per finding with where it is ({@code file:line:column}, which
 * terminals and editors open at the place, when the place is known), and a summary line at the end
 * with the skipped records by reason:
 *
 * <pre>
 * trail.json#0 CreateJob eventID 1b2c
 *   ERROR   trail.json:41:25 consistency.value-changed /responseElements/job/settings/x: differs
 *           from the request (related: /requestParameters/settings/x) expected "a", actual "b"
 *
 * 3 files, 12 events (2 skipped: CloudTrail digest file 1, record of another service 1): 1 error,
 * 0 warnings, 4 infos
 * </pre>
 *
 * <p>Events without findings are left out. Text from the event (file names, pointers, messages)
 * reaches a terminal, so control characters in it are written as {@code \}{@code uXXXX} escapes; a
 * line break in a message continues on an indented line, keeping every finding under its event.
 */
public final class TextReportWriter implements ReportWriter {

  private static final String FINDING_INDENT = "  ";
  private static final String CONTINUATION_INDENT = "          ";

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (ReportStream stream = open(out)) {
      AbstractReportStream.replay(report, stream);
    }
  }

  /** A report that writes each event with findings as it is added, and the summary line last. */
  @Override
  public ReportStream open(Writer out) {
    return new AbstractReportStream() {
      private boolean first = true;

      @Override
      void write(EventReport event) throws IOException {
        if (!event.hasFindings()) {
          return;
        }
        if (!first) {
          out.write('\n');
        }
        first = false;
        out.write(header(event));
        out.write('\n');
        for (int i = 0; i < event.findings().size(); i++) {
          out.write(line(event, i));
          out.write('\n');
        }
      }

      @Override
      void end(Summary summary) throws IOException {
        if (!first) {
          out.write('\n');
        }
        out.write(summaryLine(summary));
        out.write('\n');
        out.flush();
      }
    };
  }

  /**
   * The header of an event: {@code source#index eventName eventID <id>}, standard input shown as
   * {@code (stdin)}.
   */
  static String header(EventReport event) {
    StringBuilder b = new StringBuilder();
    b.append(clean(sourceName(event), false)).append('#').append(event.index());
    b.append(' ')
        .append(event.eventName() == null ? "(no eventName)" : clean(event.eventName(), false));
    if (event.eventID() != null) {
      b.append(" eventID ").append(clean(event.eventID(), false));
    }
    return b.toString();
  }

  /** The source as people read it: standard input shown as {@code (stdin)}. */
  private static String sourceName(EventReport event) {
    return event.source().equals(EventReport.STDIN) ? "(stdin)" : event.source();
  }

  /**
   * Finding {@code i} of {@code event}: severity, {@code file:line:column} when the place is known,
   * rule, pointer, message, then the related pointer and the values.
   */
  static String line(EventReport event, int i) {
    Finding f = event.findings().get(i);
    StringBuilder b = new StringBuilder(FINDING_INDENT);
    String severity = f.severity().name();
    b.append(severity).append(" ".repeat(Math.max(1, 8 - severity.length())));
    Location at = event.location(i);
    if (at != null) {
      b.append(clean(sourceName(event), false)).append(':').append(at).append(' ');
    }
    b.append(clean(f.rule(), false)).append(' ');
    b.append(f.pointer().isEmpty() ? "(root)" : clean(f.pointer(), false)).append(": ");
    b.append(clean(f.message(), true));
    if (f.relatedPointer() != null) {
      b.append(" (related: ")
          .append(f.relatedPointer().isEmpty() ? "(root)" : clean(f.relatedPointer(), false))
          .append(')');
    }
    if (f.expected() != null) {
      b.append(" expected \"").append(clean(f.expected(), false)).append('"');
    }
    if (f.actual() != null) {
      b.append(f.expected() != null ? "," : "");
      b.append(" actual \"").append(clean(f.actual(), false)).append('"');
    }
    return b.toString();
  }

  /**
   * The last line: {@code 3 files, 12 events (2 skipped: CloudTrail digest file 2): 1 error, 0
   * warnings, 4 infos}, each reason for skipping with its count; what {@code mctrail check} and the
   * Spark job print of a run.
   */
  public static String summaryLine(Summary s) {
    StringBuilder skipped = new StringBuilder().append(s.skipped()).append(" skipped");
    String separator = ": ";
    for (Map.Entry<String, Long> reason : s.skippedByReason().entrySet()) {
      skipped.append(separator).append(clean(reason.getKey(), false)).append(' ');
      skipped.append(reason.getValue());
      separator = ", ";
    }
    return count(s.files(), "file")
        + ", "
        + count(s.events(), "event")
        + " ("
        + skipped
        + "): "
        + count(s.count(Severity.ERROR), "error")
        + ", "
        + count(s.count(Severity.WARNING), "warning")
        + ", "
        + count(s.count(Severity.INFO), "info");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * {@code text} safe for a terminal: control characters (which could move the cursor or recolour
   * the screen) become {@code \}{@code uXXXX}; with {@code multiline}, a line break starts an
   * indented continuation line instead.
   */
  static String clean(String text, boolean multiline) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (multiline && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        b.append('\n').append(CONTINUATION_INDENT);
      } else if (Character.isISOControl(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
