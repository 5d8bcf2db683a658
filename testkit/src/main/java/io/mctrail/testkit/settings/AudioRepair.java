package io.mctrail.testkit.settings;

import io.mctrail.model.facts.AudioFacts;
import io.mctrail.model.facts.AudioFacts.BitrateRange;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Makes an output's audio agree with MediaConvert's documented rules: the codec named with its
 * settings object; AAC bitrates from the documented list, coding modes the profile has, sample
 * rates valid for profile and coding mode, CBR and VBR settings not mixed; MP3 VBR with a quality;
 * Dolby bitrates multiples of 8000 within the coding mode's range; the LFE filter only with an LFE
 * coding mode.
 *
 * <p>The tables are those of the AWS model's documentation (AacSettings.Bitrate and SampleRate,
 * Ac3Settings.Bitrate, Eac3Settings.Bitrate), the same the validator cites.
 */
final class AudioRepair {

  /** Codec enum value to its settings member. */
  static final SettingsMembers CODECS = SettingsMembers.AUDIO_CODEC;

  private AudioRepair() {}

  /** Repairs every audio description of one output (or of a preset's settings). */
  static void output(ShapedNode output, RandomGenerator random) {
    for (ShapedNode audio : output.list("audioDescriptions")) {
      ShapedNode codecSettings = audio.child("codecSettings");
      if (codecSettings != null) {
        codecSettings(codecSettings, random);
      }
    }
  }

  /** The codec named with its one settings object, and that object repaired. */
  static void codecSettings(ShapedNode codecSettings, RandomGenerator random) {
    if (codecSettings.isRedacted("codec")) {
      return;
    }
    String codec = codecSettings.text("codec");
    if (codec == null || !CODECS.knows(codec)) {
      codec = null;
      for (Map.Entry<String, String> e : CODECS.byValue().entrySet()) {
        if (codecSettings.has(e.getValue())) {
          codec = e.getKey();
          break;
        }
      }
      if (codec == null) {
        List<String> codecs = CODECS.valuesWithSettings();
        codec = codecs.get(Draws.index(random, codecs.size()));
      }
      codecSettings.set("codec", codec);
    }
    String expected = CODECS.member(codec);
    for (String member : CODECS.members()) {
      if (!member.equals(expected)) {
        codecSettings.remove(member);
      }
    }
    if (!CODECS.requiresMember(codec)) {
      return;
    }
    ShapedNode s = codecSettings.ensureChild(expected, random);
    if (s == null) {
      return;
    }
    switch (expected) {
      case "aacSettings" -> aac(s, random);
      case "mp3Settings" -> {
        if (s.is("rateControlMode", "VBR")) {
          s.ensure("vbrQuality", random);
        }
      }
      case "ac3Settings" -> {
        dolby(s, AudioFacts.AC3_BITRATES, random);
        lfe(s, "CODING_MODE_3_2_LFE");
      }
      case "eac3Settings" -> {
        dolby(s, AudioFacts.EAC3_BITRATES, random);
        lfe(s, "CODING_MODE_3_2");
      }
      default -> {}
    }
  }

  static void aac(ShapedNode aac, RandomGenerator random) {
    Double bitrate = aac.number("bitrate");
    if (bitrate != null
        && !(bitrate == Math.rint(bitrate)
            && AudioFacts.AAC_BITRATES.contains(bitrate.intValue()))) {
      aac.setNumber("bitrate", nearest(AudioFacts.AAC_BITRATES, bitrate));
    }
    String profile = aac.text("codecProfile");
    String mode = aac.text("codingMode");
    if (profile != null
        && mode != null
        && AudioFacts.AAC_SAMPLE_RATES.containsKey(profile)
        && !mode.equals("CODING_MODE_1_1")
        && !AudioFacts.AAC_SAMPLE_RATES.get(profile).containsKey(mode)) {
      List<String> modes =
          List.copyOf(new TreeSet<>(AudioFacts.AAC_SAMPLE_RATES.get(profile).keySet()));
      mode = modes.get(Draws.index(random, modes.size()));
      aac.set("codingMode", mode);
    }
    Double rate = aac.number("sampleRate");
    if (rate != null
        && !"CODING_MODE_1_1".equals(mode)
        && !aac.isRedacted("codecProfile")
        && !aac.isRedacted("codingMode")) {
      Set<Integer> allowed = allowedSampleRates(profile, mode);
      if (!allowed.isEmpty() && !(rate == Math.rint(rate) && allowed.contains(rate.intValue()))) {
        List<Integer> list = List.copyOf(allowed);
        aac.setNumber("sampleRate", list.get(Draws.index(random, list.size())));
      }
    }
    String rateControl = aac.text("rateControlMode");
    if ("VBR".equals(rateControl)) {
      aac.remove("bitrate");
    } else if ("CBR".equals(rateControl)) {
      aac.remove("vbrQuality");
    }
  }

  /**
   * The sample rates the documentation allows for a profile and coding mode; an absent one stands
   * for any documented one.
   */
  static Set<Integer> allowedSampleRates(String profile, String mode) {
    Set<Integer> allowed = new TreeSet<>();
    for (Map.Entry<String, Map<String, List<Integer>>> p : AudioFacts.AAC_SAMPLE_RATES.entrySet()) {
      if (profile != null && !p.getKey().equals(profile)) {
        continue;
      }
      for (Map.Entry<String, List<Integer>> m : p.getValue().entrySet()) {
        if (mode == null || m.getKey().equals(mode)) {
          allowed.addAll(m.getValue());
        }
      }
    }
    return allowed;
  }

  private static void dolby(
      ShapedNode s, Map<String, BitrateRange> ranges, RandomGenerator random) {
    Double bitrate = s.number("bitrate");
    if (bitrate == null) {
      return;
    }
    String mode = s.text("codingMode");
    BitrateRange range = mode == null ? null : ranges.get(mode);
    double lo = Math.max(range == null ? 0 : range.least(), s.clamp("bitrate", 0));
    double hi =
        Math.min(range == null ? Double.MAX_VALUE : range.greatest(), s.clamp("bitrate", 1e12));
    long first = (long) Math.ceil(lo / 8000);
    long last = (long) Math.floor(hi / 8000);
    boolean valid =
        bitrate == Math.rint(bitrate) && bitrate % 8000 == 0 && bitrate >= lo && bitrate <= hi;
    if (!valid) {
      s.setNumber("bitrate", 8000 * Draws.longBetween(random, first, last));
    }
  }

  private static void lfe(ShapedNode s, String lfeMode) {
    String mode = s.text("codingMode");
    if (s.is("lfeFilter", "ENABLED") && mode != null && !mode.equals(lfeMode)) {
      s.set("lfeFilter", "DISABLED");
    }
  }

  private static int nearest(List<Integer> values, double value) {
    int best = values.get(0);
    for (int v : values) {
      if (Math.abs(v - value) < Math.abs(best - value)) {
        best = v;
      }
    }
    return best;
  }
}
