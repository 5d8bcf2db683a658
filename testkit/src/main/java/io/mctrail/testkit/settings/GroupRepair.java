package io.mctrail.testkit.settings;

import io.mctrail.model.facts.GroupContainers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes one output group agree with MediaConvert's documented rules: its type with the one settings
 * object of that type; its outputs' containers those of its package (and no streaming package
 * container in a file group); a name modifier on every output of a group of several; segment,
 * fragment and final segment lengths in order; the on-demand MPD profile with single files; a
 * closed GOP cadence of at least 1 in segmented groups; Microsoft Smooth video bitrates unique in
 * thousands; fragments a whole number of GOPs.
 */
final class GroupRepair {

  /** Group type to its settings member. */
  static final SettingsMembers GROUP_SETTINGS = SettingsMembers.OUTPUT_GROUP;

  /** Group settings member to {default segment length}; HLS has no fragments. */
  private static final Map<String, Integer> DEFAULT_SEGMENT =
      Map.of("dashIsoGroupSettings", 30, "cmafGroupSettings", 10, "hlsGroupSettings", 10);

  private GroupRepair() {}

  /** Repairs one output group and the video and audio of each of its outputs. */
  static void group(ShapedNode group, RandomGenerator random) {
    ShapedNode settings = group.ensureChild("outputGroupSettings", random);
    String type = settings == null ? null : type(settings, random);
    if (type != null && DEFAULT_SEGMENT.containsKey(GROUP_SETTINGS.member(type))) {
      ShapedNode s = settings.child(GROUP_SETTINGS.member(type));
      if (s != null) {
        lengths(GROUP_SETTINGS.member(type), s, random);
      }
    }
    List<ShapedNode> outputs = group.list("outputs");
    for (ShapedNode output : outputs) {
      VideoRepair.output(output, random);
      AudioRepair.output(output, random);
      // Ordered now, so that the bitrates made unique below are the ones the job keeps.
      OrderRepair.output(output);
      container(output, type, random);
      if (outputs.size() > 1) {
        output.ensure("nameModifier", random);
      }
    }
    if (type == null) {
      return;
    }
    if (GroupContainers.isStreaming(type)) {
      for (ShapedNode output : outputs) {
        for (ShapedNode s : gopCodecs(output)) {
          Double cadence = s.number("gopClosedCadence");
          if (cadence != null && cadence == 0) {
            s.setNumber("gopClosedCadence", 1);
          }
        }
      }
    }
    if (type.equals("MS_SMOOTH_GROUP_SETTINGS")) {
      uniqueSmoothBitrates(outputs);
    }
    String member = GROUP_SETTINGS.member(type);
    ShapedNode s = settings.child(member);
    if (s != null && s.hasMember("fragmentLength")) {
      Double fragment = s.number("fragmentLength");
      if (fragment != null && fragment > 0) {
        for (ShapedNode output : outputs) {
          for (ShapedNode codec : gopCodecs(output)) {
            wholeGops(codec, fragment, random);
          }
        }
      }
    }
  }

  /** The group's type, with exactly its settings object; {@code null} when it is redacted. */
  static String type(ShapedNode settings, RandomGenerator random) {
    if (settings.isRedacted("type")) {
      return null;
    }
    String type = settings.text("type");
    if (type == null || GROUP_SETTINGS.member(type) == null) {
      type = null;
      for (Map.Entry<String, String> e : GROUP_SETTINGS.byValue().entrySet()) {
        if (settings.has(e.getValue())) {
          type = e.getKey();
          break;
        }
      }
      if (type == null) {
        List<String> types = GROUP_SETTINGS.valuesWithSettings();
        type = types.get(Draws.index(random, types.size()));
      }
      settings.set("type", type);
    }
    String expected = GROUP_SETTINGS.member(type);
    for (String member : GROUP_SETTINGS.members()) {
      if (!member.equals(expected)) {
        settings.remove(member);
      }
    }
    settings.ensure(expected, random);
    return type;
  }

  private static void lengths(String member, ShapedNode s, RandomGenerator random) {
    if (s.isRedacted("segmentLength")) {
      return;
    }
    Double given = s.number("segmentLength");
    double segment = given != null ? given : DEFAULT_SEGMENT.get(member);
    Double fragment = s.hasMember("fragmentLength") ? s.number("fragmentLength") : null;
    if (fragment != null && fragment > segment) {
      s.setNumber("fragmentLength", Draws.longBetween(random, 1, (long) segment));
    }
    Double minFinal = s.number("minFinalSegmentLength");
    if (minFinal != null && minFinal != 0 && (minFinal < 1 || minFinal >= segment)) {
      if (segment > 1) {
        s.setNumber(
            "minFinalSegmentLength", Draws.longBetween(random, 1, (long) Math.ceil(segment) - 1));
      } else {
        s.remove("minFinalSegmentLength");
      }
    }
    if (s.hasMember("mpdProfile")
        && s.is("mpdProfile", "ON_DEMAND_PROFILE")
        && s.is("segmentControl", "SEGMENTED_FILES")) {
      s.set("segmentControl", "SINGLE_FILE");
    }
  }

