package io.mctrail.validation.report;

import static io.mctrail.validation.report.CapturingWriter.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class JunitReportWriterTest {

  private static Element parse(Report report) throws Exception {
    String xml = written(new JunitReportWriter(), report);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void oneSuitePerInputWhoseCountsAgreeWithItsTestCases() throws Exception {
    Element root = parse(SampleReports.mixed());

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    assertThat(root.getAttribute("skipped")).isEqualTo("0");
    assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    List<Element> suites = children(root, "testsuite");
    assertThat(suites)
        .extracting(s -> s.getAttribute("name"))
        .containsExactly(SampleReports.TRAIL, "-", SampleReports.DIGEST);
    assertThat(suites)
        .extracting(
            s ->
                s.getAttribute("tests")
                    + "/"
                    + s.getAttribute("failures")
                    + "/"
                    + s.getAttribute("errors")
                    + "/"
                    + s.getAttribute("skipped"))
        .containsExactly("3/2/0/0", "1/0/0/0", "0/0/0/0");
    for (Element suite : suites) {
      List<Element> cases = children(suite, "testcase");
      assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
      assertThat(suite.getAttribute("failures"))
          .isEqualTo(
              Long.toString(cases.stream().filter(c -> !children(c, "failure").isEmpty()).count()));
    }
  }

  @Test
  void skippedRecordsAreLeftOutOfTheCountsAndCountedByReasonInTheSuitesProperties()
      throws Exception {
    List<Element> suites = children(parse(SampleReports.mixed()), "testsuite");

    assertThat(properties(suites.get(0)))
        .containsExactly("mctrail.skipped.record of another service=1");
    assertThat(properties(suites.get(1))).isEmpty();
    assertThat(properties(suites.get(2)))
        .containsExactly("mctrail.skipped.CloudTrail digest file=2");
  }

  @Test
  void everySuiteAndTestCaseHasATime() throws Exception {
    Element root = parse(SampleReports.mixed());

    assertThat(root.getAttribute("time")).isEqualTo("0");
    for (String tag : List.of("testsuite", "testcase")) {
      for (int i = 0; i < root.getElementsByTagName(tag).getLength(); i++) {
        assertThat(((Element) root.getElementsByTagName(tag).item(i)).getAttribute("time"))
            .as(tag)
            .isEqualTo("0");
      }
    }
  }

  @Test
  void theClassNameShowsAsTheFileWithNoDotForJenkinsToSplitAtAndTheFileIsExact() throws Exception {
    Element testCase =
        children(children(parse(SampleReports.mixed()), "testsuite").get(0), "testcase").get(0);

    assertThat(testCase.getAttribute("classname"))
        .isEqualTo("logs/trail one\u2024json")
        .doesNotContain(".");
    assertThat(testCase.getAttribute("file")).isEqualTo(SampleReports.TRAIL);
  }

  @Test
  void aFailureSaysWhereInTheFileItIs() throws Exception {
    Element testCase =
        children(children(parse(SampleReports.located()), "testsuite").get(0), "testcase").get(0);

    assertThat(children(testCase, "failure").get(0).getTextContent())
        .contains("\nat: logs/trail one.json:41:25\n");
    assertThat(children(testCase, "system-out").get(0).getTextContent().lines())
        .contains(
            "WARNING logs/trail one.json:7:3 schema.unknown-field /requestParameters/x~1y: unknown");
  }

  private static List<String> properties(Element suite) {
    List<String> out = new ArrayList<>();
    for (Element properties : children(suite, "properties")) {
      for (Element p : children(properties, "property")) {
        out.add(p.getAttribute("name") + "=" + p.getAttribute("value"));
      }
    }
    return out;
  }

  @Test
  void oneTestCasePerEventNamedByIndexNameAndId() throws Exception {
    Element trail = children(parse(SampleReports.mixed()), "testsuite").get(0);

    List<Element> cases = children(trail, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactly(
            "#0 CreateJob 1b2c3d4e-0000-4000-8000-000000000001",
            "#1 GetJob id-2",
            "#3 (no eventName)");
    assertThat(cases).allMatch(c -> c.getAttribute("file").equals(SampleReports.TRAIL));
    assertThat(cases.get(1).hasChildNodes()).as("a clean event has no content").isFalse();
    assertThat(children(cases.get(2), "failure").get(0).getAttribute("message"))
        .isEqualTo("syntax.invalid-json (root)");
  }

  @Test
  void eachErrorIsAFailureAndWarningsAndInfosAreSystemOut() throws Exception {
    Element root = parse(SampleReports.mixed());
    Element first = children(children(root, "testsuite").get(0), "testcase").get(0);

    List<Element> failures = children(first, "failure");
    assertThat(failures).hasSize(1);
    Element failure = failures.get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("consistency.value-changed");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("consistency.value-changed " + SampleReports.DESTINATION_CHANGED.pointer());
    assertThat(failure.getTextContent())
        .isEqualTo(
            "the destination differs from the request\nrelated: "
                + SampleReports.DESTINATION_CHANGED.relatedPointer()
                + "\nexpected: s3://bucket/a/\nactual: s3://bucket/b/");
    List<Element> out = children(first, "system-out");
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getTextContent().lines())
        .containsExactly(
            "WARNING schema.unknown-field /requestParameters/x~1y: unknown",
            "INFO    consistency.default-added /responseElements/job/queue: default queue");
    assertThat(root.getElementsByTagName("failure").getLength())
        .isEqualTo((int) SampleReports.mixed().summary().errors());
  }

  @Test
  void anEventWithOnlyInfosPasses() throws Exception {
    Element stdin = children(parse(SampleReports.mixed()), "testsuite").get(1);

    Element only = children(stdin, "testcase").get(0);
    assertThat(children(only, "failure")).isEmpty();
    assertThat(children(only, "system-out").get(0).getTextContent())
        .contains("consistency.default-added /responseElements/job/priority: priority 0");
  }

  @Test
  void quotesMarkupLineBreaksAndNonAsciiSurviveTheRoundTrip() throws Exception {
    Element root = parse(SampleReports.tricky());

    Element suite = children(root, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("in <&\"'> ü.json");
    Element testCase = children(suite, "testcase").get(0);
    assertThat(testCase.getAttribute("name")).isEqualTo("#0 Create<Job> id&\"1\"");
    Element failure = children(testCase, "failure").get(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("consistency.value-changed /requestParameters/a\"b<c>&d");
    assertThat(failure.getTextContent())
        .isEqualTo(
            SampleReports.TRICKY
                + "\nrelated: /responseElements/ü\nexpected: "
                + SampleReports.TRICKY
                + "\nactual: "
                + SampleReports.TRICKY);
    assertThat(children(testCase, "system-out").get(0).getTextContent())
        .startsWith("WARNING schema.unknown-field /x: He said \"hi\" & 'bye' <b>bold</b> ]]>");
  }

  @Test
  void charactersXmlCannotCarryAreEscapedAndAttributesStayOnOneLine() throws Exception {
    Finding f =
        new Finding(
            "syntax.invalid-json",
            Severity.ERROR,
            "/a\nb",
            null,
            "nul \u0000 bell \u0007 esc \u001b cr\r\nlf \ufffe lone \ud800 pair 😀",
            null,
            null);
    Report report =
        Report.builder()
            .event(new EventReport("x\u0001.json", 0, "Create\tJob", null, List.of(f)))
            .build();

    Element root = parse(report);

    Element testCase = (Element) root.getElementsByTagName("testcase").item(0);
    assertThat(testCase.getAttribute("file")).isEqualTo("x\\u0001.json");
    assertThat(testCase.getAttribute("name")).isEqualTo("#0 Create\\u0009Job");
    Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("syntax.invalid-json /a\\u000ab");
    assertThat(failure.getTextContent())
        .isEqualTo("nul \\u0000 bell \\u0007 esc \\u001b cr\nlf \\ufffe lone \\ud800 pair 😀");
  }
}
