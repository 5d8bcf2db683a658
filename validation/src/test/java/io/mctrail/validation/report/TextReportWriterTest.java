package io.mctrail.validation.report;

import static io.mctrail.validation.report.CapturingWriter.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

  private final TextReportWriter writer = new TextReportWriter();

  @Test
  void findingsAreGroupedUnderTheirEventAndEventsWithoutFindingsAreLeftOut() {
    String text = written(writer, SampleReports.mixed());

    assertThat(text)
        .isEqualTo(
            """
            logs/trail one.json#0 CreateJob eventID 1b2c3d4e-0000-4000-8000-000000000001
              ERROR   consistency.value-changed \
            /responseElements/job/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings\
            /destination: the destination differs from the request (related: \
            /requestParameters/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings\
            /destination) expected "s3://bucket/a/", actual "s3://bucket/b/"
              WARNING schema.unknown-field /requestParameters/x~1y: unknown
              INFO    consistency.default-added /responseElements/job/queue: default queue

            logs/trail one.json#3 (no eventName)
              ERROR   syntax.invalid-json (root): line 1, column 2: unexpected end

            (stdin)#0 CreateJob eventID id-4
              INFO    consistency.default-added /responseElements/job/priority: priority 0

            3 files, 4 events (3 skipped: CloudTrail digest file 2, record of another service 1): \
            2 errors, 1 warning, 2 infos
            """);
    assertThat(text).doesNotContain("GetJob");
  }

  @Test
  void aReportWithoutFindingsIsItsSummaryLine() {
    Report report =
        Report.builder().event(new EventReport("a.json", 0, "GetJob", "id", List.of())).build();

    assertThat(written(writer, report))
        .isEqualTo("1 file, 1 event (0 skipped): 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void onlyAValueThatIsPresentIsShown() {
    Finding expectedOnly =
        new Finding("consistency.x", Severity.WARNING, "/a", null, "m", "90", null);
    Finding actualOnly = new Finding("consistency.x", Severity.WARNING, "/a", "", "m", null, "");

    assertThat(line(expectedOnly)).isEqualTo("  WARNING consistency.x /a: m expected \"90\"");
    assertThat(line(actualOnly))
        .isEqualTo("  WARNING consistency.x /a: m (related: (root)) actual \"\"");
  }

  @Test
  void markupQuotesAndNonAsciiArePrintedAsTheyAreAndALineBreakContinuesTheFinding() {
    String text = written(writer, SampleReports.tricky());

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("in <&\"'> ü.json#0 Create<Job> eventID id&\"1\"");
    assertThat(lines.get(1))
        .isEqualTo(
            "  ERROR   consistency.value-changed /requestParameters/a\"b<c>&d: He said \"hi\" &"
                + " 'bye' <b>bold</b> ]]> \\ back");
    String oneLine = SampleReports.TRICKY.replace("\n", "\\u000a").replace("\t", "\\u0009");
    assertThat(lines.get(2))
        .isEqualTo(
            "          second line, Ünïcødé ✓ 😀, tab\\u0009here (related: /responseElements/ü)"
                + " expected \""
                + oneLine
                + "\", actual \""
                + oneLine
                + "\"");
    // Every line of the event's group is indented under its header: the break did not escape it.
    assertThat(lines.subList(1, lines.indexOf(""))).allMatch(line -> line.startsWith("  "));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("1 file, 1 event (0 skipped): 1 error, 1 warning, 0 infos");
  }

  @Test
  void controlCharactersThatWouldDriveATerminalAreEscaped() {
    Finding f =
        Finding.of(
            "schema.x", Severity.ERROR, "/a\u001b[2Jb", "red \u001b[31mtext\u0007 and \u0085 end");

    String line = line(f);

    assertThat(line)
        .isEqualTo("  ERROR   schema.x /a\\u001b[2Jb: red \\u001b[31mtext\\u0007 and \\u0085 end");
    assertThat(line.chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void aFindingWhosePlaceIsKnownSaysFileLineAndColumnBeforeItsRule() {
    String text = written(writer, SampleReports.located());

    assertThat(text.lines())
        .contains(
            "  ERROR   logs/trail one.json:41:25 consistency.value-changed"
                + " /responseElements/job/settings/outputGroups/0/outputGroupSettings"
                + "/dashIsoGroupSettings/destination: the destination differs from the request"
                + " (related: /requestParameters/settings/outputGroups/0/outputGroupSettings"
                + "/dashIsoGroupSettings/destination) expected \"s3://bucket/a/\", actual"
                + " \"s3://bucket/b/\"",
            "  WARNING logs/trail one.json:7:3 schema.unknown-field /requestParameters/x~1y: unknown",
            "  ERROR   (stdin):1:1 syntax.invalid-json (root): line 1, column 2: unexpected end");
  }

  @Test
  void theSummaryCountsTheSkippedRecordsByReason() {
    Report report =
        Report.builder()
            .skipped("a.json", "record of another service", 3)
            .skipped("b.json", "CloudTrail digest file", 1)
            .skipped("a.json", "record of another service", 2)
            .build();

    assertThat(written(writer, report))
        .isEqualTo(
            "2 files, 0 events (6 skipped: CloudTrail digest file 1, record of another service"
                + " 5): 0 errors, 0 warnings, 0 infos\n");
  }

  /** The line of a finding whose place is not known. */
  private static String line(Finding f) {
    return TextReportWriter.line(new EventReport("a.json", 0, null, null, List.of(f)), 0);
  }

  @Test
  void aLineBreakInAFieldOtherThanTheMessageIsEscaped() {
    EventReport event = new EventReport("a\nb.json", 2, "Create\r\nJob", null, List.of());

    assertThat(TextReportWriter.header(event))
        .isEqualTo("a\\u000ab.json#2 Create\\u000d\\u000aJob");
  }
}
