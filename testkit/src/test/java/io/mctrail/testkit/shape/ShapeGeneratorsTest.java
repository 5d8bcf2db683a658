package io.mctrail.testkit.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.ModelEnum;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.mediaconvert.MediaConvertGenerators;
import io.mctrail.testkit.settings.ValidSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated generators: one for every structure, enum, list and map shape, each keeping every
 * constraint its shape's value type states, drawing only text no reader would take for a
 * credential, and small enough that a whole job stays a few tens of kilobytes.
 */
class ShapeGeneratorsTest {

  private static final Map<String, Gen<?>> GENERATORS =
      MediaConvertGenerators.standard().byShapeName();

  @Test
  void everyStructureEnumListAndMapShapeHasAGenerator() {
    List<String> expected = new ArrayList<>();
    MediaConvertShapes.ALL.forEach(
        (name, type) -> {
          switch (type.kind()) {
            case STRUCTURE, ENUM, LIST, MAP -> expected.add(name);
            default -> {}
          }
        });
    assertThat(GENERATORS.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).as("structures, enums, lists and maps of the model").isNotEmpty();
    if (MediaConvertModelInfo.pinned()) {
      assertThat(GENERATORS).as("generators of the pinned model").hasSize(715);
    }
  }

  @Test
  void everyGeneratedValueKeepsEveryConstraintOfItsShape() {
    for (Map.Entry<String, Gen<?>> e : GENERATORS.entrySet()) {
      ValueType type = MediaConvertShapes.ALL.get(e.getKey());
      for (Object value : e.getValue().samples(e.getKey().hashCode(), 4)) {
        Object raw = value instanceof ModelEnum known ? known.value() : value;
        assertThat(ModelConstraints.broken(type, raw)).as("%s: %s", e.getKey(), raw).isEmpty();
      }
    }
  }

  @Test
  void generatedTextNeverLooksLikeACredential() {
    for (Map.Entry<String, Gen<?>> e : GENERATORS.entrySet()) {
      for (Object value : e.getValue().samples(e.getKey().hashCode(), 3)) {
        if (value instanceof ModelEnum) {
          continue;
        }
        List<String> texts = new ArrayList<>();
        strings(CloudTrailJson.tree(value), texts);
        assertThat(texts).as(e.getKey()).allMatch(SafeText::isSafe);
      }
    }
  }

  @Test
  void aWholeJobsSettingsStayWithinAFewTensOfKilobytes() {
    int largest = 0;
    for (var settings : ValidSettings.jobJson().samples(3, 400)) {
      largest = Math.max(largest, CloudTrailJson.bytes(settings).length);
    }
    assertThat(largest).isLessThan(64 * 1024);
  }

  @Test
  void aSafeTextHasNoUserInfoNoQueryNoAccessKeyAndNoSecretKeyShape() {
    assertThat(SafeText.isSafe("s3://bucket/key/clip.mp4")).isTrue();
    assertThat(SafeText.isSafe("https://user:pw@host/clip.mp4")).isFalse();
    assertThat(SafeText.isSafe("https://host/clip.mp4?X-Amz-Signature=abc")).isFalse();
    assertThat(SafeText.isSafe("AKIAIOSFODNN7EXAMPLE")).isFalse();
    assertThat(SafeText.isSafe("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isFalse();
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> strings(child, out));
  }
}
