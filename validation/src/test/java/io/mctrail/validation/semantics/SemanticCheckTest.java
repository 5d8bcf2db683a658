package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.H264;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static io.mctrail.validation.semantics.SemanticEvents.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which settings trees the semantics layer reads, and what it leaves alone. */
class SemanticCheckTest {

  private static final String H =
      "/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings";

  /** The base job with one defect: CABAC with the Baseline profile. */
  private static SemanticEvents baseline() {
    return job()
        .set(H + "/codecProfile", "BASELINE")
        .set(H + "/numberBFramesBetweenReferenceFrames", 0);
  }

  @Test
  void theSeedCreateJobHasNoSemanticsFinding() throws Exception {
    String seed = SemanticEvents.resource("/semantics/seed-create-job.json").toString();

    assertThat(validate(seed)).isEmpty();
  }

  @Test
  void theBaseJobOfTheseTestsHasNoSemanticsFinding() {
    assertThat(job().findings()).isEmpty();
    assertThat(validate(job().getJob())).isEmpty();
  }

  @Test
  void aCreateJobDefectIsReportedOnceOnTheRequestSideNotAgainOnItsEcho() {
    List<Finding> findings = baseline().findings();

    assertOnly(findings, VideoEncodingRules.H264_CABAC_BASELINE, H264 + "/entropyEncoding");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).relatedPointer()).isEqualTo(H264 + "/codecProfile");
  }

  @Test
  void aGetJobIsJudgedOnItsResponseSettings() {
    String event = baseline().getJob();

    assertOnly(
        validate(event),
        VideoEncodingRules.H264_CABAC_BASELINE,
        "/responseElements/job/settings/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings/entropyEncoding");
  }

  @Test
  void whenTheRequestSettingsAreRedactedTheResponseIsJudged() {
    String event =
        baseline()
            .createJob()
            .replaceFirst("\"settings\":\\{", "\"settings\":\"***\",\"ignored\":{");

    assertThat(validate(event))
        .extracting(Finding::pointer)
        .allMatch(p -> p.startsWith("/responseElements/job/settings/"))
        .isNotEmpty();
  }

  @Test
  void everySettingsTreeOfAListResponseIsJudged() {
    String job = baseline().getJob();
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) SemanticEvents.parse(job);
    var jobNode = event.get("responseElements").get("job");
    event.replace("requestParameters", SemanticEvents.MAPPER.createObjectNode());
    event.put("eventName", "ListJobs");
    event.replace(
        "responseElements",
        SemanticEvents.MAPPER
            .createObjectNode()
            .set("jobs", SemanticEvents.MAPPER.createArrayNode().add(jobNode).add(jobNode)));

    assertThat(validate(event.toString()))
        .extracting(Finding::pointer)
        .containsExactly(
            "/responseElements/jobs/0/settings" + H + "/entropyEncoding",
            "/responseElements/jobs/1/settings" + H + "/entropyEncoding");
  }

  @Test
  void aNumberTooLargeForADoubleIsNotJudged() {
    String event =
        job().dash().createJob().replace("\"fragmentLength\":2", "\"fragmentLength\":1e400");

    assertThat(validate(event)).isEmpty();
  }

  @Test
  void aPresetIsJudgedAsOneOutput() {
    String preset =
        SemanticEvents.settings(
                "{\"videoDescription\":{\"codecSettings\":{\"codec\":\"H_264\",\"h264Settings\":"
                    + "{\"codecProfile\":\"BASELINE\",\"entropyEncoding\":\"CABAC\"}}}}")
            .createPreset();

    assertOnly(
        validate(preset),
        VideoEncodingRules.H264_CABAC_BASELINE,
        "/requestParameters/settings/videoDescription/codecSettings/h264Settings/entropyEncoding");
  }

  @Test
  void aRedactedValueIsNotJudged() {
    List<Finding> findings =
        baseline()
            .set(H + "/entropyEncoding", "***")
            .set(
                "/outputGroups/0/outputs/0/audioDescriptions/0/audioSourceName",
                "HIDDEN_DUE_TO_SECURITY_REASONS")
            .findings();

    assertThat(findings)
        .extracting(Finding::rule)
        .doesNotContain(
            VideoEncodingRules.H264_CABAC_BASELINE.id(),
            SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN.id());
  }

  @Test
  void anEventOfAnotherServiceIsNotJudged() {
    String event =
        baseline().createJob().replace("mediaconvert.amazonaws.com", "medialive.amazonaws.com");

    assertThat(validate(event)).isEmpty();
  }

  @Test
  void everySemanticRuleIsInTheCatalogueWithASourceAndAUniqueId() {
    List<Rule> rules =
        RuleCatalog.rules().stream()
            .filter(r -> r.layer() == Layer.SEMANTICS)
            .collect(Collectors.toList());

    assertThat(rules).hasSizeGreaterThanOrEqualTo(28);
    assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
    assertThat(rules).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(rules).allSatisfy(r -> assertThat(r.summary()).endsWith("."));
    assertThat(new SemanticCheck().rules()).containsExactlyInAnyOrderElementsOf(rules);
  }
}
