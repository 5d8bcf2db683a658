package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.mediaconvert.CreateJobRequest;
import io.mctrail.model.mediaconvert.CreatePresetRequest;
import io.mctrail.model.mediaconvert.CreateQueueRequest;
import io.mctrail.model.mediaconvert.CreateQueueResponse;
import io.mctrail.model.mediaconvert.GetJobResponse;
import io.mctrail.model.mediaconvert.H264CodecProfile;
import io.mctrail.model.mediaconvert.H264Settings;
import io.mctrail.model.mediaconvert.ListQueuesRequest;
import io.mctrail.model.runtime.Payload;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each CloudTrail form the model must read, from a fixture written for it. */
class CloudTrailFormsTest {

  private static H264Settings h264(CreateJobRequest request) {
    return request
        .settings()
        .outputGroups()
        .get(0)
        .outputs()
        .get(0)
        .videoDescription()
        .codecSettings()
        .h264Settings();
  }

  @Test
  void aVersion108RecordWithTlsDetails() {
    CloudTrailEvent event = Events.event("v108-tlsdetails.json");
    assertThat(event.tlsDetails().tlsVersion()).isNotBlank();
    assertThat(event.tlsDetails().clientProvidedHostHeader())
        .isEqualTo("mediaconvert.eu-west-1.amazonaws.com");
    assertThat(event.requestParameters().as(ListQueuesRequest.class).orElseThrow().maxResults())
        .isEqualTo(20);
    assertThat(event.responseElements()).isNull();
    assertThat(event.extras().explicitNulls()).contains("responseElements");
    assertThat(event.managementEvent()).isTrue();
  }

  @Test
  void aVersion111RecordKeepsFieldsNoDocumentationNames() {
    CloudTrailEvent event = Events.event("v111-inscopeof-unknown.json");
    var inScopeOf = event.userIdentity().inScopeOf();
    assertThat(inScopeOf.issuerType()).isEqualTo("AWS::Lambda::Function");
    assertThat(inScopeOf.unknownFields()).containsKey("credentialsIssuedToVersion");
    assertThat(event.unknownFields()).containsKey("futureEnvelopeField");
    assertThat(event.userIdentity().sessionContext().assumedRoot()).isEqualTo("false");
    assertThat(event.responseElements().as(GetJobResponse.class)).isPresent();
    JsonNode written = Events.MAPPER.valueToTree(event);
    assertThat(written.at("/userIdentity/inScopeOf/credentialsIssuedToVersion").asText())
        .isEqualTo("7");
    assertThat(written.at("/futureEnvelopeField/a/1").asInt()).isEqualTo(2);
  }

  @Test
  void createdAtInEpochSecondsAndSubmitTimeAsANumber() {
    CloudTrailEvent event = Events.event("createjob-epoch-seconds.json");
    var job =
        event
            .responseElements()
            .as(io.mctrail.model.mediaconvert.CreateJobResponse.class)
            .orElseThrow()
            .job();
    assertThat(job.createdAtAsTimestamp().form()).isEqualTo(Timestamp.Form.EPOCH_SECONDS);
    assertThat(job.timing().submitTimeAsTimestamp().form()).isEqualTo(Timestamp.Form.EPOCH_SECONDS);
    assertThat(job.createdAt()).isEqualTo(Instant.ofEpochSecond(1718893502));
    assertThat(job.createdAt()).isEqualTo(event.eventTime());
  }

  @Test
  void anUnknownEnumValueIsKept() throws Exception {
    CloudTrailEvent event = Events.event("unknown-enum.json");
    H264Settings h264 = h264(event.requestParameters().as(CreateJobRequest.class).orElseThrow());
    assertThat(h264.codecProfile()).isEqualTo(H264CodecProfile.UNKNOWN_TO_SDK_VERSION);
    assertThat(h264.codecProfileAsString()).isEqualTo("HIGH_10BIT_FUTURE");
    assertThat(H264CodecProfile.fromValue("HIGH_10BIT_FUTURE"))
        .isEqualTo(H264CodecProfile.UNKNOWN_TO_SDK_VERSION);
    assertThat(H264CodecProfile.knownValues())
        .doesNotContain(H264CodecProfile.UNKNOWN_TO_SDK_VERSION)
        .contains(H264CodecProfile.BASELINE);
    assertThat(Events.MAPPER.writeValueAsString(h264)).contains("\"HIGH_10BIT_FUTURE\"");
  }

  @Test
  void anUnknownMemberDeepInH264SettingsIsKeptAndWritten() {
    CloudTrailEvent event = Events.event("unknown-member-h264.json");
    H264Settings h264 = h264(event.requestParameters().as(CreateJobRequest.class).orElseThrow());
    assertThat(h264.unknownFields()).containsOnlyKeys("futureTuning");
    JsonNode written = Events.MAPPER.valueToTree(h264);
    assertThat(written.at("/futureTuning/level").asInt()).isEqualTo(3);
  }

