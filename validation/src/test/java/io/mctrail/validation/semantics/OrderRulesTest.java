package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.H264;
import static io.mctrail.validation.semantics.SemanticEvents.REQUEST;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each implied order, with values just inside it (no finding) and just outside (one finding). */
class OrderRulesTest {

  private static final String IN = "/inputs/0";
  private static final String PRE = "/outputGroups/0/outputs/0/videoDescription/videoPreprocessors";
  private static final String CODEC = "/outputGroups/0/outputs/0/videoDescription/codecSettings";

  @Test
  void anInputClippingOfOneFrameIsFine() {
    var findings =
        job()
            .setJson(
                IN + "/inputClippings",
                "[{\"startTimecode\":\"00:00:10:05\",\"endTimecode\":\"00:00:10:05\"}]")
            .findings();

    assertNone(findings, OrderRules.CLIP_REVERSED);
  }

  @Test
  void anInputClippingEndingOneFrameBeforeItStartsIsReported() {
    var findings =
        job()
            .setJson(
                IN + "/inputClippings",
                "[{\"startTimecode\":\"00:00:10:05\",\"endTimecode\":\"00:00:10:04\"}]")
            .findings();

    assertOnly(findings, OrderRules.CLIP_REVERSED, REQUEST + IN + "/inputClippings/0/endTimecode");
    assertThat(related(findings, OrderRules.CLIP_REVERSED.id()))
        .isEqualTo(REQUEST + IN + "/inputClippings/0/startTimecode");
  }

  @Test
  void dropFrameTimecodesOrderAsTheFramesTheyName() {
    var inside =
        job()
            .setJson(
                IN + "/inputClippings",
                "[{\"startTimecode\":\"00:59:59;29\",\"endTimecode\":\"01:00:00;02\"}]")
            .findings();
    var outside =
        job()
            .setJson(
                IN + "/inputClippings",
                "[{\"startTimecode\":\"01:00:00;02\",\"endTimecode\":\"00:59:59;29\"}]")
            .findings();

    assertNone(inside, OrderRules.CLIP_REVERSED);
    assertOnly(outside, OrderRules.CLIP_REVERSED, REQUEST + IN + "/inputClippings/0/endTimecode");
  }

  @Test
  void aClippingWithOneEndIsNotOrdered() {
    var findings =
        job().setJson(IN + "/inputClippings", "[{\"endTimecode\":\"00:00:01:00\"}]").findings();

    assertNone(findings, OrderRules.CLIP_REVERSED);
  }

  @Test
  void aVideoOverlayAndItsClippingAreOrdered() {
    String inside =
        "[{\"startTimecode\":\"00:01:00:00\",\"endTimecode\":\"00:01:00:00\",\"input\":"
            + "{\"fileInput\":\"s3://example-bucket/overlay.mp4\",\"inputClippings\":"
            + "[{\"startTimecode\":\"00:00:01:00\",\"endTimecode\":\"00:00:01:00\"}]}}]";
    String outside =
        "[{\"startTimecode\":\"00:01:00:00\",\"endTimecode\":\"00:00:59:29\",\"input\":"
            + "{\"fileInput\":\"s3://example-bucket/overlay.mp4\",\"inputClippings\":"
            + "[{\"startTimecode\":\"00:00:01:00\",\"endTimecode\":\"00:00:00:29\"}]}}]";

    assertNone(job().setJson(IN + "/videoOverlays", inside).findings(), OrderRules.CLIP_REVERSED);
    assertThat(job().setJson(IN + "/videoOverlays", outside).findings())
        .filteredOn(f -> f.rule().equals(OrderRules.CLIP_REVERSED.id()))
        .extracting(Finding::pointer)
        .containsExactly(
            REQUEST + IN + "/videoOverlays/0/endTimecode",
            REQUEST + IN + "/videoOverlays/0/input/inputClippings/0/endTimecode");
  }

  @Test
  void hdr10LuminanceEqualAtBothEndsIsFineAndAMinimumAboveItIsReported() {
    String at = IN + "/videoSelector/hdr10Metadata";
    var inside = job().setJson(at, "{\"minLuminance\":500,\"maxLuminance\":500}").findings();
    var outside = job().setJson(at, "{\"minLuminance\":501,\"maxLuminance\":500}").findings();

    assertNone(inside, OrderRules.RANGE_REVERSED);
    assertOnly(outside, OrderRules.RANGE_REVERSED, REQUEST + at + "/minLuminance");
  }

  @Test
  void maxFallAboveMaxCllIsReportedInHdr10AndDolbyVisionMetadata() {
    String hdr10 = PRE + "/colorCorrector/hdr10Metadata";
    String l6 = PRE + "/dolbyVision/l6Metadata";

    assertNone(
        job()
            .setJson(hdr10, "{\"maxFrameAverageLightLevel\":400,\"maxContentLightLevel\":400}")
            .findings(),
        OrderRules.RANGE_REVERSED);
    assertOnly(
        job()
            .setJson(hdr10, "{\"maxFrameAverageLightLevel\":401,\"maxContentLightLevel\":400}")
            .findings(),
        OrderRules.RANGE_REVERSED,
        REQUEST + hdr10 + "/maxFrameAverageLightLevel");
    assertNone(
        job().setJson(l6, "{\"maxFall\":400,\"maxCll\":400}").findings(),
        OrderRules.RANGE_REVERSED);
    assertOnly(
        job().setJson(l6, "{\"maxFall\":401,\"maxCll\":400}").findings(),
        OrderRules.RANGE_REVERSED,
        REQUEST + l6 + "/maxFall");
  }

