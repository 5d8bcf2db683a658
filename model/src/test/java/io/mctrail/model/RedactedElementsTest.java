package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.mediaconvert.CreateJobRequest;
import io.mctrail.model.mediaconvert.Input;
import io.mctrail.model.mediaconvert.JobSettings;
import io.mctrail.model.runtime.RedactionMarker;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A redaction marker may stand anywhere, for an element of a list or a value of a map too: it reads
 * as {@code null} in the typed collection, recorded in its structure's extras by its pointer, and
 * it writes back as the marker it was.
 */
class RedactedElementsTest {

  private static final String INPUT = "/requestParameters/settings/inputs/0";
  private static final String SELECTORS = INPUT + "/audioSelectors";

  /** The seed with {@code edit} applied to its tree. */
  private static ObjectNode seed(java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) Events.tree("seed-createjob.json");
    edit.accept(tree);
    return tree;
  }

  private static CloudTrailEvent read(JsonNode tree) throws Exception {
    return Events.MAPPER.treeToValue(tree, CloudTrailEvent.class);
  }

  private static JobSettings requestSettings(CloudTrailEvent event) {
    return event.requestParameters().as(CreateJobRequest.class).orElseThrow().settings();
  }

  private static void assertWritesBack(JsonNode tree, CloudTrailEvent event) throws Exception {
    JsonNode written = Events.MAPPER.valueToTree(event);
    assertThat(Events.equalByValue(written, tree))
        .as("read:    %s%nwritten: %s", tree, written)
        .isTrue();
    assertThat(read(written)).isEqualTo(event);
  }

  @Test
  void aMarkerAsAValueOfAMapReadsAsNullRecordedByItsStructureAndWritesBack() throws Exception {
    ObjectNode tree =
        seed(
            t -> {
              ObjectNode selectors = (ObjectNode) t.at(SELECTORS);
              selectors.put("Audio Selector 1", RedactionMarker.STARS);
              selectors.put("Audio/Selector~2", RedactionMarker.HIDDEN);
            });

    CloudTrailEvent event = read(tree);

    Input input = requestSettings(event).inputs().get(0);
    assertThat(input.audioSelectors())
        .containsExactly(entry("Audio Selector 1", null), entry("Audio/Selector~2", null));
    assertThat(input.extras().redactedElements())
        .containsExactly(
            entry("/audioSelectors/Audio Selector 1", RedactionMarker.STARS),
            entry("/audioSelectors/Audio~1Selector~02", RedactionMarker.HIDDEN));
    assertWritesBack(tree, event);
  }

  @Test
  void aMarkerAsAnElementOfAListReadsAsNullAtItsIndexAndWritesBack() throws Exception {
    ObjectNode tree =
        seed(
            t -> {
              ArrayNode groups = (ArrayNode) t.at("/requestParameters/settings/outputGroups");
              groups.insert(0, RedactionMarker.STARS);
              ((ObjectNode) t.at(SELECTORS + "/Audio Selector 1"))
                  .putArray("tracks")
                  .add(1)
                  .add(RedactionMarker.HIDDEN)
                  .add(3);
            });

    CloudTrailEvent event = read(tree);

    JobSettings settings = requestSettings(event);
    assertThat(settings.outputGroups()).hasSize(2);
    assertThat(settings.outputGroups().get(0)).isNull();
    assertThat(settings.outputGroups().get(1).outputGroupSettings().dashIsoGroupSettings())
        .isNotNull();
    assertThat(settings.extras().redactedElements())
        .containsExactly(entry("/outputGroups/0", RedactionMarker.STARS));
    var selector = settings.inputs().get(0).audioSelectors().get("Audio Selector 1");
    assertThat(selector.tracks()).containsExactly(1, null, 3);
    assertThat(selector.extras().redactedElements())
        .containsExactly(entry("/tracks/1", RedactionMarker.HIDDEN));
    assertWritesBack(tree, event);
  }

  @Test
  void aNullElementStaysANullAndIsNoRedaction() throws Exception {
    ObjectNode tree = seed(t -> ((ObjectNode) t.at(SELECTORS)).putNull("Audio Selector 1"));

    CloudTrailEvent event = read(tree);

    Input input = requestSettings(event).inputs().get(0);
    assertThat(input.audioSelectors()).containsExactly(entry("Audio Selector 1", null));
    assertThat(input.extras().redactedElements()).isEmpty();
    assertWritesBack(tree, event);
  }

  @Test
  void givingTheMemberAValueForgetsTheMarkersOfItsElements() throws Exception {
    CloudTrailEvent event =
        read(seed(t -> ((ObjectNode) t.at(SELECTORS)).put("Audio Selector 1", "***")));
    Input input = requestSettings(event).inputs().get(0);

    Input replaced = input.toBuilder().audioSelectors(Map.of()).build();

    assertThat(input.extras().redactedElements()).isNotEmpty();
    assertThat(replaced.extras().redactedElements()).isEmpty();
    assertThat(Events.MAPPER.valueToTree(replaced).get("audioSelectors").isEmpty()).isTrue();
  }
}
