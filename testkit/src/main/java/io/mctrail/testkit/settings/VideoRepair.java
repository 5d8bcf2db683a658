package io.mctrail.testkit.settings;

import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Makes one output's video (and its container) agree with MediaConvert's documented rules: the
 * codec named with its settings object, profile against entropy coding and B-frames, rate control
 * with the bitrates it needs, frame rates and pixel aspect ratios given as fractions when
 * specified, GOP sizes whole in frames, slow PAL at 25 fps, optimized interlacing on an interlaced
 * output, the noise reducer with a filter and without the bandwidth reduction filter, MP4 CTTS
 * version 1 with the CSLG atom, MXF D-10 with D-10 MPEG-2.
 *
 * <p>It changes as little as it can and only what a rule forbids, so everything else stays as
 * random as it was drawn.
 */
final class VideoRepair {

  /** Codec enum value to its settings member. */
  static final SettingsMembers CODECS = SettingsMembers.VIDEO_CODEC;

  // The codecs whose settings have the member each repair reads, from the model.
  static final List<String> FRAMERATE = CODECS.membersHaving("framerateControl");
  static final List<String> PAR = CODECS.membersHaving("parControl");
  static final List<String> SLOW_PAL = CODECS.membersHaving("slowPal");
  static final List<String> SCAN_TYPE = CODECS.membersHaving("scanTypeConversionMode");

  /** Codecs whose GOP size the rules read, in frames or seconds. */
  static final List<String> GOP_CODECS = List.of("h264Settings", "h265Settings", "mpeg2Settings");

  /** Frame rates people use, as numerator and denominator. */
  private static final int[][] FRAME_RATES = {
    {24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1}, {50, 1}, {60000, 1001}, {60, 1}
  };

  private VideoRepair() {}

  /** Repairs the video, preprocessors and container of one output (or of a preset's settings). */
  static void output(ShapedNode output, RandomGenerator random) {
    ShapedNode video = output.child("videoDescription");
    ShapedNode codecSettings = video == null ? null : video.child("codecSettings");
    if (codecSettings != null) {
      codecSettings(codecSettings, random);
    }
    if (video != null) {
      preprocessors(video, codecSettings, random);
    }
    ShapedNode container = output.child("containerSettings");
    if (container != null) {
      container(container, codecSettings);
    }
  }