  @Test
  void anAutomatedAbrStackWithItsMinimumAboveItsMaximumIsReported() {
    String abr = "/outputGroups/0/automatedEncodingSettings/abrSettings";
    var inside =
        job().setJson(abr, "{\"minAbrBitrate\":600000,\"maxAbrBitrate\":600000}").findings();
    var outside =
        job().setJson(abr, "{\"minAbrBitrate\":600001,\"maxAbrBitrate\":600000}").findings();

    assertNone(inside, OrderRules.RANGE_REVERSED);
    assertOnly(outside, OrderRules.RANGE_REVERSED, REQUEST + abr + "/minAbrBitrate");
  }

  @Test
  void aVbrBitrateAboveItsMaximumIsReportedAndEqualIsFine() {
    var inside =
        job()
            .set(CODEC + "/h264Settings/rateControlMode", "VBR")
            .set(CODEC + "/h264Settings/bitrate", 5_000_000)
            .set(CODEC + "/h264Settings/maxBitrate", 5_000_000)
            .findings();
    var outside =
        job()
            .set(CODEC + "/h264Settings/rateControlMode", "VBR")
            .set(CODEC + "/h264Settings/bitrate", 5_000_001)
            .set(CODEC + "/h264Settings/maxBitrate", 5_000_000)
            .findings();

    assertNone(inside, OrderRules.AVERAGE_ABOVE_PEAK);
    assertOnly(outside, OrderRules.AVERAGE_ABOVE_PEAK, H264 + "/bitrate");
  }

  @Test
  void aCbrBitrateIsNotComparedWithAMaximumItDoesNotUse() {
    var findings = job().set(CODEC + "/h264Settings/maxBitrate", 1_000_000).findings();

    assertNone(findings, OrderRules.AVERAGE_ABOVE_PEAK);
  }

  @Test
  void aQvbrMaximumAverageAboveTheMaximumBitrateIsReported() {
    var inside =
        job()
            .remove(CODEC + "/h264Settings/bitrate")
            .set(CODEC + "/h264Settings/rateControlMode", "QVBR")
            .set(CODEC + "/h264Settings/maxBitrate", 8_000_000)
            .setJson(CODEC + "/h264Settings/qvbrSettings", "{\"maxAverageBitrate\":8000000}")
            .findings();
    var outside =
        job()
            .remove(CODEC + "/h264Settings/bitrate")
            .set(CODEC + "/h264Settings/rateControlMode", "QVBR")
            .set(CODEC + "/h264Settings/maxBitrate", 8_000_000)
            .setJson(CODEC + "/h264Settings/qvbrSettings", "{\"maxAverageBitrate\":8000001}")
            .findings();

    assertNone(inside, OrderRules.AVERAGE_ABOVE_PEAK);
    assertOnly(outside, OrderRules.AVERAGE_ABOVE_PEAK, H264 + "/qvbrSettings/maxAverageBitrate");
  }

  @Test
  void anImageFadingInForItsWholeDurationIsFineAndLongerIsReported() {
    String images = PRE + "/imageInserter/insertableImages";
    String image = "{\"imageInserterInput\":\"s3://example-bucket/logo.png\",\"layer\":1,";
    var inside = job().setJson(images, "[" + image + "\"duration\":2000,\"fadeIn\":2000}]");
    var outside = job().setJson(images, "[" + image + "\"duration\":2000,\"fadeIn\":2001}]");

    assertNone(inside.findings(), OrderRules.FADE_IN_LONGER);
    assertOnly(outside.findings(), OrderRules.FADE_IN_LONGER, REQUEST + images + "/0/fadeIn");
  }

  @Test
  void anInputsInsertedImageIsCheckedToo() {
    String images = IN + "/imageInserter/insertableImages";
    var findings =
        job()
            .setJson(
                images,
                "[{\"imageInserterInput\":\"s3://example-bucket/logo.png\",\"layer\":1,"
                    + "\"duration\":100,\"fadeIn\":101}]")
            .findings();

    assertOnly(findings, OrderRules.FADE_IN_LONGER, REQUEST + images + "/0/fadeIn");
  }

  @Test
  void aRedactedValueIsNotCompared() {
    var findings =
        job()
            .setJson(
                IN + "/inputClippings",
                "[{\"startTimecode\":\"***\",\"endTimecode\":\"00:00:00:00\"}]")
            .findings();

    assertNone(findings, OrderRules.CLIP_REVERSED);
  }

  @Test
  void theOutputOfAPresetIsCheckedAsAnOutput() {
    String preset =
        "{\"videoDescription\":{\"codecSettings\":{\"codec\":\"H_264\",\"h264Settings\":"
            + "{\"rateControlMode\":\"VBR\",\"bitrate\":2000001,\"maxBitrate\":2000000}}}}";
    var findings = SemanticEvents.validate(SemanticEvents.settings(preset).createPreset());

    assertOnly(
        findings,
        OrderRules.AVERAGE_ABOVE_PEAK,
        REQUEST + "/videoDescription/codecSettings/h264Settings/bitrate");
  }

  private static String related(List<Finding> findings, String rule) {
    return findings.stream()
        .filter(f -> f.rule().equals(rule))
        .findFirst()
        .orElseThrow()
        .relatedPointer();
  }
}
