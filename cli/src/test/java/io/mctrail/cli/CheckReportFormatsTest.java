package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_ID;
import static io.mctrail.cli.Cli.SEED_POINTER;
import static io.mctrail.cli.Cli.SEED_RELATED_POINTER;
import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.onlyWarnings;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static io.mctrail.cli.Cli.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every report format, read back as its consumers read it, over the same four files: the seed (one
 * ERROR), a clean CreateJob, one with two WARNINGs, and another service's record (skipped).
 */
class CheckReportFormatsTest {

  @TempDir Path dir;

  private String seedFile;
  private String cleanFile;
  private String warningsFile;
  private String lambdaFile;

  @BeforeEach
  void fourFiles() {
    seedFile = write(dir, "1-seed.json", seed().toPrettyString()).toString();
    cleanFile = write(dir, "2-clean.json", clean().toPrettyString()).toString();
    warningsFile = write(dir, "3-warnings.json", onlyWarnings().toPrettyString()).toString();
    lambdaFile = write(dir, "4-lambda.json", otherService().toPrettyString()).toString();
  }

  private Run check(String format) {
    return mctrail("check", "--format", format, seedFile, cleanFile, warningsFile, lambdaFile);
  }

  @Test
  void textListsEachFindingUnderItsEventAndEndsWithTheSummaryLine() {
    Run run = check("text");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(seedFile + "#0 CreateJob eventID " + SEED_ID)
        .containsPattern(
            "\n  ERROR   "
                + java.util.regex.Pattern.quote(seedFile)
                + ":\\d+:\\d+ "
                + java.util.regex.Pattern.quote(SEED_RULE + " " + SEED_POINTER + ": "))
        .contains("(related: " + SEED_RELATED_POINTER + ")")
        .containsPattern("\n  WARNING \\S+3-warnings\\.json:\\d+:\\d+ constraints\\.enum ")
        .doesNotContain(cleanFile);
    assertThat(run.lastLine())
        .isEqualTo(
            "4 files, 3 events (1 skipped: record of another service 1): 1 error, 2 warnings,"
                + " 0 infos");
  }