  @Test
  void aHiddenDueToSecurityReasonsValueIsARedaction() {
    CloudTrailEvent event = Events.event("hidden-due-to-security.json");
    CreateQueueRequest request =
        event.requestParameters().as(CreateQueueRequest.class).orElseThrow();
    assertThat(request.isRedacted("description")).isTrue();
    assertThat(request.description()).isNull();
    assertThat(request.extras().redactions()).containsEntry("description", RedactionMarker.HIDDEN);
    assertThat(
            event
                .responseElements()
                .as(CreateQueueResponse.class)
                .orElseThrow()
                .queue()
                .isRedacted("description"))
        .isTrue();
  }

  @Test
  void anAccessDeniedRecordWithNullPayloadsAndNoErrorMessage() {
    CloudTrailEvent event = Events.event("accessdenied-null-payloads.json");
    assertThat(event.errorCode()).isEqualTo("AccessDenied");
    assertThat(event.errorMessage()).isNull();
    assertThat(event.requestParameters()).isNull();
    assertThat(event.responseElements()).isNull();
    assertThat(event.extras().explicitNulls())
        .containsExactlyInAnyOrder("requestParameters", "responseElements");
  }

  @Test
  void anotherServicesRecordParsesWithUntypedPayloads() {
    CloudTrailEvent event = Events.event("other-service-record.json");
    assertThat(event.requestParameters()).isInstanceOf(Payload.Untyped.class);
    assertThat(((Payload.Untyped) event.requestParameters()).json().path("functionName").asText())
        .endsWith("transcode-done");
    assertThat(event.resources().get(0).ARN()).endsWith("transcode-done");
  }

  @Test
  void payloadsBeforeEventNameAreStillTyped() {
    CloudTrailEvent event = Events.event("payload-before-event-name.json");
    var preset = event.requestParameters().as(CreatePresetRequest.class).orElseThrow();
    assertThat(preset.settings().videoDescription().codecSettings().h264Settings().maxBitrate())
        .isEqualTo(4_000_000);
  }

  @Test
  void anUnknownEventNameGivesUntypedPayloads() throws Exception {
    CloudTrailEvent event =
        Events.MAPPER.readValue(
            "{\"eventVersion\":\"1.11\",\"eventTime\":\"2026-01-01T00:00:00Z\","
                + "\"eventSource\":\"mediaconvert.amazonaws.com\",\"eventName\":\"FutureOp\","
                + "\"requestParameters\":{\"x\":1}}",
            CloudTrailEvent.class);
    assertThat(event.requestParameters()).isInstanceOf(Payload.Untyped.class);
  }

