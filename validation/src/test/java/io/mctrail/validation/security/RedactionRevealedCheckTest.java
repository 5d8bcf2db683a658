package io.mctrail.validation.security;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Test;

class RedactionRevealedCheckTest {

  static final String GROUP = "/settings/outputGroups/0/outputGroupSettings/hlsGroupSettings";
  static final String ENCRYPTION_OBJECT =
      "{\"type\":\"SPEKE\",\"spekeKeyProvider\":{\"resourceId\":\"movie-42\","
          + "\"url\":\"https://speke.example.com/v1\"}}";

  @Test
  void aJobEchoingWhatTheRequestRedactedIsAnError() {
    var event =
        with(createJob(), "/responseElements/job" + GROUP + "/encryption", json(ENCRYPTION_OBJECT));
    Finding f = theOnly(event, SecurityRules.REDACTION_REVEALED);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/responseElements/job" + GROUP + "/encryption");
    assertThat(f.relatedPointer()).isEqualTo("/requestParameters" + GROUP + "/encryption");
    assertThat(f.toString()).doesNotContain("movie-42").doesNotContain("speke.example.com");
  }

  @Test
  void aRedactedStringShownInClearIsRevealed() {
    var event = with(createJob(), "/requestParameters/role", "HIDDEN_DUE_TO_SECURITY_REASONS");
    Finding f = theOnly(event, SecurityRules.REDACTION_REVEALED);
    assertThat(f.pointer()).isEqualTo("/responseElements/job/role");
    assertThat(f.relatedPointer()).isEqualTo("/requestParameters/role");
  }

  @Test
  void markersOnBothSidesAreFine() {
    assertThat(findings(createJob(), SecurityRules.REDACTION_REVEALED.id())).isEmpty();
  }

  @Test
  void aMemberTheResponseLeavesOutRevealsNothing() {
    var event = with(createJob(), "/requestParameters/settings/adAvailOffset", "***");
    assertThat(findings(event, SecurityRules.REDACTION_REVEALED.id())).isEmpty();
  }

  @Test
  void aPresetEchoesItsRequestUnderPreset() {
    var event = createJob();
    with(event, "/eventName", "CreatePreset");
    with(event, "/requestParameters", json("{\"name\":\"p\",\"settings\":\"***\"}"));
    with(
        event,
        "/responseElements",
        json("{\"preset\":{\"name\":\"p\",\"settings\":{\"containerSettings\":{}}}}"));
    Finding f = theOnly(event, SecurityRules.REDACTION_REVEALED);
    assertThat(f.pointer()).isEqualTo("/responseElements/preset/settings");
    assertThat(f.relatedPointer()).isEqualTo("/requestParameters/settings");
  }

  @Test
  void operationsWhoseResponseDoesNotEchoTheRequestAreNotCompared() {
    var event = createJob();
    with(event, "/eventName", "TagResource");
    with(event, "/requestParameters", json("{\"arn\":\"***\"}"));
    with(event, "/responseElements", json("{\"job\":{\"arn\":\"x\"},\"arn\":\"x\"}"));
    assertThat(findings(event, SecurityRules.REDACTION_REVEALED.id())).isEmpty();
  }

  @Test
  void everyEchoingOperationHasItsResourceMember() {
    assertThat(RedactionRevealedCheck.echoMember("CreateJob")).isEqualTo("job");
    assertThat(RedactionRevealedCheck.echoMember("UpdateJobTemplate")).isEqualTo("jobTemplate");
    assertThat(RedactionRevealedCheck.echoMember("UpdatePreset")).isEqualTo("preset");
    assertThat(RedactionRevealedCheck.echoMember("UpdateQueue")).isEqualTo("queue");
    assertThat(RedactionRevealedCheck.echoMember("GetJob")).isNull();
  }
}