  @Test
  void jsonFollowsTheContract() {
    Run run = check("json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode summary = run.summary();
    assertThat(summary.get("files").asInt()).isEqualTo(4);
    assertThat(summary.get("events").asInt()).isEqualTo(3);
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("skippedByReason").get("record of another service").asInt())
        .isEqualTo(1);
    assertThat(summary.get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("warnings").asInt()).isEqualTo(2);
    assertThat(summary.get("infos").asInt()).isZero();

    List<JsonNode> events = run.events();
    assertThat(events)
        .extracting(e -> text(e, "source"))
        .containsExactly(seedFile, cleanFile, warningsFile);
    for (JsonNode event : events) {
      assertThat(fieldNames(event))
          .containsExactly("source", "index", "eventName", "eventID", "findings");
      assertThat(event.get("index").asInt()).isZero();
      assertThat(text(event, "eventName")).isEqualTo("CreateJob");
    }

    JsonNode seedEvent = events.get(0);
    assertThat(text(seedEvent, "eventID")).isEqualTo(SEED_ID);
    assertThat(seedEvent.get("findings"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(fieldNames(f))
                  .startsWith("rule", "severity", "pointer", "relatedPointer", "message");
              assertThat(text(f, "rule")).isEqualTo(SEED_RULE);
              assertThat(text(f, "severity")).isEqualTo("ERROR");
              assertThat(text(f, "pointer")).isEqualTo(SEED_POINTER);
              assertThat(text(f, "relatedPointer")).isEqualTo(SEED_RELATED_POINTER);
              assertThat(text(f, "message")).isNotBlank();
              assertThat(valueAt(seedFile, f)).isEqualTo("\"" + text(f, "actual") + "\"");
            });

    assertThat(events.get(1).get("findings")).isEmpty();

    assertThat(events.get(2).get("findings"))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(text(f, "rule")).isEqualTo("constraints.enum");
              assertThat(text(f, "severity")).isEqualTo("WARNING");
              assertThat(text(f, "pointer")).endsWith("/h264Settings/codecProfile");
              assertThat(f.has("relatedPointer")).isFalse();
              assertThat(valueAt(warningsFile, f)).isEqualTo("\"" + text(f, "actual") + "\"");
            });
  }

  /**
   * The JSON string that starts at the finding's offset in {@code file}, after checking that its
   * line and column name the same byte.
   */
  private static String valueAt(String file, JsonNode finding) {
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int offset = finding.get("offset").asInt();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    assertThat(finding.get("line").asInt()).isEqualTo(line);
    assertThat(finding.get("column").asInt()).isEqualTo(offset - lineStart + 1);
    int end = offset + 1;
    while (bytes[end] != '"') {
      end++;
    }
    return new String(bytes, offset, end + 1 - offset, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void sarifIsVersion210WithAResultPerFinding() {
    Run run = check("sarif");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode sarif = run.json();
    assertThat(text(sarif, "version")).isEqualTo("2.1.0");
    assertThat(text(sarif, "$schema")).contains("sarif-schema-2.1.0");
    assertThat(sarif.get("runs")).hasSize(1);
    JsonNode sarifRun = sarif.get("runs").get(0);
    assertThat(text(sarifRun.get("tool").get("driver"), "name")).isEqualTo("mctrail");
    assertThat(sarifRun.get("tool").get("driver").get("rules"))
        .extracting(r -> text(r, "id"))
        .contains(SEED_RULE, "constraints.enum");

    JsonNode results = sarifRun.get("results");
    assertThat(results)
        .extracting(r -> text(r, "ruleId"))
        .containsExactly(SEED_RULE, "constraints.enum", "constraints.enum");
    assertThat(results)
        .extracting(r -> text(r, "level"))
        .containsExactly("error", "warning", "warning");
    JsonNode seedResult = results.get(0);
    assertThat(text(seedResult.get("message"), "text")).isNotBlank();
    assertThat(
            text(
                seedResult.get("locations").get(0).get("physicalLocation").get("artifactLocation"),
                "uri"))
        .endsWith("1-seed.json");
    JsonNode region = seedResult.get("locations").get(0).get("physicalLocation").get("region");
    JsonNode jsonFinding = check("json").events().get(0).get("findings").get(0);
    assertThat(region.get("startLine").asInt()).isEqualTo(jsonFinding.get("line").asInt());
    assertThat(region.get("startColumn").asInt()).isEqualTo(jsonFinding.get("column").asInt());
    assertThat(results)
        .allSatisfy(r -> assertThat(r.get("partialFingerprints").size()).isEqualTo(1));
    assertThat(text(seedResult.get("properties"), "pointer")).isEqualTo(SEED_POINTER);
    assertThat(text(seedResult.get("properties"), "relatedPointer"))
        .isEqualTo(SEED_RELATED_POINTER);
    assertThat(sarifRun.get("properties").get("events").asInt()).isEqualTo(3);
    assertThat(sarifRun.get("properties").get("skipped").asInt()).isEqualTo(1);
    assertThat(
            sarifRun
                .get("properties")
                .get("skippedByReason")
                .get("record of another service")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void junitHasASuitePerFileAndAFailurePerError() {
    Run run = check("junit");

    assertThat(run.exitCode()).isEqualTo(1);
    Document junit = xml(run.out());
    Element suites = junit.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    assertThat(suites.getAttribute("skipped")).isEqualTo("0");

    assertThat(attributes(junit.getElementsByTagName("testsuite"), "name"))
        .containsExactly(seedFile, cleanFile, warningsFile, lambdaFile);
    assertThat(attributes(junit.getElementsByTagName("testcase"), "name"))
        .containsExactly(
            "#0 CreateJob " + SEED_ID,
            "#0 CreateJob d5d7f829-ebb3-44d1-bfe1-fb03b137cefe",
            "#0 CreateJob 5e551730-6728-480b-a756-d491abeeac1a");

    NodeList failures = junit.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    assertThat(failure.getAttribute("type")).isEqualTo(SEED_RULE);
    assertThat(failure.getAttribute("message")).isEqualTo(SEED_RULE + " " + SEED_POINTER);
    assertThat(((Element) failure.getParentNode()).getAttribute("file")).isEqualTo(seedFile);
    assertThat(((Element) failure.getParentNode()).getAttribute("classname"))
        .isEqualTo(seedFile.replace('.', '\u2024'));
    assertThat(junit.getElementsByTagName("system-out").item(0).getTextContent())
        .containsPattern("WARNING \\S+3-warnings\\.json:\\d+:\\d+ constraints\\.enum ");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> attributes(NodeList elements, String attribute) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      values.add(((Element) elements.item(i)).getAttribute(attribute));
    }
    return values;
  }
}
