package io.mctrail.validation.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.TestEvents;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given an event, the consistency layer reports this rule at this pointer. */
class ConsistencyCheckTest {

  private static final String REQ = "/requestParameters";
  private static final String JOB = "/responseElements/job";
  private static final String H264 =
      "/settings/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings";

  private static ObjectNode consistentSeed() {
    ObjectNode seed = TestEvents.load("seed-createjob.json");
    String destination = "/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings";
    return TestEvents.set(
        seed, REQ + destination + "/destination", "\"s3://mediaconvert-testuser/clip01.mp4\"");
  }

  private static List<Finding> consistency(ObjectNode event) {
    return consistency(event, ValidatorConfig.builder().enableOnly("consistency").build());
  }

  private static List<Finding> consistency(ObjectNode event, ValidatorConfig config) {
    return Validator.create(config).validate(event).findings();
  }

  @Test
  void aConsistentEventGivesNoFinding() {
    assertThat(consistency(consistentSeed())).isEmpty();
  }

  @Test
  void numbersCompareByValue() {
    ObjectNode event = consistentSeed();
    assertThat(event.at(REQ + H264 + "/gopSize").isIntegralNumber()).isTrue();
    assertThat(event.at(JOB + H264 + "/gopSize").isFloatingPointNumber()).isTrue();
    TestEvents.set(event, JOB + H264 + "/bitrate", "5000000.0");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void aChangedNumberIsAnErrorWithBothPointers() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + H264 + "/gopSize", "60.0");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.value-changed");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.pointer()).isEqualTo(JOB + H264 + "/gopSize");
              assertThat(f.relatedPointer()).isEqualTo(REQ + H264 + "/gopSize");
              assertThat(f.expected()).isEqualTo("90");
              assertThat(f.actual()).isEqualTo("60.0");
            });
  }

  @Test
  void aMemberOfTheRequestMissingInTheResponseIsAnError() {
    ObjectNode event = TestEvents.remove(consistentSeed(), JOB + H264 + "/slices");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.value-missing");
              assertThat(f.pointer()).isEqualTo(JOB + H264 + "/slices");
              assertThat(f.relatedPointer()).isEqualTo(REQ + H264 + "/slices");
            });
  }

  @Test
  void aMemberOnlyInTheResponseIsAServiceDefault() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + H264 + "/hrdBufferSize", "0");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.service-default");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.pointer()).isEqualTo(JOB + H264 + "/hrdBufferSize");
            });
  }

  @Test
  void anElementOnlyInTheResponseIsAServiceDefault() {
    ObjectNode event = consistentSeed();
    ((com.fasterxml.jackson.databind.node.ArrayNode) event.at(JOB + "/settings/inputs"))
        .addObject()
        .put("fileInput", "s3://b/2.mp4");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.service-default");
              assertThat(f.pointer()).isEqualTo(JOB + "/settings/inputs/1");
            });
  }

  @Test
  void aMarkerOnBothSidesIsNotAFinding() {
    ObjectNode event = consistentSeed();
    TestEvents.set(event, REQ + H264 + "/bitrate", "\"***\"");
    TestEvents.set(event, JOB + H264 + "/bitrate", "\"***\"");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void aMarkerOnlyInTheResponseComparesAsUnknown() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + H264 + "/bitrate", "\"***\"");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.redacted");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.pointer()).isEqualTo(JOB + H264 + "/bitrate");
              assertThat(f.expected()).isNull();
              assertThat(f.actual()).isNull();
            });
  }

  @Test
  void aMarkerOnlyInTheRequestIsLeftToTheSecurityLayer() {
    ObjectNode event = TestEvents.set(consistentSeed(), REQ + H264 + "/bitrate", "\"***\"");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void aQueueNamedInTheRequestIsTheQueueOfTheArnInTheResponse() {
    ObjectNode event = TestEvents.set(consistentSeed(), REQ + "/queue", "\"Default\"");
    assertThat(consistency(event)).isEmpty();
    TestEvents.set(event, REQ + "/queue", "\"Other\"");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.value-changed");
              assertThat(f.pointer()).isEqualTo(JOB + "/queue");
            });
  }

  @Test
  void everyEchoedMemberOfTheRequestIsCompared() {
    ObjectNode event =
        TestEvents.set(consistentSeed(), JOB + "/role", "\"arn:aws:iam::123456789000:role/other\"");
    TestEvents.set(event, JOB + "/userMetadata/Name", "\"Test\"");
    assertThat(consistency(event))
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrder(JOB + "/userMetadata/Name", JOB + "/role");
  }

  @Test
  void membersTheResourceDoesNotHaveAreNotCompared() {
    ObjectNode event = TestEvents.set(consistentSeed(), REQ + "/tags", "{\"team\":\"video\"}");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void theJobIdIsTheLastSegmentOfTheJobArn() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + "/id", "\"1510714652428-other\"");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.job-id");
              assertThat(f.pointer()).isEqualTo(JOB + "/id");
              assertThat(f.relatedPointer()).isEqualTo(JOB + "/arn");
            });
  }

  @Test
  void createdAtMustBeCloseToEventTimeInEveryForm() {
    ObjectNode event = consistentSeed();
    TestEvents.set(event, JOB + "/createdAt", "1510714952");
    assertThat(consistency(event)).isEmpty();
    TestEvents.set(event, JOB + "/createdAt", "1510714953");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.created-at");
              assertThat(f.pointer()).isEqualTo(JOB + "/createdAt");
              assertThat(f.relatedPointer()).isEqualTo("/eventTime");
            });
    TestEvents.set(event, JOB + "/createdAt", "\"Nov 15, 2017 3:10:00 AM\"");
    assertThat(consistency(event))
        .extracting(Finding::rule)
        .containsExactly("consistency.created-at");
    TestEvents.set(event, JOB + "/createdAt", "\"2017-11-15T02:59:00Z\"");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void theToleranceIsConfigurable() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + "/createdAt", "1510714712436");
    ValidatorConfig wide =
        ValidatorConfig.builder()
            .enableOnly("consistency")
            .timeTolerance(Duration.ofMinutes(2))
            .build();
    assertThat(consistency(event, wide)).isEmpty();
    ValidatorConfig narrow =
        ValidatorConfig.builder()
            .enableOnly("consistency")
            .timeTolerance(Duration.ofSeconds(30))
            .build();
    assertThat(consistency(event, narrow))
        .extracting(Finding::rule)
        .containsExactly("consistency.created-at");
  }

  @Test
  void submitTimeMustBeCloseToEventTime() {
    ObjectNode event =
        TestEvents.set(consistentSeed(), JOB + "/timing/submitTime", "\"1510800000000\"");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.submit-time");
              assertThat(f.pointer()).isEqualTo(JOB + "/timing/submitTime");
            });
  }

  @Test
  void aNewJobIsSubmitted() {
    ObjectNode event = TestEvents.set(consistentSeed(), JOB + "/status", "\"COMPLETE\"");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.initial-status");
              assertThat(f.pointer()).isEqualTo(JOB + "/status");
              assertThat(f.expected()).isEqualTo("SUBMITTED");
            });
  }

  @Test
  void secretLookingValuesAreNotQuoted() {
    ObjectNode event = consistentSeed();
    String dash = "/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings/encryption";
    TestEvents.set(
        event,
        REQ + dash,
        "{\"spekeKeyProvider\":{\"resourceId\":\"a\"},"
            + "\"staticKeyProvider\":{\"staticKeyValue\":\"0123456789abcdef\"}}");
    TestEvents.set(
        event,
        JOB + dash,
        "{\"spekeKeyProvider\":{\"resourceId\":\"a\"},"
            + "\"staticKeyProvider\":{\"staticKeyValue\":\"fedcba9876543210\"}}");
    assertThat(consistency(event))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.value-changed");
              assertThat(f.expected()).isNull();
              assertThat(f.actual()).isNull();
              assertThat(f.message()).doesNotContain("0123456789abcdef", "fedcba9876543210");
            });
  }

  @Test
  void operationsWhoseResponseDoesNotEchoTheRequestAreNotCompared() {
    ObjectNode event = consistentSeed();
    event.put("eventName", "ListJobs");
    assertThat(consistency(event)).isEmpty();
  }

  @Test
  void theEchoIsDerivedFromTheModelForEveryEchoingOperation() {
    for (String op :
        List.of(
            "CreateJob",
            "CreateJobTemplate",
            "CreatePreset",
            "CreateQueue",
            "UpdateJobTemplate",
            "UpdatePreset",
            "UpdateQueue")) {
      assertThat(Echo.of(io.mctrail.model.mediaconvert.MediaConvertOperations.ALL.get(op)))
          .as(op)
          .isNotNull();
    }
    assertThat(Echo.of(io.mctrail.model.mediaconvert.MediaConvertOperations.ALL.get("ListJobs")))
        .isNull();
  }
}
