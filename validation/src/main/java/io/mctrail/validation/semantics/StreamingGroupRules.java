package io.mctrail.validation.semantics;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Segment and fragment lengths of the streaming output groups. */
final class StreamingGroupRules implements Concern {

  static final Rule FRAGMENT_LONGER_THAN_SEGMENT =
      Sources.rule(
          "fragment-longer-than-segment",
          Severity.ERROR,
          "A DASH ISO or CMAF group's fragment length is longer than its segment length.",
          Sources.model(
                  "DashIsoGroupSettings.SegmentControl and CmafGroupSettings.SegmentControl",
                  "a single output file is generated, which is internally segmented using the Fragment"
                      + " Length and Segment Length")
              + " (fragments divide segments); CmafGroupSettings.SegmentLength and FragmentLength"
              + " defaults: 10 and 2; DashIsoGroupSettings.SegmentLength default: 30");

  static final Rule MIN_FINAL_SEGMENT_LENGTH =
      Sources.rule(
          "min-final-segment-length",
          Severity.ERROR,
          "A minimum final segment length is below 1 or not less than the segment length.",
          Sources.model(
              "DashIsoGroupSettings, HlsGroupSettings and CmafGroupSettings.MinFinalSegmentLength",
              "Choose a value that is greater than or equal to 1 and less than your segment"
                  + " length"));

  static final Rule ON_DEMAND_SINGLE_FILE =
      Sources.rule(
          "on-demand-profile-single-file",
          Severity.ERROR,
          "A DASH ISO or CMAF group uses the on-demand MPD profile with segmented files.",
          Sources.model(
              "DashIsoGroupSettings.MpdProfile and CmafGroupSettings.MpdProfile",
              "When you choose On-demand, you must also set the output group setting Segment"
                  + " control to Single file"));

  static final Rule FRAGMENT_GOP_MULTIPLE =
      Sources.rule(
          "fragment-length-gop-multiple",
          Severity.ERROR,
          "A CMAF, DASH ISO or Microsoft Smooth fragment length is not a multiple of a video"
              + " output's GOP duration (GOP size x closed GOP cadence / frame rate).",
          "MediaConvert User Guide, Setting the fragment length for streaming outputs: \"Fragment"
              + " length must be a whole number and must be a multiple of this value: GOP size x"
              + " Closed GOP cadence / Frame rate\"; "
              + Sources.model(
                  "DashIsoGroupSettings.FragmentLength",
                  "Fragment length must be compatible with GOP size and Framerate"));

  /** Group settings member to {default segment length, default fragment length or -1}. */
  private static final Map<String, int[]> DEFAULTS =
      Map.of(
          "dashIsoGroupSettings", new int[] {30, -1},
          "cmafGroupSettings", new int[] {10, 2},
          "hlsGroupSettings", new int[] {10, -1});

