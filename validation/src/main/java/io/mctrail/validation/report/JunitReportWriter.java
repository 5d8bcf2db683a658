package io.mctrail.validation.report;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import io.mctrail.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML, for CI servers: a {@code <testsuites>} with one {@code <testsuite>} per
 * input and one {@code <testcase>} per event, named {@code #<index> <eventName> <eventID>}.
 *
 * <p>A test case's {@code classname} is its input's path with each {@code .} written as {@code
 * U+2024} (one dot leader, which looks the same): Jenkins reads a class name's last {@code .} as
 * the start of a class in a package, and would show {@code trail.json} as class {@code json} of
 * package {@code trail}; so Jenkins and GitLab both show the file as it is. The exact path is the
 * {@code file} attribute.
 *
 * <p>Each ERROR finding is a {@code <failure>} (message: rule and pointer, {@code (root)} for the
 * whole event; type: rule; text: the message, then where it is in the file, the related pointer and
 * the expected and actual values when present). WARNING and INFO findings are lines of the test
 * case's {@code <system-out>}: they do not fail it.
 *
 * <p>The counts agree with the test cases: {@code tests} is the events validated, {@code failures}
 * the events with at least one ERROR, {@code errors} and {@code skipped} are always 0 (a record
 * that cannot be read is a failure with a syntax rule). Records skipped (a CloudTrail log holds far
 * more records of other services than MediaConvert events) have no test case and are left out of
 * the counts; a suite's {@code <properties>} counts them by reason ({@code
 * mctrail.skipped.<reason>}). Every {@code time} is 0: mctrail does not time records, and a report
 * stays the same from run to run and whatever the number of threads.
 *
 * <p>Characters XML 1.0 cannot carry (most control characters) are written as {@code \}{@code
 * uXXXX}; attributes are kept on one line the same way.
 */
public final class JunitReportWriter implements ReportWriter {

  // The JDK's own writer, whatever StAX implementation the classpath brings: its escaping is known.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final int spoolMemoryBytes;

  /** A writer whose streams keep a few megabytes of test cases in memory, the rest on disk. */
  public JunitReportWriter() {
    this(Spool.DEFAULT_MEMORY_BYTES);
  }

  /** A writer whose streams keep {@code spoolMemoryBytes} of test cases in memory. */
  JunitReportWriter(int spoolMemoryBytes) {
    this.spoolMemoryBytes = spoolMemoryBytes;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (ReportStream stream = open(out)) {
      AbstractReportStream.replay(report, stream);
    }
  }

  /**
   * A report whose test cases are held in a temporary file (beyond a few megabytes in memory) as
   * their events are added, since every suite opens with its counts, and written suite by suite at
   * the end.
   */
  @Override
  public ReportStream open(Writer out) throws IOException {
    return new Stream(out, spoolMemoryBytes);
  }

  /** The prefix of the properties that count a suite's skipped records by reason. */
  public static final String SKIPPED_PROPERTY = "mctrail.skipped.";

  /** The counts of one input's suite, and where its test cases lie in the spool. */
  private static final class Suite {
    long events;
    long failures;
    final Map<String, Long> skipped = new TreeMap<>();
    // Pairs of spool positions: start, end, start, end…
    long[] ranges = new long[2];
    int rangeCount;

    void add(long start, long end) {
      if (rangeCount > 0 && ranges[rangeCount - 1] == start) {
        ranges[rangeCount - 1] = end;
        return;
      }
      if (rangeCount == ranges.length) {
        ranges = Arrays.copyOf(ranges, ranges.length * 2);
      }
      ranges[rangeCount++] = start;
      ranges[rangeCount++] = end;
    }
  }

  private static final class Stream extends AbstractReportStream {
    private final Writer out;
    private final Spool spool;
    private final XMLStreamWriter cases;
    private final Map<String, Suite> suites = new LinkedHashMap<>();
    private long failures;

    Stream(Writer out, int spoolMemoryBytes) throws IOException {
      this.out = out;
      this.spool = new Spool(spoolMemoryBytes);
      try {
        cases = FACTORY.createXMLStreamWriter(spool);
      } catch (XMLStreamException e) {
        throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
      }
    }

    @Override
    void newSource(String source) {
      suites.put(source, new Suite());
    }

    @Override
    void skippedIn(String source, String reason, long count) {
      suites.get(source).skipped.merge(reason, count, Long::sum);
    }

    @Override
    void write(EventReport event) throws IOException {
      Suite suite = suites.get(event.source());
      suite.events++;
      if (event.count(Severity.ERROR) > 0) {
        suite.failures++;
        failures++;
      }
      long start = spool.position();
      try {
        writeCase(cases, event);
        // Closes an empty element's tag now rather than at the next case's text.
        cases.writeCharacters("");
        cases.flush();
      } catch (XMLStreamException e) {
        throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
      }
      suite.add(start, spool.position());
    }

