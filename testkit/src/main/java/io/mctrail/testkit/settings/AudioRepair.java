package io.mctrail.testkit.settings;

import io.mctrail.testkit.Draws;
import java.util.LinkedHashMap;
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
  static final Map<String, String> CODEC_SETTINGS = new LinkedHashMap<>();

  static {
    CODEC_SETTINGS.put("AAC", "aacSettings");
    CODEC_SETTINGS.put("AC3", "ac3Settings");
    CODEC_SETTINGS.put("AIFF", "aiffSettings");
    CODEC_SETTINGS.put("EAC3", "eac3Settings");
    CODEC_SETTINGS.put("EAC3_ATMOS", "eac3AtmosSettings");
    CODEC_SETTINGS.put("FLAC", "flacSettings");
    CODEC_SETTINGS.put("MP2", "mp2Settings");
    CODEC_SETTINGS.put("MP3", "mp3Settings");
    CODEC_SETTINGS.put("OPUS", "opusSettings");
    CODEC_SETTINGS.put("VORBIS", "vorbisSettings");
    CODEC_SETTINGS.put("WAV", "wavSettings");
  }

  /** AacSettings.Bitrate: "The set of valid values for this setting is: 6000, 8000, …". */
  static final List<Integer> AAC_BITRATES =
      List.of(
          6000, 8000, 10000, 12000, 14000, 16000, 20000, 24000, 28000, 32000, 40000, 48000, 56000,
          64000, 80000, 96000, 112000, 128000, 160000, 192000, 224000, 256000, 288000, 320000,
          384000, 448000, 512000, 576000, 640000, 768000, 896000, 1024000);

  private static final List<Integer> LC_MONO_STEREO =
      List.of(8000, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000);
  private static final List<Integer> SURROUND = List.of(32000, 44100, 48000, 96000);
  private static final List<Integer> HE_LOW = List.of(22050, 24000, 32000, 44100, 48000);

  /** AacSettings.SampleRate: profile to coding mode to the sample rates it lists. */
  static final Map<String, Map<String, List<Integer>>> AAC_SAMPLE_RATES =
      Map.of(
          "LC",
              Map.of(
                  "CODING_MODE_1_0", LC_MONO_STEREO,
                  "CODING_MODE_2_0", LC_MONO_STEREO,
                  "AD_RECEIVER_MIX", LC_MONO_STEREO,
                  "CODING_MODE_5_1", SURROUND),
          "HEV1",
              Map.of(
                  "CODING_MODE_1_0", HE_LOW,
                  "AD_RECEIVER_MIX", HE_LOW,
                  "CODING_MODE_2_0", SURROUND,
                  "CODING_MODE_5_1", SURROUND),
          "HEV2", Map.of("CODING_MODE_2_0", HE_LOW));

  /** Ac3Settings.Bitrate: coding mode to {least, greatest} bitrate. */
  static final Map<String, int[]> AC3_RANGES =
      Map.of(
          "CODING_MODE_1_0", new int[] {64000, 128000},
          "CODING_MODE_1_1", new int[] {128000, 384000},
          "CODING_MODE_2_0", new int[] {128000, 384000},
          "CODING_MODE_3_2_LFE", new int[] {384000, 640000});

  /** Eac3Settings.Bitrate: coding mode to {least, greatest} bitrate. */
  static final Map<String, int[]> EAC3_RANGES =
      Map.of(
          "CODING_MODE_1_0", new int[] {32000, 3024000},
          "CODING_MODE_2_0", new int[] {96000, 3024000},
          "CODING_MODE_3_2", new int[] {192000, 3024000});

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
    if (codec == null || !(CODEC_SETTINGS.containsKey(codec) || codec.equals("PASSTHROUGH"))) {
      codec = null;
      for (Map.Entry<String, String> e : CODEC_SETTINGS.entrySet()) {
        if (codecSettings.has(e.getValue())) {
          codec = e.getKey();
          break;
        }
      }
      if (codec == null) {
        List<String> codecs = List.copyOf(CODEC_SETTINGS.keySet());
        codec = codecs.get(Draws.index(random, codecs.size()));
      }
      codecSettings.set("codec", codec);
    }
    String expected = CODEC_SETTINGS.get(codec);
    for (String member : CODEC_SETTINGS.values()) {
      if (!member.equals(expected)) {
        codecSettings.remove(member);
      }
    }
    if (expected == null) {
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
        dolby(s, AC3_RANGES, random);
        lfe(s, "CODING_MODE_3_2_LFE");
      }
      case "eac3Settings" -> {
        dolby(s, EAC3_RANGES, random);
        lfe(s, "CODING_MODE_3_2");
      }
      default -> {}
    }
  }

  static void aac(ShapedNode aac, RandomGenerator random) {
    Double bitrate = aac.number("bitrate");
    if (bitrate != null
        && !(bitrate == Math.rint(bitrate) && AAC_BITRATES.contains(bitrate.intValue()))) {
      aac.setNumber("bitrate", nearest(AAC_BITRATES, bitrate));
    }
    String profile = aac.text("codecProfile");
    String mode = aac.text("codingMode");
    if (profile != null
        && mode != null
        && AAC_SAMPLE_RATES.containsKey(profile)
        && !mode.equals("CODING_MODE_1_1")
        && !AAC_SAMPLE_RATES.get(profile).containsKey(mode)) {
      List<String> modes = List.copyOf(new TreeSet<>(AAC_SAMPLE_RATES.get(profile).keySet()));
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
    for (Map.Entry<String, Map<String, List<Integer>>> p : AAC_SAMPLE_RATES.entrySet()) {
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

  private static void dolby(ShapedNode s, Map<String, int[]> ranges, RandomGenerator random) {
    Double bitrate = s.number("bitrate");
    if (bitrate == null) {
      return;
    }
    String mode = s.text("codingMode");
    int[] range = mode == null ? null : ranges.get(mode);
    double lo = Math.max(range == null ? 0 : range[0], s.clamp("bitrate", 0));
    double hi = Math.min(range == null ? Double.MAX_VALUE : range[1], s.clamp("bitrate", 1e12));
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