  /** The codec named with its one settings object, and that object repaired. */
  static void codecSettings(ShapedNode codecSettings, RandomGenerator random) {
    if (codecSettings.isRedacted("codec")) {
      return;
    }
    String codec = codecSettings.text("codec");
    if (codec == null || !CODECS.knows(codec)) {
      // Name the codec of a settings object that is there, or pick one.
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
    if (CODECS.requiresMember(codec)) {
      ShapedNode settings = codecSettings.ensureChild(expected, random);
      if (settings != null) {
        settings(expected, settings, random);
      }
    }
  }

  /** One codec's settings object made to follow the rules that apply to it. */
  static void settings(String member, ShapedNode s, RandomGenerator random) {
    switch (member) {
      case "h264Settings" -> {
        if (s.is("codecProfile", "BASELINE")) {
          if (s.is("entropyEncoding", "CABAC")) {
            s.set("entropyEncoding", "CAVLC");
          }
          Double b = s.number("numberBFramesBetweenReferenceFrames");
          if (b != null && b > 0) {
            s.setNumber("numberBFramesBetweenReferenceFrames", 0);
          }
        }
        rateControl(s, true, true, random);
        gopInFrames(s, s.is("gopSizeUnits", "FRAMES"), false);
      }
      case "h265Settings" -> {
        rateControl(s, true, true, random);
        gopInFrames(s, s.is("gopSizeUnits", "FRAMES"), false);
      }
      case "mpeg2Settings" -> {
        rateControl(s, false, true, random);
        gopInFrames(s, s.is("gopSizeUnits", "FRAMES") || !s.has("gopSizeUnits"), false);
      }
      case "av1Settings" -> {
        rateControl(s, true, false, random);
        gopInFrames(s, true, true);
      }
      case "vp8Settings", "vp9Settings" -> gopInFrames(s, true, true);
      default -> {}
    }
    if (FRAMERATE.contains(member) && s.is("framerateControl", "SPECIFIED")) {
      if (!s.has("framerateNumerator") || !s.has("framerateDenominator")) {
        frameRate(s, FRAME_RATES[Draws.index(random, FRAME_RATES.length)], random);
      }
    }
    if (PAR.contains(member) && s.is("parControl", "SPECIFIED")) {
      s.ensure("parNumerator", random).ensure("parDenominator", random);
    }
    if (SLOW_PAL.contains(member) && s.is("slowPal", "ENABLED")) {
      if (!s.isRedacted("framerateNumerator") && !s.isRedacted("framerateDenominator")) {
        s.set("framerateControl", "SPECIFIED");
        s.setNumber("framerateNumerator", 25);
        s.setNumber("framerateDenominator", 1);
      }
    }
    if (SCAN_TYPE.contains(member) && s.is("scanTypeConversionMode", "INTERLACED_OPTIMIZE")) {
      if (s.is("telecine", "HARD")) {
        s.set("telecine", "NONE");
      }
      if (!s.has("interlaceMode") || s.is("interlaceMode", "PROGRESSIVE")) {
        String interlaced =
            s.type("interlaceMode").enumValues().stream()
                .filter(v -> !v.equals("PROGRESSIVE"))
                .findFirst()
                .orElseThrow();
        s.set("interlaceMode", interlaced);
      }
    }
  }

  /**
   * Sets a specified frame rate: {@code rate} when the codec's ranges allow it, else a drawn
   * fraction within them.
   */
  static void frameRate(ShapedNode s, int[] rate, RandomGenerator random) {
    s.set("framerateControl", "SPECIFIED");
    if (s.inRange("framerateNumerator", rate[0]) && s.inRange("framerateDenominator", rate[1])) {
      s.setNumber("framerateNumerator", rate[0]);
      s.setNumber("framerateDenominator", rate[1]);
    } else {
      s.setNode("framerateNumerator", s.draw("framerateNumerator", random));
      s.setNode("framerateDenominator", s.draw("framerateDenominator", random));
    }
  }

  private static void rateControl(
      ShapedNode s, boolean qvbr, boolean bitrate, RandomGenerator random) {
    String mode = s.text("rateControlMode");
    if (qvbr && "QVBR".equals(mode)) {
      s.ensure("maxBitrate", random);
    }
    if (qvbr && mode != null && !"QVBR".equals(mode)) {
      s.remove("qvbrSettings");
    }
    if (bitrate && ("VBR".equals(mode) || "CBR".equals(mode))) {
      s.ensure("bitrate", random);
    }
  }

  /** A GOP size in frames is whole (and, where the codec says so, at least one). */
  private static void gopInFrames(ShapedNode s, boolean inFrames, boolean positive) {
    Double gop = s.number("gopSize");
    if (gop == null || !inFrames) {
      return;
    }
    double whole = Math.rint(gop);
    if (positive && whole < 1) {
      whole = 1;
    }
    if (whole != gop) {
      s.setNumber("gopSize", whole);
    }
  }

  private static void preprocessors(
      ShapedNode video, ShapedNode codecSettings, RandomGenerator random) {
    ShapedNode pre = video.child("videoPreprocessors");
    ShapedNode noiseReducer = pre == null ? null : pre.child("noiseReducer");
    if (noiseReducer == null) {
      return;
    }
    noiseReducer.ensure("filter", random);
    if (codecSettings != null) {
      for (String member : List.of("h264Settings", "h265Settings")) {
        ShapedNode s = codecSettings.child(member);
        if (s != null) {
          s.remove("bandwidthReductionFilter");
        }
      }
    }
  }

  private static void container(ShapedNode container, ShapedNode codecSettings) {
    ShapedNode mp4 = container.child("mp4Settings");
    if (mp4 != null) {
      Double ctts = mp4.number("cttsVersion");
      if (ctts != null && ctts == 1 && mp4.is("cslgAtom", "EXCLUDE")) {
        mp4.set("cslgAtom", "INCLUDE");
      }
    }
    ShapedNode mxf = container.child("mxfSettings");
    ShapedNode mpeg2 = codecSettings == null ? null : codecSettings.child("mpeg2Settings");
    if (mxf != null && mxf.is("profile", "D_10") && mpeg2 != null && !mpeg2.isRedacted("syntax")) {
      mpeg2.set("syntax", "D_10");
    }
  }
}
