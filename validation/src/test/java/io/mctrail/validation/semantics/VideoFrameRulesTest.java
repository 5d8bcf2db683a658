package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.H264;
import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import org.junit.jupiter.api.Test;

class VideoFrameRulesTest {

  private static final String H =
      "/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings";
  private static final String CODEC = "/outputGroups/0/outputs/0/videoDescription/codecSettings";
  private static final String CODEC_PTR = OUTPUT + "/videoDescription/codecSettings";

  @Test
  void specifiedFramerateWithoutItsFractionIsReported() {
    var findings =
        job()
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 24000)
            .findings();

    assertOnly(findings, VideoFrameRules.FRAMERATE_FRACTION_MISSING, H264 + "/framerateControl");
    assertThat(findings)
        .filteredOn(f -> f.rule().equals(VideoFrameRules.FRAMERATE_FRACTION_MISSING.id()))
        .extracting(Finding::message)
        .containsExactly("framerateControl is SPECIFIED but framerateDenominator missing");
  }

  @Test
  void specifiedFramerateWithoutFractionIsReportedForEveryCodecThatHasOne() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"PRORES\",\"proresSettings\":{\"framerateControl\":\"SPECIFIED\"}}")
            .findings();

    assertOnly(
        findings,
        VideoFrameRules.FRAMERATE_FRACTION_MISSING,
        CODEC_PTR + "/proresSettings/framerateControl");
  }

  @Test
  void specifiedFramerateWithItsFractionIsFine() {
    var findings =
        job()
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 24000)
            .set(H + "/framerateDenominator", 1001)
            .findings();

    assertNone(findings, VideoFrameRules.FRAMERATE_FRACTION_MISSING);
  }

  @Test
  void specifiedParWithoutItsRatioIsReported() {
    var findings =
        job().set(H + "/parControl", "SPECIFIED").set(H + "/parDenominator", 33).findings();

    assertOnly(findings, VideoFrameRules.PAR_FRACTION_MISSING, H264 + "/parControl");
  }

  @Test
  void specifiedParWithItsRatioIsFine() {
    var findings =
        job()
            .set(H + "/parControl", "SPECIFIED")
            .set(H + "/parNumerator", 40)
            .set(H + "/parDenominator", 33)
            .findings();

    assertNone(findings, VideoFrameRules.PAR_FRACTION_MISSING);
  }

  @Test
  void aFractionalGopSizeInFramesIsReported() {
    var findings = job().set(H + "/gopSize", 90.5).findings();

    assertOnly(findings, VideoFrameRules.GOP_SIZE_FRACTIONAL, H264 + "/gopSize");
  }

  @Test
  void aFractionalGopSizeInSecondsAndAWholeOneInFramesAreFine() {
    var seconds = job().set(H + "/gopSizeUnits", "SECONDS").set(H + "/gopSize", 1.5).findings();
    var frames = job().set(H + "/gopSize", 90.0).findings();

    assertNone(seconds, VideoFrameRules.GOP_SIZE_FRACTIONAL);
    assertNone(frames, VideoFrameRules.GOP_SIZE_FRACTIONAL);
  }

  @Test
  void mpeg2CountsGopSizeInFramesByDefault() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"MPEG2\",\"mpeg2Settings\":{\"gopSize\":12.5,\"rateControlMode\":\"CBR\",\"bitrate\":8000000}}")
            .findings();

    assertOnly(findings, VideoFrameRules.GOP_SIZE_FRACTIONAL, CODEC_PTR + "/mpeg2Settings/gopSize");
  }

  @Test
  void aZeroGopSizeIsReportedForVp9() {
    var findings =
        job().setJson(CODEC, "{\"codec\":\"VP9\",\"vp9Settings\":{\"gopSize\":0}}").findings();

    assertOnly(findings, VideoFrameRules.GOP_SIZE_NOT_POSITIVE, CODEC_PTR + "/vp9Settings/gopSize");
  }

  @Test
  void aPositiveGopSizeIsFineForVp9() {
    var findings =
        job().setJson(CODEC, "{\"codec\":\"VP9\",\"vp9Settings\":{\"gopSize\":1}}").findings();

    assertNone(findings, VideoFrameRules.GOP_SIZE_NOT_POSITIVE);
  }

  @Test
  void slowPalWithoutAFrameRateOf25IsReported() {
    var findings =
        job()
            .set(H + "/slowPal", "ENABLED")
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 24000)
            .set(H + "/framerateDenominator", 1001)
            .findings();

    assertOnly(findings, VideoFrameRules.SLOW_PAL_FRAMERATE, H264 + "/slowPal");
  }

  @Test
  void slowPalFollowingTheSourceFrameRateIsReported() {
    var findings = job().set(H + "/slowPal", "ENABLED").findings();

    assertOnly(findings, VideoFrameRules.SLOW_PAL_FRAMERATE, H264 + "/slowPal");
  }

  @Test
  void slowPalAt25IsFine() {
    var findings =
        job()
            .set(H + "/slowPal", "ENABLED")
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 25)
            .set(H + "/framerateDenominator", 1)
            .findings();

    assertNone(findings, VideoFrameRules.SLOW_PAL_FRAMERATE);
  }

  @Test
  void optimizedInterlacingOfAProgressiveOutputIsReported() {
    var findings = job().set(H + "/scanTypeConversionMode", "INTERLACED_OPTIMIZE").findings();

    assertOnly(findings, VideoFrameRules.OPTIMIZED_INTERLACING, H264 + "/scanTypeConversionMode");
    assertThat(findings)
        .extracting(Finding::relatedPointer)
        .containsExactly(H264 + "/interlaceMode");
  }

  @Test
  void optimizedInterlacingWithHardTelecineIsReported() {
    var findings =
        job()
            .set(H + "/scanTypeConversionMode", "INTERLACED_OPTIMIZE")
            .set(H + "/interlaceMode", "TOP_FIELD")
            .set(H + "/telecine", "HARD")
            .findings();

    assertOnly(findings, VideoFrameRules.OPTIMIZED_INTERLACING, H264 + "/scanTypeConversionMode");
    assertThat(findings).extracting(Finding::relatedPointer).containsExactly(H264 + "/telecine");
  }

  @Test
  void optimizedInterlacingOfAnInterlacedOutputWithSoftTelecineIsFine() {
    var findings =
        job()
            .set(H + "/scanTypeConversionMode", "INTERLACED_OPTIMIZE")
            .set(H + "/interlaceMode", "TOP_FIELD")
            .set(H + "/telecine", "SOFT")
            .findings();

    assertNone(findings, VideoFrameRules.OPTIMIZED_INTERLACING);
  }
}
