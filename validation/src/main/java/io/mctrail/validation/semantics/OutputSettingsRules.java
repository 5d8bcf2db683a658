package io.mctrail.validation.semantics;

import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/**
 * Within one output: the codec named against the settings object given, and settings of one part of
 * the output that require or exclude settings of another (preprocessors, container, codec).
 */
final class OutputSettingsRules implements Concern {

  static final Rule VIDEO_CODEC_SETTINGS =
      Sources.rule(
          "video-codec-settings-mismatch",
          Severity.ERROR,
          "A video codecSettings names a codec without its settings object, or holds the settings"
              + " object of another codec.",
          Sources.model(
                  "VideoDescription.CodecSettings",
                  "For each codec enum that you choose, define the corresponding settings object")
              + " and VideoCodecSettings.H264Settings (and the other codecs): \"Required when you"
              + " set Codec to the value H_264\"");

  static final Rule AUDIO_CODEC_SETTINGS =
      Sources.rule(
          "audio-codec-settings-mismatch",
          Severity.ERROR,
          "An audio codecSettings names a codec without its settings object, or holds the settings"
              + " object of another codec.",
          Sources.model(
              "AudioCodecSettings.AacSettings (and the other codecs)",
              "Required when you set Codec to the value AAC"));

  static final Rule BANDWIDTH_REDUCTION_NOISE_REDUCER =
      Sources.rule(
          "bandwidth-reduction-with-noise-reducer",
          Severity.ERROR,
          "A video output has both the bandwidth reduction filter and the noise reducer.",
          Sources.model(
              "H264Settings.BandwidthReductionFilter and H265Settings.BandwidthReductionFilter",
              "When you include Bandwidth reduction filter, you cannot include the Noise reducer"
                  + " preprocessor"));

  static final Rule NOISE_REDUCER_FILTER_MISSING =
      Sources.rule(
          "noise-reducer-filter-missing",
          Severity.ERROR,
          "A video output enables the noise reducer without choosing its filter.",
          Sources.model(
              "VideoPreprocessor.NoiseReducer",
              "When you enable Noise reducer, you must also select a value for Noise reducer"
                  + " filter"));

  static final Rule MP4_CTTS_CSLG =
      Sources.rule(
          "mp4-ctts-version-cslg",
          Severity.ERROR,
          "An MP4 output sets CTTS version 1 with the CSLG atom excluded.",
          Sources.model(
              "Mp4Settings.CttsVersion",
              "When you specify a value of 1, you must also set CSLG atom to the value INCLUDE"));

  static final Rule MPEG2_D10_SYNTAX =
      Sources.rule(
          "mpeg2-d10-syntax",
          Severity.ERROR,
          "An MXF output with the D-10 profile carries MPEG-2 video whose syntax is not D-10.",
          Sources.model(
              "Mpeg2Settings.Syntax",
              "When you choose D10 for your MXF profile, you must also set this value to D10"));

  @Override
  public List<Rule> rules() {
    return List.of(
        VIDEO_CODEC_SETTINGS,
        AUDIO_CODEC_SETTINGS,
        BANDWIDTH_REDUCTION_NOISE_REDUCER,
        NOISE_REDUCER_FILTER_MISSING,
        MP4_CTTS_CSLG,
        MPEG2_D10_SYNTAX);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (SettingsTree.Output o : tree.outputs()) {
      Node codec = o.videoCodecSettings();
      if (codec != null) {
        codecMatchesSettings(VIDEO_CODEC_SETTINGS, SettingsMembers.VIDEO_CODEC, codec, findings);
      }
      for (Node audio : o.output().list("audioDescriptions")) {
        Node audioCodec = audio.child("codecSettings");
        if (audioCodec != null) {
          codecMatchesSettings(
              AUDIO_CODEC_SETTINGS, SettingsMembers.AUDIO_CODEC, audioCodec, findings);
        }
      }
      preprocessors(o, findings);
      container(o, findings);
    }
  }

  /**
   * The codec's settings member ({@link SettingsMembers}) is required, and no other codec's is
   * allowed; a codec with no settings member (passthrough) takes none, and a codec the model does
   * not know is skipped.
   */
  private static void codecMatchesSettings(
      Rule rule, SettingsMembers pairs, Node codecSettings, Findings findings) {
    String codec = codecSettings.text("codec");
    if (codec == null || !pairs.knows(codec)) {
      return;
    }
    String expected = pairs.member(codec);
    if (pairs.requiresMember(codec) && !codecSettings.has(expected)) {
      findings.add(
          rule,
          codecSettings.at("codec"),
          null,
          "codec " + codec + " requires " + expected + ", which is missing",
          expected,
          null);
    }
    for (String other : pairs.members()) {
      if (!other.equals(expected) && codecSettings.has(other)) {
        findings.add(
            rule,
            codecSettings.at(other),
            codecSettings.at("codec"),
            other + " does not belong to codec " + codec,
            expected,
            other);
      }
    }
  }

  private static void preprocessors(SettingsTree.Output o, Findings findings) {
    Node video = o.output().child("videoDescription");
    Node pre = video == null ? null : video.child("videoPreprocessors");
    Node noiseReducer = pre == null ? null : pre.child("noiseReducer");
    if (noiseReducer == null) {
      return;
    }
    if (!noiseReducer.has("filter")) {
      findings.add(
          NOISE_REDUCER_FILTER_MISSING,
          noiseReducer.pointer(),
          null,
          "the noise reducer is enabled without a filter",
          "filter",
          null);
    }
    Node codec = o.videoCodecSettings();
    for (String field : List.of("h264Settings", "h265Settings")) {
      Node s = codec == null ? null : codec.child(field);
      if (s != null && s.has("bandwidthReductionFilter")) {
        findings.add(
            BANDWIDTH_REDUCTION_NOISE_REDUCER,
            s.at("bandwidthReductionFilter"),
            noiseReducer.pointer(),
            "the bandwidth reduction filter cannot be combined with the noise reducer",
            null,
            null);
      }
    }
  }

  private static void container(SettingsTree.Output o, Findings findings) {
    Node container = o.output().child("containerSettings");
    if (container == null) {
      return;
    }
    Node mp4 = container.child("mp4Settings");
    Double ctts = mp4 == null ? null : mp4.number("cttsVersion");
    if (ctts != null && ctts == 1 && mp4.is("cslgAtom", "EXCLUDE")) {
      findings.add(
          MP4_CTTS_CSLG,
          mp4.at("cttsVersion"),
          mp4.at("cslgAtom"),
          "CTTS version 1 requires the CSLG atom to be included",
          "INCLUDE",
          "EXCLUDE");
    }
    Node mxf = container.child("mxfSettings");
    Node codec = o.videoCodecSettings();
    Node mpeg2 = codec == null ? null : codec.child("mpeg2Settings");
    if (mxf != null && mxf.is("profile", "D_10") && mpeg2 != null && !mpeg2.isRedacted("syntax")) {
      String syntax = mpeg2.text("syntax");
      if (!"D_10".equals(syntax)) {
        findings.add(
            MPEG2_D10_SYNTAX,
            mpeg2.has("syntax") ? mpeg2.at("syntax") : mpeg2.pointer(),
            mxf.at("profile"),
            "the MXF D-10 profile requires MPEG-2 syntax D_10, not "
                + (syntax == null ? "the default" : syntax),
            "D_10",
            syntax);
      }
    }
  }
}
