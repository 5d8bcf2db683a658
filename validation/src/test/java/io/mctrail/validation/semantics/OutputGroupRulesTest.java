package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.REQUEST;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import org.junit.jupiter.api.Test;

class OutputGroupRulesTest {

  private static final String GROUP = "/outputGroups/0";
  private static final String GROUP_PTR = REQUEST + GROUP;
  private static final String SETTINGS = GROUP + "/outputGroupSettings";
  private static final String H264 = "/videoDescription/codecSettings/h264Settings";

  @Test
  void aDashTypeWithHlsSettingsIsReportedAtBoth() {
    var findings =
        job()
            .setJson(
                SETTINGS,
                "{\"type\":\"DASH_ISO_GROUP_SETTINGS\",\"hlsGroupSettings\":{\"destination\":\"s3://b/h/\"}}")
            .set(GROUP + "/outputs/0/containerSettings/container", "MPD")
            .findings();

    assertThat(findings)
        .filteredOn(f -> f.rule().equals(OutputGroupRules.GROUP_TYPE_SETTINGS.id()))
        .extracting(Finding::pointer)
        .containsExactly(
            GROUP_PTR + "/outputGroupSettings/type",
            GROUP_PTR + "/outputGroupSettings/hlsGroupSettings");
  }

  @Test
  void aSecondGroupSettingsObjectIsReported() {
    var findings = job().setJson(SETTINGS + "/cmafGroupSettings", "{}").findings();

    assertOnly(
        findings,
        OutputGroupRules.GROUP_TYPE_SETTINGS,
        GROUP_PTR + "/outputGroupSettings/cmafGroupSettings");
  }

  @Test
  void aTypeWithItsOwnSettingsObjectIsFine() {
    assertNone(job().findings(), OutputGroupRules.GROUP_TYPE_SETTINGS);
    assertNone(job().dash().findings(), OutputGroupRules.GROUP_TYPE_SETTINGS);
  }

  @Test
  void anMpdContainerInAFileGroupIsReported() {
    var findings = job().set(GROUP + "/outputs/0/containerSettings/container", "MPD").findings();

    assertOnly(
        findings, OutputGroupRules.CONTAINER_NOT_IN_GROUP, OUTPUT + "/containerSettings/container");
    assertThat(findings)
        .extracting(Finding::relatedPointer)
        .containsExactly(GROUP_PTR + "/outputGroupSettings/type");
  }

  @Test
  void anM3u8ContainerInADashGroupIsReported() {
    var findings =
        job().dash().set(GROUP + "/outputs/0/containerSettings/container", "M3U8").findings();

    assertOnly(
        findings, OutputGroupRules.CONTAINER_NOT_IN_GROUP, OUTPUT + "/containerSettings/container");
    assertNone(findings, OutputGroupRules.GROUP_CONTAINER_UNEXPECTED);
  }

  @Test
  void eachPackageContainerInItsOwnGroupIsFine() {
    var dash = job().dash().findings();
    var cmaf =
        job()
            .group(
                "CMAF_GROUP_SETTINGS",
                "cmafGroupSettings",
                "{\"destination\":\"s3://b/c/\"}",
                "CMFC")
            .findings();
    var smooth =
        job()
            .group(
                "MS_SMOOTH_GROUP_SETTINGS",
                "msSmoothGroupSettings",
                "{\"destination\":\"s3://b/m/\"}",
                "ISMV")
            .findings();
    var hls =
        job()
            .group(
                "HLS_GROUP_SETTINGS", "hlsGroupSettings", "{\"destination\":\"s3://b/h/\"}", "M3U8")
            .findings();

    for (var findings : java.util.List.of(dash, cmaf, smooth, hls)) {
      assertNone(findings, OutputGroupRules.CONTAINER_NOT_IN_GROUP);
      assertNone(findings, OutputGroupRules.GROUP_CONTAINER_UNEXPECTED);
    }
  }

  @Test
  void anMp4ContainerInADashGroupIsAWarning() {
    var findings =
        job().dash().set(GROUP + "/outputs/0/containerSettings/container", "MP4").findings();

    assertOnly(
        findings,
        OutputGroupRules.GROUP_CONTAINER_UNEXPECTED,
        OUTPUT + "/containerSettings/container");
  }

  @Test
  void twoOutputsOfAGroupNeedANameModifierEach() {
    var second = job().findings();
    var findings =
        job()
            .set(
                GROUP + "/outputs/1",
                SemanticEvents.resource("/semantics/base-job-settings.json")
                    .at("/outputGroups/0/outputs/0"))
            .remove(GROUP + "/outputs/1/nameModifier")
            .findings();

    assertNone(second, OutputGroupRules.NAME_MODIFIER_REQUIRED);
    assertOnly(findings, OutputGroupRules.NAME_MODIFIER_REQUIRED, GROUP_PTR + "/outputs/1");
  }

  @Test
  void twoOutputsWithNameModifiersAreFine() {
    var findings =
        job()
            .set(
                GROUP + "/outputs/1",
                SemanticEvents.resource("/semantics/base-job-settings.json")
                    .at("/outputGroups/0/outputs/0"))
            .set(GROUP + "/outputs/1/nameModifier", "_sd")
            .findings();

    assertNone(findings, OutputGroupRules.NAME_MODIFIER_REQUIRED);
  }

  @Test
  void smoothBitratesEqualInThousandsAreReported() {
    var findings =
        smoothWithTwoOutputs().set(GROUP + "/outputs/1" + H264 + "/bitrate", 5000999).findings();

    assertOnly(
        findings,
        OutputGroupRules.MSS_BITRATE_UNIQUE,
        GROUP_PTR + "/outputs/1" + H264 + "/bitrate");
  }

  @Test
  void smoothBitratesDifferentInThousandsAreFine() {
    var findings =
        smoothWithTwoOutputs().set(GROUP + "/outputs/1" + H264 + "/bitrate", 5001000).findings();

    assertNone(findings, OutputGroupRules.MSS_BITRATE_UNIQUE);
  }

  @Test
  void aClosedGopCadenceOfZeroInASegmentedGroupIsReported() {
    var findings =
        job().dash().set(GROUP + "/outputs/0" + H264 + "/gopClosedCadence", 0).findings();

    assertOnly(
        findings, OutputGroupRules.GOP_CLOSED_CADENCE_ZERO, OUTPUT + H264 + "/gopClosedCadence");
  }

  @Test
  void aClosedGopCadenceOfZeroInAFileGroupIsFine() {
    var findings = job().set(GROUP + "/outputs/0" + H264 + "/gopClosedCadence", 0).findings();

    assertNone(findings, OutputGroupRules.GOP_CLOSED_CADENCE_ZERO);
  }

  private static SemanticEvents smoothWithTwoOutputs() {
    return job()
        .group(
            "MS_SMOOTH_GROUP_SETTINGS",
            "msSmoothGroupSettings",
            "{\"destination\":\"s3://b/m/\"}",
            "ISMV")
        .set(
            GROUP + "/outputs/1",
            SemanticEvents.resource("/semantics/base-job-settings.json")
                .at("/outputGroups/0/outputs/0"))
        .set(GROUP + "/outputs/1/nameModifier", "_sd")
        .setJson(GROUP + "/outputs/1/containerSettings", "{\"container\":\"ISMV\"}");
  }
}
