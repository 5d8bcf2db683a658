package io.mctrail.testkit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.Seeds;
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
  void typedSettingsReadFromTheRepairedTrees() {
    assertThat(ValidSettings.job().samples(7, 20)).hasSize(20);
    assertThat(ValidSettings.template().samples(8, 20)).hasSize(20);
    assertThat(ValidSettings.preset().samples(9, 20)).hasSize(20);
  }
}
