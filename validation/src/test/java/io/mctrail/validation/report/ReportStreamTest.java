package io.mctrail.validation.report;

import static io.mctrail.validation.report.SampleReports.DESTINATION_CHANGED;
import static io.mctrail.validation.report.SampleReports.DIGEST;
import static io.mctrail.validation.report.SampleReports.EXTRA_FIELD;
import static io.mctrail.validation.report.SampleReports.NOT_JSON;
import static io.mctrail.validation.report.SampleReports.PRIORITY_DEFAULT;
import static io.mctrail.validation.report.SampleReports.QUEUE_DEFAULT;
import static io.mctrail.validation.report.SampleReports.TRAIL;
import static io.mctrail.validation.report.SampleReports.TRICKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A report streamed as a run adds to it is the report its writer writes for the same content built
 * in memory, byte for byte, in every format, whether what a format holds back until its totals
 * stays in memory or moves to a temporary file.
 */
class ReportStreamTest {

  private static final String OTHER = "logs/other.json";

  @Test
  void everyFormatStreamedInTheOrderARunAddsGivesTheBytesOfTheBuiltReport() throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      ReportWriter writer = ReportWriter.of(format);
      StringWriter out = new StringWriter();
      Summary summary;
      try (ReportStream stream = writer.open(out)) {
        stream.source(TRAIL);
        stream.event(
            new EventReport(
                TRAIL,
                0,
                "CreateJob",
                "1b2c3d4e-0000-4000-8000-000000000001",
                List.of(DESTINATION_CHANGED, EXTRA_FIELD, QUEUE_DEFAULT)));
        stream.event(new EventReport(TRAIL, 1, "GetJob", "id-2", List.of()));
        stream.skipped(TRAIL, SampleReports.OTHER_SERVICE, 1);
        stream.event(new EventReport(TRAIL, 3, null, null, List.of(NOT_JSON)));
        stream.source(EventReport.STDIN);
        stream.event(
            new EventReport(EventReport.STDIN, 0, "CreateJob", "id-4", List.of(PRIORITY_DEFAULT)));
        stream.skipped(DIGEST, SampleReports.DIGEST_FILE, 2);
        summary = stream.finish();
      }