  @Test
  void anIntegralFloatIsReadForAnIntegerMemberAndAFractionIsNot() throws Exception {
    H264Settings h264 =
        Events.MAPPER.readValue("{\"bitrate\":5000000.0,\"gopSize\":90}", H264Settings.class);
    assertThat(h264.bitrate()).isEqualTo(5_000_000);
    assertThat(h264.gopSize()).isEqualTo(90.0);
    assertThatThrownBy(() -> Events.MAPPER.readValue("{\"bitrate\":2.5}", H264Settings.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("bitrate");
  }

  @Test
  void aWrongTypeFailsWithThePathOfTheValue() {
    assertThatThrownBy(
            () ->
                Events.MAPPER.readValue(
                    "{\"settings\":{\"outputGroups\":[{\"outputs\":{\"x\":1}}]}}",
                    CreateJobRequest.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e ->
                assertThat(e.getPathReference())
                    .contains("settings")
                    .contains("outputGroups")
                    .contains("[0]")
                    .contains("outputs"));
  }

  /**
   * A number beyond the range of a double would be an infinity, written back as the string {@code
   * "Infinity"}: wherever it is, in a member, an unknown field, deep in one, or in an untyped
   * payload, reading fails with the path of the number (found by fuzzing, in an unknown field).
   */
  @Test
  void aNumberBeyondTheRangeOfADoubleFailsWithItsPathWhereverItIs() throws Exception {
    String[][] cases = {
      {"{\"eventVersion\":\"1.09\",\"unknown\":1e400}", "unknown"},
      {"{\"eventVersion\":\"1.09\",\"unknown\":{\"a\":[1,-2E+999]}}", "unknown", "a", "[1]"},
      {
        "{\"eventSource\":\"lambda.amazonaws.com\",\"eventName\":\"Invoke\","
            + "\"requestParameters\":{\"n\":17180000000000000e0000000000893531}}",
        "requestParameters",
        "n"
      },
      {
        "{\"eventName\":\"CreateJob\",\"requestParameters\":{\"settings\":{\"outputGroups\":"
            + "[{\"outputs\":[{\"videoDescription\":{\"codecSettings\":{\"h264Settings\":"
            + "{\"gopSize\":1e400}}}}]}]}}}",
        "requestParameters",
        "outputGroups",
        "gopSize"
      }
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> Events.MAPPER.readValue(c[0], CloudTrailEvent.class))
          .as(c[0])
          .isInstanceOfSatisfying(
              JsonMappingException.class,
              e -> {
                assertThat(e.getOriginalMessage()).contains("beyond");
                for (int i = 1; i < c.length; i++) {
                  assertThat(e.getPathReference()).contains(c[i]);
                }
              });
    }
    CloudTrailEvent large =
        Events.MAPPER.readValue("{\"unknown\":[1.5,-1e300]}", CloudTrailEvent.class);
    assertThat(Events.MAPPER.writeValueAsString(large)).isEqualTo("{\"unknown\":[1.5,-1.0E300]}");
  }

  @Test
  void timestampsInEveryFormReadToAnInstantAndWriteBackTheirText() throws Exception {
    String[][] cases = {
      {"1510714652436", "2017-11-15T02:57:32.436Z", "EPOCH_MILLIS"},
      {"1510714652", "2017-11-15T02:57:32Z", "EPOCH_SECONDS"},
      {"1510714652.5", "2017-11-15T02:57:32.500Z", "EPOCH_SECONDS"},
      {"\"1510714652428\"", "2017-11-15T02:57:32.428Z", "EPOCH_MILLIS_STRING"},
      {"\"1510714652\"", "2017-11-15T02:57:32Z", "EPOCH_SECONDS_STRING"},
      {"\"2017-11-15T02:57:32Z\"", "2017-11-15T02:57:32Z", "ISO_8601"},
      {"\"2017-11-15T04:57:32.100+02:00\"", "2017-11-15T02:57:32.100Z", "ISO_8601"},
      {"\"Nov 15, 2017 2:57:32 AM\"", "2017-11-15T02:57:32Z", "LEGACY_TEXT"},
    };
    ObjectMapper mapper = Events.MAPPER;
    for (String[] c : cases) {
      Timestamp t = mapper.readValue(c[0], Timestamp.class);
      assertThat(t.instant()).as(c[0]).isEqualTo(Instant.parse(c[1]));
      assertThat(t.form().name()).as(c[0]).isEqualTo(c[2]);
      assertThat(mapper.writeValueAsString(t)).as(c[0]).isEqualTo(c[0]);
    }
    assertThatThrownBy(() -> mapper.readValue("\"yesterday\"", Timestamp.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a timestamp");
  }

  /**
   * An epoch number's exponent decides at once: far beyond the range of an instant it fails, far
   * under a nanosecond it is the epoch; neither is computed digit by digit (found by fuzzing the
   * model: {@code 3332e66666666} took 94 seconds).
   */
  @Test
  @Timeout(10)
  void anEpochNumberWithAHugeExponentIsReadAtOnce() throws Exception {
    for (String huge : new String[] {"3332e66666666", "-1E+999999999", "1e21"}) {
      assertThatThrownBy(() -> Timestamp.fromNumber(huge))
          .as(huge)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("out of the range of an instant");
    }
    assertThatThrownBy(
            () -> Events.MAPPER.readValue("{\"eventTime\":3332e66666666}", CloudTrailEvent.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> assertThat(e.getPathReference()).contains("eventTime"));
    for (String tiny : new String[] {"1e-99999999", "-5E-10", "0e-999999999"}) {
      Timestamp t = Timestamp.fromNumber(tiny);
      assertThat(t.instant()).as(tiny).isEqualTo(Instant.EPOCH);
      assertThat(t.text()).isEqualTo(tiny);
    }
    assertThat(Timestamp.fromNumber("1.5e-9").instant()).isEqualTo(Instant.ofEpochSecond(0, 1));
    assertThat(Timestamp.fromNumber("31556889864403199").instant())
        .isEqualTo(Instant.ofEpochSecond(31556889864403199L / 1000, 199_000_000));
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    CloudTrailEvent event =
        mapper.readValue(Events.bytes("seed-createjob.json"), CloudTrailEvent.class);
    assertThat(event.requestParameters().as(CreateJobRequest.class)).isPresent();
  }

  @Test
  void buildersAreImmutableAndToBuilderKeepsExtras() {
    CloudTrailEvent event = Events.event("hidden-due-to-security.json");
    CreateQueueRequest request =
        event.requestParameters().as(CreateQueueRequest.class).orElseThrow();
    CreateQueueRequest renamed = request.toBuilder().name("other").build();
    assertThat(renamed.name()).isEqualTo("other");
    assertThat(renamed.isRedacted("description")).isTrue();
    assertThat(request.name()).isNotEqualTo("other");
    CreateQueueRequest described = request.toBuilder().description("visible").build();
    assertThat(described.isRedacted("description")).isFalse();
    assertThat(renamed).isNotEqualTo(request);
    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThatThrownBy(() -> request.tags().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(request.toString()).contains("description=HIDDEN_DUE_TO_SECURITY_REASONS");
  }
}
