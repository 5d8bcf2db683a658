package io.mctrail.validation.semantics;

import io.mctrail.model.facts.AudioFacts;
import io.mctrail.model.facts.AudioFacts.BitrateRange;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Audio codec settings whose values depend on each other: AAC, MP3, Dolby Digital (Plus). */
final class AudioRules implements Concern {

  static final Rule AAC_BITRATE =
      Sources.rule(
          "aac-bitrate-not-valid",
          Severity.ERROR,
          "An AAC bitrate is not one of the values the documentation lists.",
          Sources.model(
              "AacSettings.Bitrate",
              "The set of valid values for this setting is: 6000, 8000, 10000, [...], 896000,"
                  + " 1024000"));

  static final Rule AAC_SAMPLE_RATE =
      Sources.rule(
          "aac-sample-rate-not-valid",
          Severity.ERROR,
          "An AAC sample rate is not valid for its profile and coding mode.",
          Sources.model(
              "AacSettings.SampleRate",
              "Valid sample rates depend on the Profile and Coding mode that you select"));

  static final Rule AAC_PROFILE_CODING_MODE =
      Sources.rule(
          "aac-profile-coding-mode",
          Severity.ERROR,
          "An AAC coding mode is not available with its profile (HE-AAC v2 is stereo only).",
          Sources.model(
                  "AacSettings.SampleRate and AacSettings.CodingMode",
                  "HEV2 Profile, Coding mode 2.0: 22050, 24000, 32000, 44100, 48000")
              + " (the only coding mode listed for HEV2); \"Valid coding modes depend on the"
              + " Rate control mode and Profile that you select\"");

  static final Rule AAC_RATE_CONTROL_EXCLUSIVE =
      Sources.rule(
          "aac-rate-control-exclusive",
          Severity.ERROR,
          "An AAC output mixes the CBR and VBR groups of settings: a bitrate with VBR, or a VBR"
              + " quality with CBR.",
          Sources.model(
              "AudioCodecSettings.AacSettings",
              "The service accepts one of two mutually exclusive groups of AAC settings--VBR and"
                  + " CBR. [...] In VBR mode, you control the audio quality with the setting VBR"
                  + " quality. In CBR mode, you use the setting Bitrate"));

  static final Rule MP3_VBR_QUALITY_MISSING =
      Sources.rule(
          "mp3-vbr-quality-missing",
          Severity.ERROR,
          "An MP3 output uses VBR rate control without a VBR quality.",
          Sources.model(
              "Mp3Settings.VbrQuality", "Required when you set Bitrate control mode to VBR"));

  static final Rule DOLBY_BITRATE =
      Sources.rule(
          "dolby-bitrate-not-valid",
          Severity.ERROR,
          "A Dolby Digital (AC3) or Dolby Digital Plus (EAC3) bitrate is not a multiple of 8000 or"
              + " is outside the range of its coding mode.",
          Sources.model(
              "Ac3Settings.Bitrate and Eac3Settings.Bitrate",
              "The bitrate that you specify must be a multiple of 8000 within the allowed minimum"
                  + " and maximum values. [...] Valid bitrates for coding mode 1/0: [...]"));

  static final Rule LFE_FILTER_CODING_MODE =
      Sources.rule(
          "lfe-filter-coding-mode",
          Severity.ERROR,
          "A Dolby Digital (Plus) output enables the LFE filter with a coding mode that has no LFE"
              + " channel.",
          Sources.model(
              "Ac3Settings.LfeFilter and Eac3Settings.LfeFilter",
              "Only valid with 3_2_LFE coding mode"));