      assertThat(out.toString())
          .as(format.id())
          .isEqualTo(CapturingWriter.written(writer, SampleReports.mixed()));
      assertThat(summary).isEqualTo(SampleReports.mixed().summary());
    }
  }

  @Test
  void eventsHeldOnDiskComeBackAsEventsHeldInMemory() throws IOException {
    Report report = many(400);
    for (boolean pretty : new boolean[] {true, false}) {
      assertThat(written(new JsonReportWriter(pretty, 64), report))
          .isEqualTo(written(new JsonReportWriter(pretty), report));
    }
    assertThat(written(new JunitReportWriter(64), report))
        .isEqualTo(written(new JunitReportWriter(), report));
  }

  @Test
  void aJunitSuiteGathersTheCasesOfItsInputWhereverTheyCameInTheRun() throws Exception {
    Report report = many(30);

    String xml = written(new JunitReportWriter(64), report);

    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    for (int s = 0; s < 2; s++) {
      Element suite = (Element) suites.item(s);
      String source = s == 0 ? TRAIL : OTHER;
      assertThat(suite.getAttribute("name")).isEqualTo(source);
      NodeList cases = suite.getElementsByTagName("testcase");
      List<String> names = new ArrayList<>();
      for (int c = 0; c < cases.getLength(); c++) {
        Element testCase = (Element) cases.item(c);
        assertThat(testCase.getAttribute("file")).isEqualTo(source);
        names.add(testCase.getAttribute("name"));
      }
      List<String> expected = new ArrayList<>();
      for (EventReport e : report.events()) {
        if (e.source().equals(source)) {
          expected.add(JunitReportWriter.caseName(e));
        }
      }
      assertThat(names).containsExactlyElementsOf(expected);
      assertThat(suite.getAttribute("tests")).isEqualTo(Long.toString(expected.size()));
    }
  }

  @Test
  void theTextReportWritesAnEventBeforeTheNextIsAdded() throws IOException {
    StringWriter out = new StringWriter();
    try (ReportStream stream = new TextReportWriter().open(out)) {
      stream.event(new EventReport(TRAIL, 0, "CreateJob", "id-1", List.of(NOT_JSON)));

      assertThat(out.toString()).startsWith(TRAIL + "#0 CreateJob eventID id-1\n");
      stream.finish();
    }
    assertThat(out.toString())
        .endsWith("1 file, 1 event (0 skipped): 1 error, 0 warnings, 0 infos\n");
  }

  @Test
  void aFinishedReportTakesNothingMore() throws IOException {
    try (ReportStream stream = ReportWriter.of(ReportFormat.JSON).open(new StringWriter())) {
      stream.finish();
      assertThatThrownBy(() -> stream.source(TRAIL)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stream::finish).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aWriterOfBuiltReportsOnlyIsGivenTheWholeReportAtTheEnd() throws IOException {
    List<Report> given = new ArrayList<>();
    ReportWriter builtOnly =
        (report, out) -> {
          given.add(report);
          out.write(report.summary().toString());
        };
    StringWriter out = new StringWriter();
    try (ReportStream stream = builtOnly.open(out)) {
      SampleReports.mixed().events().forEach(e -> add(stream, e));
      stream.skipped(TRAIL, SampleReports.OTHER_SERVICE, 1);
      stream.skipped(DIGEST, SampleReports.DIGEST_FILE, 2);
      assertThat(out.toString()).isEmpty();

      stream.finish();
    }
    assertThat(given).containsExactly(SampleReports.mixed());
    assertThat(out.toString()).isEqualTo(SampleReports.mixed().summary().toString());
  }

  @Test
  void aSpoolGivesBackEveryCharacterAsWrittenFromMemoryAndFromDisk() throws IOException {
    String text = "plain <&> é 中 😀 \ud800 lone \udfff surrogates \u0000\u007f\u0080\uffff";
    for (int memory : new int[] {1 << 20, 16}) {
      Path file;
      try (Spool spool = new Spool(memory)) {
        long[] marks = new long[11];
        for (int i = 0; i < 10; i++) {
          marks[i] = spool.position();
          spool.write(text + i);
        }
        marks[10] = spool.position();
        file = spool.file();
        assertThat(file != null).isEqualTo(memory == 16);

        StringWriter all = new StringWriter();
        spool.copyTo(all, 0, spool.position());
        StringWriter third = new StringWriter();
        spool.copyTo(third, marks[3], marks[4]);

        assertThat(all.toString()).isEqualTo(repeated(text, 10));
        assertThat(third.toString()).isEqualTo(text + 3);
      }
      if (file != null) {
        assertThat(Files.exists(file)).as("the temporary file is deleted").isFalse();
      }
    }
  }

  private static String repeated(String text, int times) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < times; i++) {
      b.append(text).append(i);
    }
    return b.toString();
  }

  /** {@code n} events in two inputs taking turns, every third with tricky findings. */
  private static Report many(int n) {
    Report.Builder b = Report.builder();
    for (int i = 0; i < n; i++) {
      String source = i % 5 < 3 ? TRAIL : OTHER;
      List<Finding> findings =
          switch (i % 3) {
            case 0 -> List.of();
            case 1 -> List.of(DESTINATION_CHANGED, QUEUE_DEFAULT);
            default ->
                List.of(
                    new Finding(
                        "consistency.value-changed",
                        Severity.ERROR,
                        "/requestParameters/ü" + i,
                        null,
                        TRICKY,
                        null,
                        TRICKY));
          };
      b.event(new EventReport(source, i, "CreateJob", "id-" + i, findings));
      if (i % 7 == 0) {
        b.skipped(source, SampleReports.OTHER_SERVICE, 1);
      }
    }
    return b.build();
  }

  private static String written(ReportWriter writer, Report report) {
    return CapturingWriter.written(writer, report);
  }

  private static void add(ReportStream stream, EventReport event) {
    try {
      stream.event(event);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