  private static void container(ShapedNode output, String type, RandomGenerator random) {
    ShapedNode container = output.child("containerSettings");
    String name = container == null ? null : container.text("container");
    if (name == null || type == null) {
      return;
    }
    String expected = GroupContainers.packageContainer(type);
    if (expected != null && !expected.equals(name)) {
      container.set("container", expected);
    } else if (expected == null && GroupContainers.packageGroup(name) != null) {
      List<String> files = GroupContainers.fileContainers();
      container.set("container", files.get(Draws.index(random, files.size())));
    }
  }

  /** The h264, h265 or mpeg2 settings of an output's video, whose GOP the rules read. */
  static List<ShapedNode> gopCodecs(ShapedNode output) {
    ShapedNode video = output.child("videoDescription");
    ShapedNode codec = video == null ? null : video.child("codecSettings");
    if (codec == null) {
      return List.of();
    }
    return VideoRepair.GOP_CODECS.stream().map(codec::child).filter(c -> c != null).toList();
  }

  private static void uniqueSmoothBitrates(List<ShapedNode> outputs) {
    Set<Long> seen = new HashSet<>();
    long highest = 0;
    for (ShapedNode output : outputs) {
      for (ShapedNode s : gopCodecs(output)) {
        Double bitrate = s.number("bitrate");
        if (bitrate == null) {
          continue;
        }
        long kbps = (long) Math.floor(bitrate / 1000);
        if (!seen.add(kbps)) {
          long fresh = highest + 1;
          double moved = s.clamp("bitrate", fresh * 1000.0);
          kbps = (long) Math.floor(moved / 1000);
          // At the top of the range (bitrates drawn at the maximum): the highest thousand free.
          while (seen.contains(kbps) && kbps > 0 && s.inRange("bitrate", (kbps - 1) * 1000.0)) {
            kbps--;
            moved = kbps * 1000.0;
          }
          s.setNumber("bitrate", moved);
          seen.add(kbps);
          // A variable bitrate stays no greater than its peak.
          Double peak = s.number("maxBitrate");
          if (s.is("rateControlMode", "VBR") && peak != null && peak < moved) {
            s.setNumber("maxBitrate", s.clamp("maxBitrate", moved));
          }
        }
        highest = Math.max(highest, kbps);
      }
    }
  }

  /**
   * A fragment length that is a whole number of this video's GOPs (GOP size x closed GOP cadence /
   * frame rate), where the GOP duration can be known from the output's settings.
   */
  static void wholeGops(ShapedNode s, double fragment, RandomGenerator random) {
    Double gop = s.number("gopSize");
    Double cadence = s.number("gopClosedCadence");
    if (gop == null
        || gop <= 0
        || cadence == null
        || cadence < 1
        || cadence != Math.rint(cadence)) {
      return;
    }
    boolean mpeg2 = s.shapeName().equals("Mpeg2Settings");
    if (s.is("gopSizeUnits", "SECONDS")) {
      if (!isWhole(
          BigDecimal.valueOf(fragment),
          BigDecimal.valueOf(gop).multiply(BigDecimal.valueOf(cadence)))) {
        s.setNumber("gopClosedCadence", 1);
        s.setNumber("gopSize", fragment / (1 << Draws.index(random, 3)));
      }
      return;
    }
    boolean frames = s.is("gopSizeUnits", "FRAMES") || (mpeg2 && !s.has("gopSizeUnits"));
    Double num = s.number("framerateNumerator");
    Double den = s.number("framerateDenominator");
    if (!frames
        || !s.is("framerateControl", "SPECIFIED")
        || num == null
        || den == null
        || num <= 0
        || den <= 0
        || gop != Math.rint(gop)) {
      return;
    }
    BigDecimal perFragment = BigDecimal.valueOf(fragment).multiply(BigDecimal.valueOf(num));
    BigDecimal perGop =
        BigDecimal.valueOf(gop)
            .multiply(BigDecimal.valueOf(cadence))
            .multiply(BigDecimal.valueOf(den));
    if (isWhole(perFragment, perGop)) {
      return;
    }
    s.setNumber("gopClosedCadence", 1);
    BigDecimal[] framesPerFragment = perFragment.divideAndRemainder(BigDecimal.valueOf(den));
    if (framesPerFragment[1].signum() == 0 && framesPerFragment[0].signum() > 0) {
      s.setNumber("gopSize", framesPerFragment[0].doubleValue());
    } else {
      s.set("gopSizeUnits", "SECONDS");
      s.setNumber("gopSize", fragment);
    }
  }

  /** True when {@code a / b} is a whole number (exactly, as the validator computes it). */
  static boolean isWhole(BigDecimal a, BigDecimal b) {
    try {
      return a.divide(b).stripTrailingZeros().scale() <= 0;
    } catch (ArithmeticException notTerminating) {
      return false;
    }
  }
}
