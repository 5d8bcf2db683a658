package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import org.junit.jupiter.api.Test;

class OutputSettingsRulesTest {

  private static final String O = "/outputGroups/0/outputs/0";
  private static final String CODEC = O + "/videoDescription/codecSettings";
  private static final String AUDIO_CODEC = O + "/audioDescriptions/0/codecSettings";
  private static final String H264 = CODEC + "/h264Settings";

  @Test
  void aVideoCodecWithoutItsSettingsObjectIsReportedAtCodec() {
    var findings = job().set(CODEC + "/codec", "H_265").findings();

    assertThat(findings)
        .filteredOn(f -> f.rule().equals(OutputSettingsRules.VIDEO_CODEC_SETTINGS.id()))
        .extracting(Finding::pointer)
        .containsExactly(
            OUTPUT + "/videoDescription/codecSettings/codec",
            OUTPUT + "/videoDescription/codecSettings/h264Settings");
  }

  @Test
  void aSecondVideoSettingsObjectIsReportedAtThatObject() {
    var findings = job().setJson(CODEC + "/h265Settings", "{}").findings();

    assertOnly(
        findings,
        OutputSettingsRules.VIDEO_CODEC_SETTINGS,
        OUTPUT + "/videoDescription/codecSettings/h265Settings");
  }

  @Test
  void aVideoCodecWithItsSettingsAndPassthroughWithNoneAreFine() {
    var passthrough = job().setJson(CODEC, "{\"codec\":\"PASSTHROUGH\"}").findings();

    assertNone(job().findings(), OutputSettingsRules.VIDEO_CODEC_SETTINGS);
    assertNone(passthrough, OutputSettingsRules.VIDEO_CODEC_SETTINGS);
  }

  @Test
  void anAudioCodecWithAnotherCodecsSettingsIsReported() {
    var findings = job().set(AUDIO_CODEC + "/codec", "MP3").findings();

    assertThat(findings)
        .filteredOn(f -> f.rule().equals(OutputSettingsRules.AUDIO_CODEC_SETTINGS.id()))
        .extracting(Finding::pointer)
        .containsExactly(
            OUTPUT + "/audioDescriptions/0/codecSettings/codec",
            OUTPUT + "/audioDescriptions/0/codecSettings/aacSettings");
  }

  @Test
  void anAudioCodecWithItsSettingsIsFine() {
    var findings =
        job()
            .setJson(
                AUDIO_CODEC,
                "{\"codec\":\"MP3\",\"mp3Settings\":{\"rateControlMode\":\"CBR\",\"bitrate\":128000}}")
            .findings();

    assertNone(findings, OutputSettingsRules.AUDIO_CODEC_SETTINGS);
  }

  @Test
  void bandwidthReductionWithTheNoiseReducerIsReported() {
    var findings =
        job()
            .setJson(H264 + "/bandwidthReductionFilter", "{\"strength\":\"AUTO\"}")
            .setJson(
                O + "/videoDescription/videoPreprocessors/noiseReducer", "{\"filter\":\"MEAN\"}")
            .findings();

    assertOnly(
        findings,
        OutputSettingsRules.BANDWIDTH_REDUCTION_NOISE_REDUCER,
        OUTPUT + "/videoDescription/codecSettings/h264Settings/bandwidthReductionFilter");
  }

  @Test
  void bandwidthReductionAloneIsFine() {
    var findings =
        job().setJson(H264 + "/bandwidthReductionFilter", "{\"strength\":\"AUTO\"}").findings();

    assertNone(findings, OutputSettingsRules.BANDWIDTH_REDUCTION_NOISE_REDUCER);
  }

  @Test
  void aNoiseReducerWithoutFilterIsReported() {
    var findings =
        job().setJson(O + "/videoDescription/videoPreprocessors/noiseReducer", "{}").findings();

    assertOnly(
        findings,
        OutputSettingsRules.NOISE_REDUCER_FILTER_MISSING,
        OUTPUT + "/videoDescription/videoPreprocessors/noiseReducer");
  }

  @Test
  void aNoiseReducerWithFilterIsFine() {
    var findings =
        job()
            .setJson(
                O + "/videoDescription/videoPreprocessors/noiseReducer", "{\"filter\":\"MEAN\"}")
            .findings();

    assertNone(findings, OutputSettingsRules.NOISE_REDUCER_FILTER_MISSING);
  }

  @Test
  void cttsVersion1WithCslgExcludedIsReported() {
    var findings =
        job()
            .setJson(
                O + "/containerSettings/mp4Settings",
                "{\"cttsVersion\":1,\"cslgAtom\":\"EXCLUDE\"}")
            .findings();

    assertOnly(
        findings,
        OutputSettingsRules.MP4_CTTS_CSLG,
        OUTPUT + "/containerSettings/mp4Settings/cttsVersion");
  }

  @Test
  void cttsVersion1WithCslgIncludedIsFine() {
    var findings =
        job()
            .setJson(
                O + "/containerSettings/mp4Settings",
                "{\"cttsVersion\":1,\"cslgAtom\":\"INCLUDE\"}")
            .findings();

    assertNone(findings, OutputSettingsRules.MP4_CTTS_CSLG);
  }

  @Test
  void anMxfD10OutputWithDefaultMpeg2SyntaxIsReported() {
    var findings =
        job()
            .setJson(
                O + "/containerSettings",
                "{\"container\":\"MXF\",\"mxfSettings\":{\"profile\":\"D_10\"}}")
            .setJson(
                CODEC,
                "{\"codec\":\"MPEG2\",\"mpeg2Settings\":{\"rateControlMode\":\"CBR\",\"bitrate\":50000000,\"syntax\":\"DEFAULT\"}}")
            .findings();

    assertOnly(
        findings,
        OutputSettingsRules.MPEG2_D10_SYNTAX,
        OUTPUT + "/videoDescription/codecSettings/mpeg2Settings/syntax");
  }

  @Test
  void anMxfD10OutputWithD10SyntaxIsFine() {
    var findings =
        job()
            .setJson(
                O + "/containerSettings",
                "{\"container\":\"MXF\",\"mxfSettings\":{\"profile\":\"D_10\"}}")
            .setJson(
                CODEC,
                "{\"codec\":\"MPEG2\",\"mpeg2Settings\":{\"rateControlMode\":\"CBR\",\"bitrate\":50000000,\"syntax\":\"D_10\"}}")
            .findings();

    assertNone(findings, OutputSettingsRules.MPEG2_D10_SYNTAX);
  }
}
