package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse then write gives a JSON tree equal to the input, numbers compared by value. */
class LosslessRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-createjob.json",
        "v108-tlsdetails.json",
        "v111-inscopeof-unknown.json",
        "createjob-epoch-seconds.json",
        "unknown-enum.json",
        "unknown-member-h264.json",
        "hidden-due-to-security.json",
        "accessdenied-null-payloads.json",
        "other-service-record.json",
        "payload-before-event-name.json"
      })
  void everyFixtureWritesBackAsItWasRead(String name) throws Exception {
    JsonNode input = Events.tree(name);
    CloudTrailEvent event = Events.MAPPER.treeToValue(input, CloudTrailEvent.class);
    String written = Events.MAPPER.writeValueAsString(event);
    JsonNode output = Events.MAPPER.readTree(written);
    assertThat(Events.equalByValue(output, input))
        .as("%s%nread:    %s%nwritten: %s", name, input, output)
        .isTrue();
    assertThat(Events.MAPPER.readValue(written, CloudTrailEvent.class)).isEqualTo(event);
  }
}
