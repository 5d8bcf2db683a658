package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.H264;
import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;

import org.junit.jupiter.api.Test;

class VideoEncodingRulesTest {

  private static final String H =
      "/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings";
  private static final String CODEC = "/outputGroups/0/outputs/0/videoDescription/codecSettings";

  @Test
  void cabacWithBaselineIsReportedAtEntropyEncoding() {
    var findings =
        job()
            .set(H + "/codecProfile", "BASELINE")
            .set(H + "/numberBFramesBetweenReferenceFrames", 0)
            .findings();

    assertOnly(findings, VideoEncodingRules.H264_CABAC_BASELINE, H264 + "/entropyEncoding");
  }

  @Test
  void cavlcWithBaselineIsFine() {
    var findings =
        job().set(H + "/codecProfile", "BASELINE").set(H + "/entropyEncoding", "CAVLC").findings();

    assertNone(findings, VideoEncodingRules.H264_CABAC_BASELINE);
  }

  @Test
  void bFramesWithBaselineAreReported() {
    var findings =
        job()
            .set(H + "/codecProfile", "BASELINE")
            .set(H + "/entropyEncoding", "CAVLC")
            .set(H + "/numberBFramesBetweenReferenceFrames", 1)
            .findings();

    assertOnly(
        findings,
        VideoEncodingRules.H264_BFRAMES_BASELINE,
        H264 + "/numberBFramesBetweenReferenceFrames");
  }

  @Test
  void noBFramesWithBaselineIsFine() {
    var findings =
        job()
            .set(H + "/codecProfile", "BASELINE")
            .set(H + "/entropyEncoding", "CAVLC")
            .set(H + "/numberBFramesBetweenReferenceFrames", 0)
            .findings();

    assertNone(findings, VideoEncodingRules.H264_BFRAMES_BASELINE);
  }

  @Test
  void qvbrWithoutMaxBitrateIsReportedForH264() {
    var findings = job().set(H + "/rateControlMode", "QVBR").remove(H + "/bitrate").findings();

    assertOnly(findings, VideoEncodingRules.QVBR_MAX_BITRATE_MISSING, H264 + "/rateControlMode");
  }

  @Test
  void qvbrWithoutMaxBitrateIsReportedForH265AndAv1() {
    var findings =
        job()
            .setJson(CODEC, "{\"codec\":\"H_265\",\"h265Settings\":{\"rateControlMode\":\"QVBR\"}}")
            .findings();
    var av1 =
        job()
            .setJson(CODEC, "{\"codec\":\"AV1\",\"av1Settings\":{\"rateControlMode\":\"QVBR\"}}")
            .findings();

    assertOnly(
        findings,
        VideoEncodingRules.QVBR_MAX_BITRATE_MISSING,
        OUTPUT + "/videoDescription/codecSettings/h265Settings/rateControlMode");
    assertOnly(
        av1,
        VideoEncodingRules.QVBR_MAX_BITRATE_MISSING,
        OUTPUT + "/videoDescription/codecSettings/av1Settings/rateControlMode");
  }

  @Test
  void qvbrWithMaxBitrateAndNoQvbrSettingsIsFine() {
    var findings =
        job()
            .set(H + "/rateControlMode", "QVBR")
            .remove(H + "/bitrate")
            .set(H + "/maxBitrate", 6000000)
            .findings();

    assertNone(findings, VideoEncodingRules.QVBR_MAX_BITRATE_MISSING);
    assertNone(findings, VideoEncodingRules.QVBR_SETTINGS_UNUSED);
  }

  @Test
  void qvbrSettingsWithCbrAreAWarning() {
    var findings = job().setJson(H + "/qvbrSettings", "{\"qvbrQualityLevel\":7}").findings();

    assertOnly(findings, VideoEncodingRules.QVBR_SETTINGS_UNUSED, H264 + "/qvbrSettings");
  }

  @Test
  void qvbrSettingsWithQvbrAreFine() {
    var findings =
        job()
            .set(H + "/rateControlMode", "QVBR")
            .set(H + "/maxBitrate", 6000000)
            .setJson(H + "/qvbrSettings", "{\"qvbrQualityLevel\":7}")
            .findings();

    assertNone(findings, VideoEncodingRules.QVBR_SETTINGS_UNUSED);
  }

  @Test
  void cbrWithoutBitrateIsReported() {
    var findings = job().remove(H + "/bitrate").findings();

    assertOnly(findings, VideoEncodingRules.BITRATE_MISSING, H264 + "/rateControlMode");
  }

  @Test
  void vbrWithoutBitrateIsReportedForMpeg2() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"MPEG2\",\"mpeg2Settings\":{\"rateControlMode\":\"VBR\",\"maxBitrate\":8000000}}")
            .findings();

    assertOnly(
        findings,
        VideoEncodingRules.BITRATE_MISSING,
        OUTPUT + "/videoDescription/codecSettings/mpeg2Settings/rateControlMode");
  }

  @Test
  void vbrWithBitrateIsFine() {
    var findings = job().set(H + "/rateControlMode", "VBR").findings();

    assertNone(findings, VideoEncodingRules.BITRATE_MISSING);
  }
}
