package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.AAC;
import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;

import org.junit.jupiter.api.Test;

class AudioRulesTest {

  private static final String CODEC = "/outputGroups/0/outputs/0/audioDescriptions/0/codecSettings";
  private static final String A = CODEC + "/aacSettings";
  private static final String CODEC_PTR = OUTPUT + "/audioDescriptions/0/codecSettings";

  @Test
  void anAacBitrateOutsideTheDocumentedSetIsReported() {
    var findings = job().set(A + "/bitrate", 100000).findings();

    assertOnly(findings, AudioRules.AAC_BITRATE, AAC + "/bitrate");
  }

  @Test
  void anAacBitrateOfTheDocumentedSetIsFine() {
    assertNone(job().set(A + "/bitrate", 112000).findings(), AudioRules.AAC_BITRATE);
  }

  @Test
  void anAacSampleRateNotListedForItsProfileAndCodingModeIsReported() {
    var findings =
        job().set(A + "/codingMode", "CODING_MODE_5_1").set(A + "/sampleRate", 22050).findings();

    assertOnly(findings, AudioRules.AAC_SAMPLE_RATE, AAC + "/sampleRate");
  }

  @Test
  void anAacSampleRateListedForItsProfileAndCodingModeIsFine() {
    var findings =
        job().set(A + "/codingMode", "CODING_MODE_5_1").set(A + "/sampleRate", 44100).findings();

    assertNone(findings, AudioRules.AAC_SAMPLE_RATE);
  }

  @Test
  void withoutAProfileAnAacSampleRateNoProfileAllowsIsReported() {
    var low =
        job()
            .remove(A + "/codecProfile")
            .set(A + "/codingMode", "CODING_MODE_1_0")
            .set(A + "/sampleRate", 11025)
            .findings();
    var lcOnly =
        job()
            .remove(A + "/codecProfile")
            .set(A + "/codingMode", "CODING_MODE_1_0")
            .set(A + "/sampleRate", 8000)
            .findings();

    assertOnly(low, AudioRules.AAC_SAMPLE_RATE, AAC + "/sampleRate");
    assertNone(lcOnly, AudioRules.AAC_SAMPLE_RATE);
  }

  @Test
  void heAacV2WithAMonoCodingModeIsReported() {
    var findings =
        job()
            .set(A + "/codecProfile", "HEV2")
            .set(A + "/codingMode", "CODING_MODE_1_0")
            .set(A + "/bitrate", 32000)
            .findings();

    assertOnly(findings, AudioRules.AAC_PROFILE_CODING_MODE, AAC + "/codingMode");
    assertNone(findings, AudioRules.AAC_SAMPLE_RATE);
  }

  @Test
  void heAacV2InStereoIsFine() {
    var findings = job().set(A + "/codecProfile", "HEV2").set(A + "/bitrate", 32000).findings();

    assertNone(findings, AudioRules.AAC_PROFILE_CODING_MODE);
    assertNone(findings, AudioRules.AAC_SAMPLE_RATE);
  }

  @Test
  void anAacBitrateWithVbrIsReported() {
    var findings =
        job().set(A + "/rateControlMode", "VBR").set(A + "/vbrQuality", "HIGH").findings();

    assertOnly(findings, AudioRules.AAC_RATE_CONTROL_EXCLUSIVE, AAC + "/bitrate");
  }

  @Test
  void anAacVbrQualityWithCbrIsReported() {
    var findings = job().set(A + "/vbrQuality", "HIGH").findings();

    assertOnly(findings, AudioRules.AAC_RATE_CONTROL_EXCLUSIVE, AAC + "/vbrQuality");
  }

  @Test
  void aacVbrWithVbrQualityOnlyIsFine() {
    var findings =
        job()
            .set(A + "/rateControlMode", "VBR")
            .remove(A + "/bitrate")
            .set(A + "/vbrQuality", "HIGH")
            .findings();

    assertNone(findings, AudioRules.AAC_RATE_CONTROL_EXCLUSIVE);
  }

  @Test
  void mp3VbrWithoutVbrQualityIsReported() {
    var findings =
        job()
            .setJson(CODEC, "{\"codec\":\"MP3\",\"mp3Settings\":{\"rateControlMode\":\"VBR\"}}")
            .findings();

    assertOnly(
        findings, AudioRules.MP3_VBR_QUALITY_MISSING, CODEC_PTR + "/mp3Settings/rateControlMode");
  }

  @Test
  void mp3VbrWithVbrQualityIsFine() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"MP3\",\"mp3Settings\":{\"rateControlMode\":\"VBR\",\"vbrQuality\":4}}")
            .findings();

    assertNone(findings, AudioRules.MP3_VBR_QUALITY_MISSING);
  }

  @Test
  void anAc3BitrateOutsideItsCodingModesRangeIsReported() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"AC3\",\"ac3Settings\":{\"codingMode\":\"CODING_MODE_1_0\",\"bitrate\":192000}}")
            .findings();

    assertOnly(findings, AudioRules.DOLBY_BITRATE, CODEC_PTR + "/ac3Settings/bitrate");
  }

  @Test
  void anEac3BitrateThatIsNotAMultipleOf8000IsReported() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"EAC3\",\"eac3Settings\":{\"codingMode\":\"CODING_MODE_3_2\",\"bitrate\":196000}}")
            .findings();

    assertOnly(findings, AudioRules.DOLBY_BITRATE, CODEC_PTR + "/eac3Settings/bitrate");
  }

  @Test
  void dolbyBitratesInRangeAreFine() {
    var ac3 =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"AC3\",\"ac3Settings\":{\"codingMode\":\"CODING_MODE_1_0\",\"bitrate\":128000}}")
            .findings();
    var eac3 =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"EAC3\",\"eac3Settings\":{\"codingMode\":\"CODING_MODE_3_2\",\"bitrate\":192000}}")
            .findings();

    assertNone(ac3, AudioRules.DOLBY_BITRATE);
    assertNone(eac3, AudioRules.DOLBY_BITRATE);
  }

  @Test
  void theLfeFilterWithoutAnLfeCodingModeIsReported() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"AC3\",\"ac3Settings\":{\"codingMode\":\"CODING_MODE_2_0\",\"lfeFilter\":\"ENABLED\"}}")
            .findings();

    assertOnly(findings, AudioRules.LFE_FILTER_CODING_MODE, CODEC_PTR + "/ac3Settings/lfeFilter");
  }

  @Test
  void theLfeFilterWith32LfeIsFine() {
    var findings =
        job()
            .setJson(
                CODEC,
                "{\"codec\":\"AC3\",\"ac3Settings\":{\"codingMode\":\"CODING_MODE_3_2_LFE\",\"lfeFilter\":\"ENABLED\"}}")
            .findings();

    assertNone(findings, AudioRules.LFE_FILTER_CODING_MODE);
  }
}
