package io.mctrail.validation.report;

import static io.mctrail.validation.report.CapturingWriter.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.McTrailBuild;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA = "sarif-2.1.0-subset.schema.json";

  private static JsonNode sarif(Report report) throws Exception {
    return MAPPER.readTree(written(new SarifReportWriter(SampleReports.CATALOGUE), report));
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test
  void theLogMeetsTheSarifSchemaOfWhatItUses() throws Exception {
    JsonNode log = sarif(SampleReports.mixed());

    assertThat(ReportSchemas.errors(SCHEMA, log)).isEmpty();
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).isEqualTo(SarifReportWriter.SCHEMA_URI);
    assertThat(log.get("runs")).hasSize(1);
  }

  @Test
  void theSarifSchemaRejectsALogThatBreaksIt() throws Exception {
    ObjectNode log = (ObjectNode) sarif(SampleReports.mixed());
    ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
    result.put("level", "fatal");
    result.remove("message");
    ((ObjectNode) log.at("/runs/0/tool/driver")).remove("name");

    assertThat(ReportSchemas.errors(SCHEMA, log))
        .anyMatch(e -> e.contains("/runs/0/results/0/level"))
        .anyMatch(e -> e.contains("message"))
        .anyMatch(e -> e.contains("name"));
  }

  @Test
  void theDriverDescribesEveryRuleOfTheCatalogue() throws Exception {
    JsonNode driver = sarif(SampleReports.mixed()).at("/runs/0/tool/driver");

    assertThat(driver.get("name").asText()).isEqualTo("mctrail");
    List<JsonNode> rules = list(driver.get("rules"));
    assertThat(rules)
        .extracting(r -> r.get("id").asText())
        .containsExactlyElementsOf(SampleReports.CATALOGUE.stream().map(Rule::id).toList());
    JsonNode valueChanged = rules.get(2);
    assertThat(valueChanged.at("/shortDescription/text").asText())
        .isEqualTo(SampleReports.VALUE_CHANGED.summary());
    assertThat(valueChanged.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(valueChanged.at("/properties/layer").asText()).isEqualTo("consistency");
    assertThat(valueChanged.at("/properties/source").asText())
        .isEqualTo("MediaConvert API reference: CreateJob");
    assertThat(rules.get(1).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void eachFindingIsAResultWithItsLevelRuleFileAndPointer() throws Exception {
    JsonNode run = sarif(SampleReports.mixed()).at("/runs/0");

    List<JsonNode> results = list(run.get("results"));
    assertThat(results).hasSize(5);
    assertThat(results)
        .extracting(r -> r.get("level").asText())
        .containsExactly("error", "warning", "note", "error", "note");
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("consistency.value-changed");
    assertThat(first.get("ruleIndex").asInt()).isEqualTo(2);
    assertThat(first.at("/message/text").asText())
        .isEqualTo("the destination differs from the request");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("logs/trail%20one.json");
    assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.pointer());
    assertThat(first.at("/properties/recordIndex").asInt()).isZero();
    assertThat(first.at("/properties/pointer").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.pointer());
    assertThat(first.at("/properties/eventID").asText())
        .isEqualTo("1b2c3d4e-0000-4000-8000-000000000001");
    assertThat(first.at("/properties/expected").asText()).isEqualTo("s3://bucket/a/");
    assertThat(first.at("/properties/actual").asText()).isEqualTo("s3://bucket/b/");
    JsonNode broken = results.get(3);
    assertThat(broken.at("/properties/recordIndex").asInt()).isEqualTo(3);
    assertThat(broken.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEmpty();
    assertThat(broken.at("/properties").has("eventName")).isFalse();
    assertThat(results.get(4).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("-");
  }

  @Test
  void aRelatedPointerIsARelatedLocationInTheSameFile() throws Exception {
    List<JsonNode> results = list(sarif(SampleReports.mixed()).at("/runs/0/results"));

    JsonNode related = results.get(0).at("/relatedLocations/0");
    assertThat(related.at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("logs/trail%20one.json");
    assertThat(related.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.relatedPointer());
    assertThat(results.get(0).at("/properties/relatedPointer").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.relatedPointer());
    assertThat(results.get(1).has("relatedLocations")).isFalse();
  }

  @Test
  void theRunCarriesTheSummaryCounts() throws Exception {
    JsonNode properties = sarif(SampleReports.mixed()).at("/runs/0/properties");

    assertThat(properties.get("files").asInt()).isEqualTo(3);
    assertThat(properties.get("events").asInt()).isEqualTo(4);
    assertThat(properties.get("skipped").asInt()).isEqualTo(3);
    assertThat(properties.get("skippedByReason"))
        .isEqualTo(
            MAPPER.readTree("{\"CloudTrail digest file\": 2, \"record of another service\": 1}"));
  }

  @Test
  void everyResultHasARegionAtThePlaceOfItsValueOrTheFilesFirstLine() throws Exception {
    JsonNode log = sarif(SampleReports.located());

    assertThat(ReportSchemas.errors(SCHEMA, log)).isEmpty();
    List<JsonNode> results = list(log.at("/runs/0/results"));
    assertThat(results)
        .extracting(
            r ->
                r.at("/locations/0/physicalLocation/region/startLine").asInt()
                    + ":"
                    + r.at("/locations/0/physicalLocation/region/startColumn").asInt()
                    + "@"
                    + r.at("/locations/0/physicalLocation/region/byteOffset").asInt())
        .containsExactly("41:25@1630", "7:3@210", "52:9@2003", "1:1@0");
    // A place that is not known (an input that could not be read) is the file's first line.
    assertThat(list(sarif(SampleReports.mixed()).at("/runs/0/results")))
        .allSatisfy(
            r -> {
              assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                  .isEqualTo(1);
              assertThat(r.at("/locations/0/physicalLocation/region/startColumn").asInt())
                  .isEqualTo(1);
            });
  }

  @Test
  void relativePathsAreRelativeToTheRootOfTheRunAndAbsoluteOnesAreFileUris() throws Exception {
    URI root = URI.create("file:///work/checkout/");
    Report report =
        Report.builder()
            .event(
                new EventReport(
                    "logs/a.json", 0, "GetJob", "x", List.of(SampleReports.EXTRA_FIELD)))
            .event(
                new EventReport(
                    "/tmp/b.json", 0, "GetJob", "y", List.of(SampleReports.EXTRA_FIELD)))
            .build();

    JsonNode run =
        MAPPER
            .readTree(written(new SarifReportWriter(SampleReports.CATALOGUE, root), report))
            .at("/runs/0");

    assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText())
        .isEqualTo("file:///work/checkout/");
    JsonNode relative = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(relative.get("uri").asText()).isEqualTo("logs/a.json");
    assertThat(relative.get("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(root.resolve(relative.get("uri").asText()))
        .isEqualTo(URI.create("file:///work/checkout/logs/a.json"));
    JsonNode absolute = run.at("/results/1/locations/0/physicalLocation/artifactLocation");
    assertThat(absolute.get("uri").asText()).isEqualTo("file:///tmp/b.json");
    assertThat(absolute.has("uriBaseId")).isFalse();
    assertThat(
            MAPPER
                .readTree(written(new SarifReportWriter(SampleReports.CATALOGUE), report))
                .at("/runs/0/originalUriBaseIds/SRCROOT/uri")
                .asText())
        .as("by default, the working folder")
        .isEqualTo(java.nio.file.Path.of("").toAbsolutePath().toUri().toString());
  }

  @Test
  void fingerprintsAreTheSameOnEveryRunAndTellFindingsApart() throws Exception {
    List<JsonNode> first = list(sarif(SampleReports.mixed()).at("/runs/0/results"));
    // Another run: other events around them, places known this time.
    List<JsonNode> second = list(sarif(SampleReports.located()).at("/runs/0/results"));

    List<String> prints =
        first.stream()
            .map(r -> r.get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asText())
            .toList();
    assertThat(prints).allMatch(p -> p.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
    for (int i = 0; i < 3; i++) {
      assertThat(
              second.get(i).get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asText())
          .as("result %d", i)
          .isEqualTo(prints.get(i));
    }
    EventReport event = SampleReports.mixed().events().get(0);
    EventReport sameEventElsewhere =
        new EventReport(event.source(), 7, event.eventName(), event.eventID(), event.findings());
    EventReport otherFile =
        new EventReport("other.json", 0, event.eventName(), event.eventID(), event.findings());
    Finding f = event.findings().get(0);
    assertThat(SarifReportWriter.fingerprint(sameEventElsewhere, f))
        .isEqualTo(SarifReportWriter.fingerprint(event, f));
    assertThat(SarifReportWriter.fingerprint(otherFile, f))
        .isNotEqualTo(SarifReportWriter.fingerprint(event, f));
  }

  @Test
  void theDriverNamesItsVersionAndEveryRuleHasAFullDescriptionAndTheExplanationAsHelp()
      throws Exception {
    JsonNode driver = sarif(SampleReports.mixed()).at("/runs/0/tool/driver");

    assertThat(driver.get("version").asText()).isEqualTo(McTrailBuild.version()).isNotBlank();
    assertThat(driver.get("informationUri").asText())
        .as("the home page the build names (the POM's url)")
        .isEqualTo(McTrailBuild.url())
        .startsWith("https://");
    List<JsonNode> rules = list(driver.get("rules"));
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = SampleReports.CATALOGUE.get(i);
      assertThat(rules.get(i).at("/fullDescription/text").asText())
          .isEqualTo(rule.summary() + " Source: " + rule.source() + ".");
      assertThat(rules.get(i).at("/help/text").asText()).isEqualTo(rule.explanation());
    }
  }

  @Test
  void aFindingOfARuleOutsideTheCatalogueHasNoRuleIndex() throws Exception {
    Finding other = Finding.of("semantics.not-catalogued", Severity.WARNING, "/a", "m");
    Report report =
        Report.builder()
            .event(new EventReport("a.json", 0, "CreateJob", "x", List.of(other)))
            .build();

    JsonNode result = sarif(report).at("/runs/0/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("semantics.not-catalogued");
    assertThat(result.has("ruleIndex")).isFalse();
  }

  @Test
  void byDefaultTheRulesAreMctrailsCatalogue() throws Exception {
    JsonNode log = MAPPER.readTree(written(new SarifReportWriter(), SampleReports.mixed()));

    assertThat(ReportSchemas.errors(SCHEMA, log)).isEmpty();
    assertThat(list(log.at("/runs/0/tool/driver/rules")))
        .extracting(r -> r.get("id").asText())
        .containsExactlyElementsOf(RuleCatalog.rules().stream().map(Rule::id).toList())
        .contains("syntax.invalid-json");
  }

  @Test
  void quotesMarkupLineBreaksAndNonAsciiSurviveTheRoundTrip() throws Exception {
    JsonNode log = sarif(SampleReports.tricky());

    assertThat(ReportSchemas.errors(SCHEMA, log)).isEmpty();
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.at("/message/text").asText()).isEqualTo(SampleReports.TRICKY);
    assertThat(result.at("/properties/expected").asText()).isEqualTo(SampleReports.TRICKY);
    assertThat(result.at("/properties/eventName").asText()).isEqualTo("Create<Job>");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/requestParameters/a\"b<c>&d");
    String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertThat(uri).isEqualTo("in%20%3C&%22'%3E%20%C3%BC.json");
    assertThat(URI.create(uri).getPath()).isEqualTo("in <&\"'> ü.json");
  }

  @Test
  void aSourcePathBecomesAUriReference() {
    assertThat(SarifReportWriter.artifactUri("-")).isEqualTo("-");
    assertThat(SarifReportWriter.artifactUri("/var/log/trail.json.gz"))
        .isEqualTo("file:///var/log/trail.json.gz");
    assertThat(SarifReportWriter.artifactUri("C:\\logs\\a b.json"))
        .isEqualTo("file:///C:/logs/a%20b.json");
    assertThat(SarifReportWriter.artifactUri("\\\\host\\share\\a.json"))
        .isEqualTo("file://host/share/a.json");
    assertThat(SarifReportWriter.artifactUri("a:b#1?.json")).isEqualTo("a%3Ab%231%3F.json");
    assertThat(SarifReportWriter.artifactUri("50%.json")).isEqualTo("50%25.json");
    assertThat(URI.create(SarifReportWriter.artifactUri("a:b#1?.json")).getPath())
        .isEqualTo("a:b#1?.json");
    assertThat(URI.create(SarifReportWriter.artifactUri("C:\\x y\\ü.json")).getPath())
        .isEqualTo("/C:/x y/ü.json");
    assertThat(URI.create(SarifReportWriter.artifactUri("ü/[x].json")).getPath())
        .isEqualTo("ü/[x].json");
  }
}