    @Override
    void end(Summary s) throws IOException {
      try {
        XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", "mctrail");
        counts(x, s.events(), failures);
        for (Map.Entry<String, Suite> entry : suites.entrySet()) {
          Suite suite = entry.getValue();
          boolean empty = suite.events == 0 && suite.skipped.isEmpty();
          x.writeCharacters("\n  ");
          if (empty) {
            x.writeEmptyElement("testsuite");
          } else {
            x.writeStartElement("testsuite");
          }
          x.writeAttribute("name", attribute(entry.getKey()));
          counts(x, suite.events, suite.failures);
          if (!suite.skipped.isEmpty()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            for (Map.Entry<String, Long> skip : suite.skipped.entrySet()) {
              x.writeCharacters("\n      ");
              x.writeEmptyElement("property");
              x.writeAttribute("name", attribute(SKIPPED_PROPERTY + skip.getKey()));
              x.writeAttribute("value", Long.toString(skip.getValue()));
            }
            x.writeCharacters("\n    ");
            x.writeEndElement();
          }
          if (suite.events > 0) {
            x.writeCharacters("");
            x.flush();
            for (int i = 0; i < suite.rangeCount; i += 2) {
              spool.copyTo(out, suite.ranges[i], suite.ranges[i + 1]);
            }
          }
          if (!empty) {
            x.writeCharacters("\n  ");
            x.writeEndElement();
          }
        }
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
      } catch (XMLStreamException e) {
        throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
      }
      out.write('\n');
      out.flush();
    }

    @Override
    public void close() throws IOException {
      spool.close();
    }
  }

  private static void counts(XMLStreamWriter x, long tests, long failures)
      throws XMLStreamException {
    x.writeAttribute("tests", Long.toString(tests));
    x.writeAttribute("failures", Long.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    x.writeAttribute("time", "0");
  }

  private static void writeCase(XMLStreamWriter x, EventReport event) throws XMLStreamException {
    x.writeCharacters("\n    ");
    if (!event.hasFindings()) {
      x.writeEmptyElement("testcase");
      caseAttributes(x, event);
      return;
    }
    x.writeStartElement("testcase");
    caseAttributes(x, event);
    StringBuilder systemOut = new StringBuilder();
    for (int i = 0; i < event.findings().size(); i++) {
      Finding f = event.findings().get(i);
      if (f.severity() == Severity.ERROR) {
        x.writeCharacters("\n      ");
        x.writeStartElement("failure");
        x.writeAttribute(
            "message",
            attribute(f.rule() + " " + (f.pointer().isEmpty() ? "(root)" : f.pointer())));
        x.writeAttribute("type", attribute(f.rule()));
        x.writeCharacters(text(failureText(event, i)));
        x.writeEndElement();
      } else {
        systemOut.append(TextReportWriter.line(event, i).strip()).append('\n');
      }
    }
    if (systemOut.length() > 0) {
      x.writeCharacters("\n      ");
      x.writeStartElement("system-out");
      x.writeCharacters(text(systemOut.toString()));
      x.writeEndElement();
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }

  private static void caseAttributes(XMLStreamWriter x, EventReport event)
      throws XMLStreamException {
    x.writeAttribute("name", attribute(caseName(event)));
    x.writeAttribute("classname", attribute(className(event.source())));
    x.writeAttribute("file", attribute(event.source()));
    x.writeAttribute("time", "0");
  }

  /**
   * The class name that shows as the file: {@code source} with each {@code .} as U+2024, so that no
   * part of it is taken for a package.
   */
  static String className(String source) {
    return source.replace('.', '\u2024');
  }

  /** {@code #<index> <eventName> <eventID>}, leaving out what the record does not have. */
  static String caseName(EventReport event) {
    StringBuilder b = new StringBuilder("#").append(event.index());
    b.append(' ').append(event.eventName() == null ? "(no eventName)" : event.eventName());
    if (event.eventID() != null) {
      b.append(' ').append(event.eventID());
    }
    return b.toString();
  }

  private static String failureText(EventReport event, int i) {
    Finding f = event.findings().get(i);
    StringBuilder b = new StringBuilder(f.message());
    Location at = event.location(i);
    if (at != null) {
      b.append("\nat: ").append(event.source()).append(':').append(at);
    }
    if (f.relatedPointer() != null) {
      b.append("\nrelated: ").append(f.relatedPointer());
    }
    if (f.expected() != null) {
      b.append("\nexpected: ").append(f.expected());
    }
    if (f.actual() != null) {
      b.append("\nactual: ").append(f.actual());
    }
    return b.toString();
  }

  /** Element text: line breaks kept (as LF, which is all a parser gives back), the rest safe. */
  static String text(String s) {
    return xmlSafe(s.replace("\r\n", "\n").replace('\r', '\n'), true);
  }

  /** An attribute value on one line: every control character escaped, the rest safe. */
  static String attribute(String s) {
    return xmlSafe(s, false);
  }

  /**
   * {@code s} with every character XML 1.0 cannot carry (and, unless {@code multiline}, every
   * control character) written as {@code \}{@code uXXXX}. The StAX writer escapes the markup
   * characters ({@code <}, {@code &}, quotes).
   */
  private static String xmlSafe(String s, boolean multiline) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
        continue;
      } else if (c == '\n' || c == '\t') {
        ok = multiline;
      } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        ok = false;
      } else {
        ok = !(c >= 0x7f && c <= 0x9f) || multiline;
      }
      if (ok) {
        b.append(c);
      } else {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return b.toString();
  }
}
