package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.mediaconvert.CreateJobRequest;
import io.mctrail.model.mediaconvert.CreateJobResponse;
import io.mctrail.model.mediaconvert.DashIsoGroupSettings;
import io.mctrail.model.mediaconvert.H264CodecProfile;
import io.mctrail.model.mediaconvert.H264Settings;
import io.mctrail.model.mediaconvert.JobSettings;
import io.mctrail.model.runtime.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seed document's CreateJob event, transcribed into test resources. */
class SeedCreateJobTest {

  private final CloudTrailEvent event = Events.event("seed-createjob.json");

  private static H264Settings h264(JobSettings settings) {
    return settings
        .outputGroups()
        .get(0)
        .outputs()
        .get(0)
        .videoDescription()
        .codecSettings()
        .h264Settings();
  }

  private static DashIsoGroupSettings dash(JobSettings settings) {
    return settings.outputGroups().get(0).outputGroupSettings().dashIsoGroupSettings();
  }

  @Test
  void readsTheEnvelope() {
    assertThat(event.eventVersion()).isEqualTo("1.05");
    assertThat(event.eventTime()).isEqualTo(Instant.parse("2017-11-15T02:57:32Z"));
    assertThat(event.eventSource()).isEqualTo("mediaconvert.amazonaws.com");
    assertThat(event.eventName()).isEqualTo("CreateJob");
    assertThat(event.userIdentity().userName()).isEqualTo("test user");
    assertThat(event.readOnly()).isFalse();
    assertThat(event.recipientAccountId()).isEqualTo("123456789000");
  }

  @Test
  void typesThePayloadsByEventName() {
    assertThat(event.requestParameters().as(CreateJobRequest.class)).isPresent();
    assertThat(event.responseElements().as(CreateJobResponse.class)).isPresent();
  }

  @Test
  void gopSizeIsNinetyOnBothSides() {
    JobSettings request =
        event.requestParameters().as(CreateJobRequest.class).orElseThrow().settings();
    JobSettings response =
        event.responseElements().as(CreateJobResponse.class).orElseThrow().job().settings();
    assertThat(h264(request).gopSize()).isEqualTo(90.0);
    assertThat(h264(response).gopSize()).isEqualTo(90.0);
    assertThat(h264(request).codecProfile()).isEqualTo(H264CodecProfile.MAIN);
    assertThat(h264(request).numberBFramesBetweenReferenceFrames()).isEqualTo(2);
  }

  @Test
  void encryptionIsRedactedOnBothSides() {
    DashIsoGroupSettings request =
        dash(event.requestParameters().as(CreateJobRequest.class).orElseThrow().settings());
    DashIsoGroupSettings response =
        dash(event.responseElements().as(CreateJobResponse.class).orElseThrow().job().settings());
    for (DashIsoGroupSettings side : new DashIsoGroupSettings[] {request, response}) {
      assertThat(side.isRedacted("encryption")).isTrue();
      assertThat(side.encryption()).isNull();
      assertThat(side.extras().redactions()).containsEntry("encryption", "***");
      assertThat(side.isRedacted("destination")).isFalse();
    }
    assertThat(request.destination()).isEqualTo("s3://testuser-testuser/clip01.mp4");
    assertThat(response.destination()).isEqualTo("s3://mediaconvert-testuser/clip01.mp4");
  }

  @Test
  void readsCreatedAtAndSubmitTimeInTheirForms() {
    var job = event.responseElements().as(CreateJobResponse.class).orElseThrow().job();
    assertThat(job.createdAt()).isEqualTo(Instant.parse("2017-11-15T02:57:32.436Z"));
    assertThat(job.createdAtAsTimestamp().form()).isEqualTo(Timestamp.Form.EPOCH_MILLIS);
    assertThat(job.timing().submitTime()).isEqualTo(Instant.parse("2017-11-15T02:57:32.428Z"));
    assertThat(job.timing().submitTimeAsTimestamp().form())
        .isEqualTo(Timestamp.Form.EPOCH_MILLIS_STRING);
  }

  @Test
  void writesBackEqual() throws Exception {
    JsonNode written = Events.MAPPER.valueToTree(event);
    assertThat(Events.equalByValue(written, Events.tree("seed-createjob.json"))).isTrue();
    assertThat(written.at("/responseElements/job/createdAt").isNumber()).isTrue();
    assertThat(written.at("/responseElements/job/timing/submitTime").asText())
        .isEqualTo("1510714652428");
    assertThat(written.at("/responseElements/job/timing/submitTime").isTextual()).isTrue();
    assertThat(
            written
                .at(
                    "/requestParameters/settings/outputGroups/0/outputGroupSettings/"
                        + "dashIsoGroupSettings/encryption")
                .asText())
        .isEqualTo("***");
    assertThat(Events.MAPPER.treeToValue(written, CloudTrailEvent.class)).isEqualTo(event);
  }
}
