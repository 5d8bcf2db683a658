package io.mctrail.validation.report;

import static io.mctrail.validation.report.CapturingWriter.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.McTrailBuild;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA = "report.schema.json";

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void theReportMeetsTheContractSchema() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.mixed()));

    assertThat(ReportSchemas.errors(SCHEMA, json)).isEmpty();
  }

  @Test
  void theContractSchemaRejectsAReportThatBreaksIt() throws Exception {
    ObjectNode json = (ObjectNode) parse(written(new JsonReportWriter(), SampleReports.mixed()));
    ObjectNode finding = (ObjectNode) json.at("/events/0/findings/0");
    finding.put("severity", "FATAL");
    finding.put("pointer", "responseElements");
    ((ObjectNode) json.get("summary")).remove("skipped");

    assertThat(ReportSchemas.errors(SCHEMA, json))
        .hasSize(3)
        .anyMatch(e -> e.contains("/events/0/findings/0/severity"))
        .anyMatch(e -> e.contains("/events/0/findings/0/pointer"))
        .anyMatch(e -> e.contains("skipped"));
  }

  @Test
  void everyEventIsListedSoTheEventsArrayHasSummaryEventsEntries() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.mixed()));

    assertThat(json.get("summary"))
        .isEqualTo(
            parse(
                "{\"files\":3,\"events\":4,\"skipped\":3,"
                    + "\"skippedByReason\":{\"CloudTrail digest file\":2,"
                    + "\"record of another service\":1},"
                    + "\"errors\":2,\"warnings\":1,\"infos\":2}"));
    assertThat(json.get("events")).hasSize(json.at("/summary/events").asInt());
    JsonNode clean = json.at("/events/1");
    assertThat(clean)
        .isEqualTo(
            parse(
                "{\"source\":\"logs/trail one.json\",\"index\":1,\"eventName\":\"GetJob\","
                    + "\"eventID\":\"id-2\",\"findings\":[]}"));
  }

  @Test
  void aFindingCarriesRelatedPointerExpectedAndActualOnlyWhenItHasThem() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.mixed()));

    JsonNode compared = json.at("/events/0/findings/0");
    assertThat(compared.get("rule").asText()).isEqualTo("consistency.value-changed");
    assertThat(compared.get("severity").asText()).isEqualTo("ERROR");
    assertThat(compared.get("pointer").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.pointer());
    assertThat(compared.get("relatedPointer").asText())
        .isEqualTo(SampleReports.DESTINATION_CHANGED.relatedPointer());
    assertThat(compared.get("expected").asText()).isEqualTo("s3://bucket/a/");
    assertThat(compared.get("actual").asText()).isEqualTo("s3://bucket/b/");
    JsonNode plain = json.at("/events/0/findings/1");
    assertThat(plain.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("rule", "severity", "pointer", "message");
  }

  @Test
  void theReportStatesItsFormatVersionAndTheToolAndModelVersionsFirst() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.mixed()));

    assertThat(json.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("formatVersion", "tool", "model", "summary", "events");
    assertThat(json.get("formatVersion").asInt()).isEqualTo(JsonReportWriter.FORMAT_VERSION);
    assertThat(json.at("/tool/name").asText()).isEqualTo("mctrail");
    assertThat(json.at("/tool/version").asText()).isEqualTo(McTrailBuild.version());
    assertThat(json.at("/tool/commit").asText()).isEqualTo(McTrailBuild.commit());
    assertThat(json.at("/model/source").asText()).isEqualTo(MediaConvertModelInfo.description());
    assertThat(json.at("/model/format").asText()).isEqualTo(MediaConvertModelInfo.format());
    assertThat(json.at("/model/apiVersion").asText()).isEqualTo(MediaConvertModelInfo.apiVersion());
    assertThat(json.at("/model/sha256").asText()).isEqualTo(MediaConvertModelInfo.sha256());
    assertThat(json.at("/model/shapes").asInt())
        .isEqualTo(MediaConvertModelInfo.shapes())
        .isPositive();
    assertThat(json.at("/model/operations").asInt())
        .isEqualTo(MediaConvertModelInfo.operations())
        .isPositive();
  }

  @Test
  void aFindingWhosePlaceIsKnownCarriesItsLineColumnAndOffset() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.located()));

    assertThat(ReportSchemas.errors(SCHEMA, json)).isEmpty();
    JsonNode destination = json.at("/events/0/findings/0");
    assertThat(destination.get("line").asInt()).isEqualTo(41);
    assertThat(destination.get("column").asInt()).isEqualTo(25);
    assertThat(destination.get("offset").asInt()).isEqualTo(1630);
    assertThat(json.at("/events/1/findings/0/line").asInt()).isEqualTo(1);
    // Without places, none of the three.
    JsonNode unplaced = parse(written(new JsonReportWriter(), SampleReports.mixed()));
    assertThat(unplaced.at("/events/0/findings/0").has("line")).isFalse();
    assertThat(unplaced.at("/events/0/findings/0").has("offset")).isFalse();
  }

  @Test
  void aRecordThatDoesNotParseHasNullNameAndId() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), SampleReports.mixed()));

    JsonNode broken = json.at("/events/2");
    assertThat(broken.get("index").asInt()).isEqualTo(3);
    assertThat(broken.get("eventName").isNull()).isTrue();
    assertThat(broken.get("eventID").isNull()).isTrue();
    assertThat(broken.at("/findings/0/pointer").asText()).isEmpty();
    assertThat(json.at("/events/3/source").asText()).isEqualTo("-");
  }

  @Test
  void quotesMarkupLineBreaksAndNonAsciiSurviveTheRoundTrip() throws Exception {
    String text = written(new JsonReportWriter(), SampleReports.tricky());

    JsonNode json = parse(text);
    assertThat(ReportSchemas.errors(SCHEMA, json)).isEmpty();
    JsonNode event = json.at("/events/0");
    assertThat(event.get("source").asText()).isEqualTo("in <&\"'> ü.json");
    assertThat(event.get("eventName").asText()).isEqualTo("Create<Job>");
    assertThat(event.get("eventID").asText()).isEqualTo("id&\"1\"");
    for (String field : List.of("message", "expected", "actual")) {
      assertThat(event.at("/findings/0/" + field).asText()).isEqualTo(SampleReports.TRICKY);
    }
    assertThat(event.at("/findings/0/pointer").asText()).isEqualTo("/requestParameters/a\"b<c>&d");
    assertThat(text).contains("\\\"hi\\\"", "\\n", "\\t", "Ünïcødé ✓ 😀");
  }

  @Test
  void theCompactFormIsOneLineWithTheSameContent() throws Exception {
    String compact = written(new JsonReportWriter(false), SampleReports.mixed());

    assertThat(compact.strip()).doesNotContain("\n");
    assertThat(parse(compact))
        .isEqualTo(parse(written(new JsonReportWriter(), SampleReports.mixed())));
  }

  @Test
  void anEmptyReportHasZeroCountsAndNoEvents() throws Exception {
    JsonNode json = parse(written(new JsonReportWriter(), Report.builder().build()));

    assertThat(ReportSchemas.errors(SCHEMA, json)).isEmpty();
    assertThat(json.get("events")).isEmpty();
    assertThat(json.at("/summary/files").asInt()).isZero();
  }
}
