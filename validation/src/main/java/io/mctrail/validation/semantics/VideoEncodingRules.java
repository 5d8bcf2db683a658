package io.mctrail.validation.semantics;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/** Video codec profile and rate control: what a profile allows, what a rate control mode needs. */
final class VideoEncodingRules implements Concern {

  static final Rule H264_CABAC_BASELINE =
      Sources.rule(
          "h264-cabac-baseline",
          Severity.ERROR,
          "An H.264 output uses CABAC entropy encoding with the Baseline profile, which supports"
              + " only CAVLC.",
          Sources.model(
              "H264Settings.EntropyEncoding",
              "Use CABAC (must be in Main or High profile) or CAVLC"));

  static final Rule H264_BFRAMES_BASELINE =
      Sources.rule(
          "h264-bframes-baseline",
          Severity.ERROR,
          "An H.264 output asks for B-frames with the Baseline profile, which has no B-frames.",
          "ITU-T H.264 Annex A.2.1, Baseline profile: no B slices (the profile MediaConvert"
              + " selects with H264Settings.CodecProfile BASELINE); "
              + Sources.model(
                  "H264Settings.NumberBFramesBetweenReferenceFrames",
                  "Specify the number of B-frames between reference frames in this output"));

  static final Rule QVBR_MAX_BITRATE_MISSING =
      Sources.rule(
          "qvbr-max-bitrate-missing",
          Severity.ERROR,
          "A video output uses QVBR rate control without maxBitrate.",
          Sources.model(
              "H264Settings.MaxBitrate, H265Settings.MaxBitrate and Av1Settings.MaxBitrate",
              "Required when Rate control mode is QVBR"));

  static final Rule QVBR_SETTINGS_UNUSED =
      Sources.rule(
          "qvbr-settings-unused",
          Severity.WARNING,
          "A video output has qvbrSettings but a rate control mode other than QVBR; the settings"
              + " are not used.",
          Sources.model(
              "H264Settings.QvbrSettings, H265Settings.QvbrSettings and Av1Settings.QvbrSettings",
              "Use these settings only when you set QVBR for Rate control mode"));

  static final Rule BITRATE_MISSING =
      Sources.rule(
          "bitrate-missing",
          Severity.ERROR,
          "A video output uses VBR or CBR rate control without a bitrate.",
          Sources.model(
              "H264Settings.Bitrate, H265Settings.Bitrate and Mpeg2Settings.Bitrate",
              "Specify the average bitrate in bits per second. Required for VBR and CBR"));

  private static final List<String> QVBR_CODECS =
      List.of("h264Settings", "h265Settings", "av1Settings");
  private static final List<String> BITRATE_CODECS =
      List.of("h264Settings", "h265Settings", "mpeg2Settings");

  @Override
  public List<Rule> rules() {
    return List.of(
        H264_CABAC_BASELINE,
        H264_BFRAMES_BASELINE,
        QVBR_MAX_BITRATE_MISSING,
        QVBR_SETTINGS_UNUSED,
        BITRATE_MISSING);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node h264 : tree.videoCodec("h264Settings")) {
      baseline(h264, findings);
    }
    for (String codec : QVBR_CODECS) {
      for (Node settings : tree.videoCodec(codec)) {
        qvbr(codec, settings, findings);
      }
    }
    for (String codec : BITRATE_CODECS) {
      for (Node settings : tree.videoCodec(codec)) {
        String mode = settings.text("rateControlMode");
        if (("VBR".equals(mode) || "CBR".equals(mode)) && !settings.has("bitrate")) {
          findings.add(
              BITRATE_MISSING,
              settings.at("rateControlMode"),
              null,
              codec + " uses " + mode + " rate control but has no bitrate",
              "bitrate",
              null);
        }
      }
    }
  }

  private static void baseline(Node h264, Findings findings) {
    if (!h264.is("codecProfile", "BASELINE")) {
      return;
    }
    if (h264.is("entropyEncoding", "CABAC")) {
      findings.add(
          H264_CABAC_BASELINE,
          h264.at("entropyEncoding"),
          h264.at("codecProfile"),
          "CABAC entropy encoding needs the Main or High profile; the Baseline profile supports"
              + " only CAVLC",
          "CAVLC",
          "CABAC");
    }
    Double bFrames = h264.number("numberBFramesBetweenReferenceFrames");
    if (bFrames != null && bFrames > 0) {
      findings.add(
          H264_BFRAMES_BASELINE,
          h264.at("numberBFramesBetweenReferenceFrames"),
          h264.at("codecProfile"),
          "the Baseline profile has no B-frames, but "
              + Numbers.format(bFrames)
              + " B-frames between reference frames are asked for",
          "0",
          Numbers.format(bFrames));
    }
  }

  private static void qvbr(String codec, Node settings, Findings findings) {
    String mode = settings.text("rateControlMode");
    if ("QVBR".equals(mode) && !settings.has("maxBitrate")) {
      findings.add(
          QVBR_MAX_BITRATE_MISSING,
          settings.at("rateControlMode"),
          null,
          codec + " uses QVBR rate control but has no maxBitrate",
          "maxBitrate",
          null);
    }
    if (mode != null && !"QVBR".equals(mode) && settings.has("qvbrSettings")) {
      findings.add(
          QVBR_SETTINGS_UNUSED,
          settings.at("qvbrSettings"),
          settings.at("rateControlMode"),
          codec + " has qvbrSettings, which apply only to QVBR, but uses " + mode,
          "QVBR",
          mode);
    }
  }
}
