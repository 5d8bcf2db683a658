package io.mctrail.testkit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.Seeds;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repair changes only what a rule forbids: valid settings come out of it unchanged, and a drawn
 * tree comes out of it valid (the soundness property checks that against the validator).
 */
class ValidSettingsTest {

  @Test
  void repairingValidJobSettingsChangesNothing() {
    for (ObjectNode settings : ValidSettings.jobJson().samples(1, 300)) {
      ObjectNode repaired = settings.deepCopy();
      ValidSettings.repairJob(repaired, Seeds.random(2));
      assertThat(repaired).isEqualTo(settings);
    }
  }

  @Test
  void repairingValidTemplateAndPresetSettingsChangesNothing() {
    for (ObjectNode settings : ValidSettings.templateJson().samples(3, 200)) {
      ObjectNode repaired = settings.deepCopy();
      ValidSettings.repairTemplate(repaired, Seeds.random(4));
      assertThat(repaired).isEqualTo(settings);
    }
    for (ObjectNode settings : ValidSettings.presetJson().samples(5, 200)) {
      ObjectNode repaired = settings.deepCopy();
      ValidSettings.repairPreset(repaired, Seeds.random(6));
      assertThat(repaired).isEqualTo(settings);
    }
  }

  @Test
  void microsoftSmoothBitratesAtTheMaximumBecomeUniqueInThousands() {
    ObjectNode settings = ValidSettings.jobJson().sample(11);
    ObjectNode group = settings.putArray("outputGroups").addObject();
    group
        .putObject("outputGroupSettings")
        .put("type", "MS_SMOOTH_GROUP_SETTINGS")
        .putObject("msSmoothGroupSettings");
    ArrayNode outputs = group.putArray("outputs");
    for (int i = 0; i < 3; i++) {
      outputs
          .addObject()
          .putObject("videoDescription")
          .putObject("codecSettings")
          .put("codec", "H_264")
          .putObject("h264Settings")
          .put("bitrate", 1_152_000_000);
    }

    ValidSettings.repairJob(settings, Seeds.random(12));

    Set<Long> thousands = new HashSet<>();
    for (JsonNode output : settings.path("outputGroups").path(0).path("outputs")) {
      double bitrate =
          output.at("/videoDescription/codecSettings/h264Settings/bitrate").doubleValue();
      assertThat(bitrate).isBetween(1000.0, 1_152_000_000.0);
      thousands.add((long) Math.floor(bitrate / 1000));
    }
    assertThat(thousands).hasSize(3);
  }

  @Test
  void typedSettingsReadFromTheRepairedTrees() {
    assertThat(ValidSettings.job().samples(7, 20)).hasSize(20);
    assertThat(ValidSettings.template().samples(8, 20)).hasSize(20);
    assertThat(ValidSettings.preset().samples(9, 20)).hasSize(20);
  }
}
