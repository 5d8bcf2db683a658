package io.mctrail.model.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsMembersTest {

  private static final List<SettingsMembers> ALL =
      List.of(
          SettingsMembers.VIDEO_CODEC,
          SettingsMembers.AUDIO_CODEC,
          SettingsMembers.OUTPUT_GROUP,
          SettingsMembers.CONTAINER,
          SettingsMembers.CAPTION_DESTINATION);

  @Test
  void codecsGoWithTheirSettingsByTheNameRule() {
    assertThat(SettingsMembers.VIDEO_CODEC.selector()).isEqualTo("codec");
    assertThat(SettingsMembers.VIDEO_CODEC.member("H_264")).isEqualTo("h264Settings");
    assertThat(SettingsMembers.VIDEO_CODEC.member("AVC_INTRA")).isEqualTo("avcIntraSettings");
    assertThat(SettingsMembers.VIDEO_CODEC.shapeOf("h264Settings")).isEqualTo("H264Settings");
    assertThat(SettingsMembers.AUDIO_CODEC.member("AAC")).isEqualTo("aacSettings");
    assertThat(SettingsMembers.AUDIO_CODEC.member("EAC3")).isEqualTo("eac3Settings");
    assertThat(SettingsMembers.AUDIO_CODEC.member("EAC3_ATMOS")).isEqualTo("eac3AtmosSettings");
    assertThat(SettingsMembers.AUDIO_CODEC.valueOf("eac3AtmosSettings")).isEqualTo("EAC3_ATMOS");
  }

  @Test
  void groupTypesContainersAndCaptionDestinationsGoWithTheirSettings() {
    assertThat(SettingsMembers.OUTPUT_GROUP.selector()).isEqualTo("type");
    assertThat(SettingsMembers.OUTPUT_GROUP.member("FILE_GROUP_SETTINGS"))
        .isEqualTo("fileGroupSettings");
    assertThat(SettingsMembers.OUTPUT_GROUP.member("DASH_ISO_GROUP_SETTINGS"))
        .isEqualTo("dashIsoGroupSettings");
    assertThat(SettingsMembers.CONTAINER.member("M3U8")).isEqualTo("m3u8Settings");
    assertThat(SettingsMembers.CONTAINER.member("WEBM")).isNull();
    assertThat(SettingsMembers.CONTAINER.knows("WEBM")).isTrue();
    assertThat(SettingsMembers.CAPTION_DESTINATION.member("BURN_IN"))
        .isEqualTo("burninDestinationSettings");
  }

  @Test
  void theIrregularPairsComeFromTheirTable() {
    assertThat(SettingsMembers.CAPTION_DESTINATION.member("EMBEDDED_PLUS_SCTE20"))
        .isEqualTo("embeddedDestinationSettings");
    assertThat(SettingsMembers.CAPTION_DESTINATION.member("SCTE20_PLUS_EMBEDDED"))
        .isEqualTo("embeddedDestinationSettings");
    assertThat(SettingsMembers.CAPTION_DESTINATION.members())
        .containsOnlyOnce("embeddedDestinationSettings");
  }

  @Test
  void everySettingsMemberOfTheModelGoesWithAValue() {
    for (SettingsMembers pairs : ALL) {
      ValueType structure = MediaConvertShapes.ALL.get(pairs.structure());
      for (MemberDescriptor<?> m : structure.structure().members()) {
        if (m.type().kind() == ValueType.Kind.STRUCTURE) {
          assertThat(pairs.members())
              .as("the value of %s.%s", pairs.structure(), m.jsonName())
              .contains(m.jsonName());
        }
      }
      assertThat(pairs.values()).containsAll(pairs.byValue().keySet());
    }
  }

  @Test
  void aPassthroughCodecRequiresNoSettings() {
    assertThat(SettingsMembers.VIDEO_CODEC.knows("PASSTHROUGH")).isTrue();
    assertThat(SettingsMembers.VIDEO_CODEC.requiresMember("PASSTHROUGH")).isFalse();
    assertThat(SettingsMembers.AUDIO_CODEC.requiresMember("PASSTHROUGH")).isFalse();
    assertThat(SettingsMembers.VIDEO_CODEC.requiresMember("H_264")).isTrue();
  }

  @Test
  void membersHavingReadsTheSettingsShapes() {
    assertThat(SettingsMembers.VIDEO_CODEC.membersHaving("parControl"))
        .contains("h264Settings", "mpeg2Settings")
        .doesNotContain("av1Settings", "frameCaptureSettings");
  }

  @Test
  void aShapeThatIsNoChoiceIsRefused() {
    assertThatThrownBy(() -> SettingsMembers.derive("H264Settings"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingsMembers.derive("NoSuchShape"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileGroupTakesEveryContainerButThePackages() {
    assertThat(GroupContainers.fileContainers())
        .contains("MP4", "MOV", "MXF", "WEBM")
        .doesNotContain("MPD", "M3U8", "CMFC", "ISMV");
    assertThat(SettingsMembers.CONTAINER.values()).containsAll(GroupContainers.fileContainers());
    assertThat(GroupContainers.containers("HLS_GROUP_SETTINGS")).containsExactly("M3U8");
    assertThat(GroupContainers.packageGroup("ISMV")).isEqualTo("MS_SMOOTH_GROUP_SETTINGS");
    assertThat(GroupContainers.containers("NO_SUCH_GROUP")).isEmpty();
  }

  @Test
  void theStreamingGroupsHaveTheEncryptionCloudTrailRedacts() {
    assertThat(SecretMembers.ENCRYPTED_GROUP_SETTINGS)
        .containsExactlyInAnyOrder(
            "hlsGroupSettings",
            "dashIsoGroupSettings",
            "cmafGroupSettings",
            "msSmoothGroupSettings");
  }
}
