package io.mctrail.model.facts;

import java.util.List;
import java.util.Map;

/**
 * What MediaConvert's documentation says of audio settings and the types of the AWS model do not:
 * the bitrates and sample rates AAC takes, and the bitrate range of each Dolby Digital coding mode.
 * Written by hand from the documentation of the members each constant names; the validator's
 * semantic rules judge recorded jobs by them and the testkit's generators draw valid jobs from
 * them, so that the two cannot disagree.
 */
public final class AudioFacts {

  /**
   * {@code AacSettings.Bitrate}: "The set of valid values for this setting is: 6000, 8000, …", in
   * increasing order.
   */
  public static final List<Integer> AAC_BITRATES =
      List.of(
          6000, 8000, 10000, 12000, 14000, 16000, 20000, 24000, 28000, 32000, 40000, 48000, 56000,
          64000, 80000, 96000, 112000, 128000, 160000, 192000, 224000, 256000, 288000, 320000,
          384000, 448000, 512000, 576000, 640000, 768000, 896000, 1024000);

  private static final List<Integer> LC_MONO_STEREO =
      List.of(8000, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000);
  private static final List<Integer> SURROUND = List.of(32000, 44100, 48000, 96000);
  private static final List<Integer> HE_LOW = List.of(22050, 24000, 32000, 44100, 48000);

  /**
   * {@code AacSettings.SampleRate}: profile ({@code AacSettings.CodecProfile}) to coding mode
   * ({@code AacSettings.CodingMode}) to the sample rates the documentation lists for the pair. A
   * pair that is absent is one the documentation gives no sample rate for ({@code CODING_MODE_1_1},
   * and HEV2 in any mode but 2.0).
   */
  public static final Map<String, Map<String, List<Integer>>> AAC_SAMPLE_RATES =
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

  /** {@code Ac3Settings.Bitrate}: coding mode ({@code Ac3Settings.CodingMode}) to its range. */
  public static final Map<String, BitrateRange> AC3_BITRATES =
      Map.of(
          "CODING_MODE_1_0", new BitrateRange(64000, 128000),
          "CODING_MODE_1_1", new BitrateRange(128000, 384000),
          "CODING_MODE_2_0", new BitrateRange(128000, 384000),
          "CODING_MODE_3_2_LFE", new BitrateRange(384000, 640000));

  /** {@code Eac3Settings.Bitrate}: coding mode ({@code Eac3Settings.CodingMode}) to its range. */
  public static final Map<String, BitrateRange> EAC3_BITRATES =
      Map.of(
          "CODING_MODE_1_0", new BitrateRange(32000, 3024000),
          "CODING_MODE_2_0", new BitrateRange(96000, 3024000),
          "CODING_MODE_3_2", new BitrateRange(192000, 3024000));

  /**
   * The bitrates, in bits per second, a coding mode takes: from {@code least} to {@code greatest},
   * both included.
   *
   * @param least the least bitrate
   * @param greatest the greatest bitrate
   */
  public record BitrateRange(int least, int greatest) {

    /** Whether {@code bitrate} is in the range. */
    public boolean contains(double bitrate) {
      return bitrate >= least && bitrate <= greatest;
    }
  }

  private AudioFacts() {}
}