  @Override
  public List<Rule> rules() {
    return List.of(
        FRAGMENT_LONGER_THAN_SEGMENT,
        MIN_FINAL_SEGMENT_LENGTH,
        ON_DEMAND_SINGLE_FILE,
        FRAGMENT_GOP_MULTIPLE);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node group : tree.outputGroups()) {
      Node settings = group.child("outputGroupSettings");
      if (settings == null) {
        continue;
      }
      for (Map.Entry<String, int[]> d : DEFAULTS.entrySet()) {
        Node s = settings.child(d.getKey());
        if (s != null) {
          lengths(d.getKey(), s, d.getValue()[0], findings);
        }
      }
      for (String field :
          List.of("dashIsoGroupSettings", "cmafGroupSettings", "msSmoothGroupSettings")) {
        Node s = settings.child(field);
        Double fragment = s == null ? null : s.number("fragmentLength");
        if (fragment != null && fragment > 0) {
          for (Node output : group.list("outputs")) {
            gopMultiple(s, fragment, new SettingsTree.Output(output, group), findings);
          }
        }
      }
    }
  }

  private static void lengths(String field, Node s, int defaultSegment, Findings findings) {
    Double segment = s.number("segmentLength");
    double segmentLength = segment != null ? segment : defaultSegment;
    String segmentPointer = segment != null ? s.at("segmentLength") : null;
    if (s.isRedacted("segmentLength")) {
      return;
    }
    Double fragment = s.number("fragmentLength");
    if (fragment != null && !field.equals("hlsGroupSettings") && fragment > segmentLength) {
      findings.add(
          FRAGMENT_LONGER_THAN_SEGMENT,
          s.at("fragmentLength"),
          segmentPointer,
          "fragment length "
              + Numbers.format(fragment)
              + " s is longer than the segment length "
              + Numbers.format(segmentLength)
              + " s"
              + (segment == null ? " (the default)" : ""),
          "<= " + Numbers.format(segmentLength),
          Numbers.format(fragment));
    }
    Double minFinal = s.number("minFinalSegmentLength");
    if (minFinal != null && minFinal != 0 && (minFinal < 1 || minFinal >= segmentLength)) {
      findings.add(
          MIN_FINAL_SEGMENT_LENGTH,
          s.at("minFinalSegmentLength"),
          segmentPointer,
          "minimum final segment length "
              + Numbers.format(minFinal)
              + " must be at least 1 and less than the segment length "
              + Numbers.format(segmentLength),
          ">= 1 and < " + Numbers.format(segmentLength),
          Numbers.format(minFinal));
    }
    if (s.is("mpdProfile", "ON_DEMAND_PROFILE") && s.is("segmentControl", "SEGMENTED_FILES")) {
      findings.add(
          ON_DEMAND_SINGLE_FILE,
          s.at("segmentControl"),
          s.at("mpdProfile"),
          "the on-demand MPD profile requires segment control SINGLE_FILE",
          "SINGLE_FILE",
          "SEGMENTED_FILES");
    }
  }

  /**
   * Judged only when the GOP duration is known from the output's own settings: a GOP in seconds, or
   * in frames with a specified frame rate, and an explicit closed GOP cadence. A frame rate that
   * follows the source cannot be known from the record.
   */
  private static void gopMultiple(
      Node groupSettings, double fragment, SettingsTree.Output o, Findings findings) {
    Node codec = o.videoCodecSettings();
    for (String field : List.of("h264Settings", "h265Settings", "mpeg2Settings")) {
      Node s = codec == null ? null : codec.child(field);
      if (s == null) {
        continue;
      }
      Double gop = s.number("gopSize");
      Double cadence = s.number("gopClosedCadence");
      if (gop == null || gop <= 0 || cadence == null || cadence < 1 || !Numbers.isWhole(cadence)) {
        continue;
      }
      // fragment / (gop * cadence / rate) must be whole: compare exactly, never in floating point.
      BigDecimal quotient;
      if (s.is("gopSizeUnits", "SECONDS")) {
        quotient =
            divide(
                BigDecimal.valueOf(fragment),
                BigDecimal.valueOf(gop).multiply(BigDecimal.valueOf(cadence)));
      } else if (s.is("gopSizeUnits", "FRAMES")
          || (field.equals("mpeg2Settings") && !s.has("gopSizeUnits"))) {
        Double num = s.number("framerateNumerator");
        Double den = s.number("framerateDenominator");
        if (!s.is("framerateControl", "SPECIFIED")
            || num == null
            || den == null
            || den <= 0
            || num <= 0
            || !Numbers.isWhole(gop)) {
          continue;
        }
        quotient =
            divide(
                BigDecimal.valueOf(fragment).multiply(BigDecimal.valueOf(num)),
                BigDecimal.valueOf(gop)
                    .multiply(BigDecimal.valueOf(cadence))
                    .multiply(BigDecimal.valueOf(den)));
      } else {
        continue;
      }
      if (quotient != null && quotient.stripTrailingZeros().scale() <= 0) {
        continue;
      }
      findings.add(
          FRAGMENT_GOP_MULTIPLE,
          groupSettings.at("fragmentLength"),
          s.at("gopSize"),
          "fragment length "
              + Numbers.format(fragment)
              + " s is not a multiple of the GOP duration of this output ("
              + Numbers.format(gop)
              + " "
              + (s.is("gopSizeUnits", "SECONDS") ? "s" : "frames")
              + " x cadence "
              + Numbers.format(cadence)
              + ")",
          "a multiple of the GOP duration",
          Numbers.format(fragment));
    }
  }

  /** The exact quotient, or {@code null} when it does not terminate (so it is not whole). */
  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    try {
      return a.divide(b);
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