  @Override
  public List<Rule> rules() {
    return List.of(
        AAC_BITRATE,
        AAC_SAMPLE_RATE,
        AAC_PROFILE_CODING_MODE,
        AAC_RATE_CONTROL_EXCLUSIVE,
        MP3_VBR_QUALITY_MISSING,
        DOLBY_BITRATE,
        LFE_FILTER_CODING_MODE);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node aac : tree.audioCodec("aacSettings")) {
      aac(aac, findings);
    }
    for (Node mp3 : tree.audioCodec("mp3Settings")) {
      if (mp3.is("rateControlMode", "VBR") && !mp3.has("vbrQuality")) {
        findings.add(
            MP3_VBR_QUALITY_MISSING,
            mp3.at("rateControlMode"),
            null,
            "MP3 VBR rate control requires vbrQuality",
            "vbrQuality",
            null);
      }
    }
    for (Node ac3 : tree.audioCodec("ac3Settings")) {
      dolby("AC3", ac3, AudioFacts.AC3_BITRATES, findings);
      lfe(ac3, Set.of("CODING_MODE_3_2_LFE"), findings);
    }
    for (Node eac3 : tree.audioCodec("eac3Settings")) {
      dolby("EAC3", eac3, AudioFacts.EAC3_BITRATES, findings);
      // EAC3 names its only LFE-capable mode CODING_MODE_3_2 (its LFE is set by lfeControl).
      lfe(eac3, Set.of("CODING_MODE_3_2"), findings);
    }
  }

  private static void aac(Node aac, Findings findings) {
    Double bitrate = aac.number("bitrate");
    if (bitrate != null
        && !(Numbers.isWhole(bitrate) && AudioFacts.AAC_BITRATES.contains(bitrate.intValue()))) {
      findings.add(
          AAC_BITRATE,
          aac.at("bitrate"),
          null,
          "AAC bitrate " + Numbers.format(bitrate) + " is not one of the documented values",
          "one of 6000, 8000, ..., 1024000",
          Numbers.format(bitrate));
    }
    String profile = aac.text("codecProfile");
    String mode = aac.text("codingMode");
    boolean knownPair =
        profile != null
            && mode != null
            && AudioFacts.AAC_SAMPLE_RATES.containsKey(profile)
            && !mode.equals("CODING_MODE_1_1");
    if (knownPair && !AudioFacts.AAC_SAMPLE_RATES.get(profile).containsKey(mode)) {
      findings.add(
          AAC_PROFILE_CODING_MODE,
          aac.at("codingMode"),
          aac.at("codecProfile"),
          "coding mode " + mode + " is not available with AAC profile " + profile,
          String.join(", ", new TreeSet<>(AudioFacts.AAC_SAMPLE_RATES.get(profile).keySet())),
          mode);
    } else {
      sampleRate(aac, profile, mode, findings);
    }
    String rateControl = aac.text("rateControlMode");
    if ("VBR".equals(rateControl) && aac.has("bitrate")) {
      findings.add(
          AAC_RATE_CONTROL_EXCLUSIVE,
          aac.at("bitrate"),
          aac.at("rateControlMode"),
          "AAC VBR rate control is set by vbrQuality; bitrate belongs to CBR",
          "vbrQuality",
          "bitrate");
    } else if ("CBR".equals(rateControl) && aac.has("vbrQuality")) {
      findings.add(
          AAC_RATE_CONTROL_EXCLUSIVE,
          aac.at("vbrQuality"),
          aac.at("rateControlMode"),
          "AAC CBR rate control is set by bitrate; vbrQuality belongs to VBR",
          "bitrate",
          "vbrQuality");
    }
  }

  /**
   * An absent profile or coding mode stands for any documented one: only a rate none allows is
   * wrong.
   */
  private static void sampleRate(Node aac, String profile, String mode, Findings findings) {
    Double rate = aac.number("sampleRate");
    if (rate == null
        || "CODING_MODE_1_1".equals(mode)
        || aac.isRedacted("codecProfile")
        || aac.isRedacted("codingMode")) {
      return;
    }
    Set<Integer> allowed = new TreeSet<>();
    boolean documented = false;
    for (Map.Entry<String, Map<String, List<Integer>>> p : AudioFacts.AAC_SAMPLE_RATES.entrySet()) {
      if (profile != null && !p.getKey().equals(profile)) {
        continue;
      }
      for (Map.Entry<String, List<Integer>> m : p.getValue().entrySet()) {
        if (mode == null || m.getKey().equals(mode)) {
          allowed.addAll(m.getValue());
          documented = true;
        }
      }
    }
    if (documented && !(Numbers.isWhole(rate) && allowed.contains(rate.intValue()))) {
      findings.add(
          AAC_SAMPLE_RATE,
          aac.at("sampleRate"),
          aac.has("codingMode") ? aac.at("codingMode") : null,
          "AAC sample rate "
              + Numbers.format(rate)
              + " is not valid for "
              + (profile == null ? "any profile" : "profile " + profile)
              + " with "
              + (mode == null ? "any coding mode" : "coding mode " + mode),
          allowed.toString(),
          Numbers.format(rate));
    }
  }

  private static void dolby(
      String codec, Node s, Map<String, BitrateRange> ranges, Findings findings) {
    Double bitrate = s.number("bitrate");
    if (bitrate == null) {
      return;
    }
    String mode = s.text("codingMode");
    BitrateRange range = mode == null ? null : ranges.get(mode);
    boolean multiple = Numbers.isWhole(bitrate) && bitrate % 8000 == 0;
    boolean inRange = range == null || range.contains(bitrate);
    if (!multiple || !inRange) {
      findings.add(
          DOLBY_BITRATE,
          s.at("bitrate"),
          range == null ? null : s.at("codingMode"),
          codec
              + " bitrate "
              + Numbers.format(bitrate)
              + (multiple ? "" : " is not a multiple of 8000")
              + (inRange
                  ? ""
                  : (multiple ? " is" : " and is")
                      + " outside "
                      + range.least()
                      + "-"
                      + range.greatest()
                      + " for "
                      + mode),
          range == null
              ? "a multiple of 8000"
              : "a multiple of 8000 from " + range.least() + " to " + range.greatest(),
          Numbers.format(bitrate));
    }
  }

  private static void lfe(Node s, Set<String> lfeModes, Findings findings) {
    String mode = s.text("codingMode");
    if (s.is("lfeFilter", "ENABLED") && mode != null && !lfeModes.contains(mode)) {
      findings.add(
          LFE_FILTER_CODING_MODE,
          s.at("lfeFilter"),
          s.at("codingMode"),
          "the LFE filter applies only to a coding mode with an LFE channel, not " + mode,
          String.join(", ", lfeModes),
          mode);
    }
  }
}
