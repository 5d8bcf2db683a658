package io.mctrail.validation.semantics;

import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Frame rate, pixel aspect ratio, GOP and scan type of the video codecs that have them. */
final class VideoFrameRules implements Concern {

  static final Rule FRAMERATE_FRACTION_MISSING =
      Sources.rule(
          "framerate-fraction-missing",
          Severity.ERROR,
          "A video output sets framerateControl SPECIFIED without both framerateNumerator and"
              + " framerateDenominator.",
          Sources.model(
              "<Codec>Settings.FramerateControl and FramerateNumerator/FramerateDenominator (AV1,"
                  + " AVC-Intra, H.264, H.265, MPEG-2, ProRes, Uncompressed, VC-3, VP8, VP9, XAVC)",
              "If you choose Custom, specify your frame rate as a fraction"));

  static final Rule PAR_FRACTION_MISSING =
      Sources.rule(
          "par-fraction-missing",
          Severity.ERROR,
          "A video output sets parControl SPECIFIED without both parNumerator and parDenominator.",
          Sources.model(
              "<Codec>Settings.ParControl and ParNumerator/ParDenominator (H.264, H.265, MPEG-2,"
                  + " ProRes, VP8, VP9)",
              "When you choose SPECIFIED for this setting, you must also specify values for the"
                  + " parNumerator and parDenominator settings"));

  static final Rule GOP_SIZE_FRACTIONAL =
      Sources.rule(
          "gop-size-fractional-frames",
          Severity.ERROR,
          "A GOP size counted in frames is not a whole number.",
          Sources.model(
                  "H264Settings.GopSize and H265Settings.GopSize",
                  "Specify the GOP length using a whole number of frames or a decimal value of"
                      + " seconds")
              + "; Mpeg2Settings.GopSizeUnits: \"by default the encoder measures GOP size in"
              + " frames\"; Av1Settings, Vp8Settings and Vp9Settings.GopSize: \"in frames\"");

  static final Rule GOP_SIZE_NOT_POSITIVE =
      Sources.rule(
          "gop-size-not-positive",
          Severity.ERROR,
          "An AV1, VP8 or VP9 output has a GOP size of zero.",
          Sources.model(
              "Av1Settings.GopSize, Vp8Settings.GopSize and Vp9Settings.GopSize",
              "Must be greater than zero"));

  static final Rule SLOW_PAL_FRAMERATE =
      Sources.rule(
          "slow-pal-framerate",
          Severity.ERROR,
          "A video output enables slow PAL without setting its frame rate to 25.",
          Sources.model(
              "<Codec>Settings.SlowPal (AVC-Intra, H.264, H.265, MPEG-2, ProRes, Uncompressed,"
                  + " VC-3, XAVC)",
              "You must also set Framerate to 25"));

  static final Rule OPTIMIZED_INTERLACING =
      Sources.rule(
          "optimized-interlacing-requirements",
          Severity.ERROR,
          "A video output uses optimized interlacing with hard telecine or a progressive"
              + " interlace mode.",
          Sources.model(
              "<Codec>Settings.ScanTypeConversionMode (AVC-Intra, H.264, H.265, MPEG-2, ProRes,"
                  + " Uncompressed, VC-3)",
              "To use optimized interlacing, you must set Telecine to None or Soft. [...] You must"
                  + " also set Interlace mode to a value other than Progressive"));

  // The codecs whose settings have the member each rule reads, from the model.
  private static final List<String> FRAMERATE_CODECS =
      SettingsMembers.VIDEO_CODEC.membersHaving("framerateControl");
  private static final List<String> PAR_CODECS =
      SettingsMembers.VIDEO_CODEC.membersHaving("parControl");
  private static final List<String> FRAMES_ONLY_GOP_CODECS =
      List.of("av1Settings", "vp8Settings", "vp9Settings");
  private static final List<String> SLOW_PAL_CODECS =
      SettingsMembers.VIDEO_CODEC.membersHaving("slowPal");
  private static final List<String> SCAN_TYPE_CODECS =
      SettingsMembers.VIDEO_CODEC.membersHaving("scanTypeConversionMode");

  @Override
  public List<Rule> rules() {
    return List.of(
        FRAMERATE_FRACTION_MISSING,
        PAR_FRACTION_MISSING,
        GOP_SIZE_FRACTIONAL,
        GOP_SIZE_NOT_POSITIVE,
        SLOW_PAL_FRAMERATE,
        OPTIMIZED_INTERLACING);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (String codec : FRAMERATE_CODECS) {
      for (Node s : tree.videoCodec(codec)) {
        fraction(
            FRAMERATE_FRACTION_MISSING,
            s,
            "framerateControl",
            "framerateNumerator",
            "framerateDenominator",
            findings);
      }
    }
    for (String codec : PAR_CODECS) {
      for (Node s : tree.videoCodec(codec)) {
        fraction(PAR_FRACTION_MISSING, s, "parControl", "parNumerator", "parDenominator", findings);
      }
    }
    for (String codec : List.of("h264Settings", "h265Settings", "mpeg2Settings")) {
      for (Node s : tree.videoCodec(codec)) {
        // H.264 and H.265 default to automatic GOP sizing; MPEG-2 defaults to frames.
        boolean frames =
            s.is("gopSizeUnits", "FRAMES")
                || (codec.equals("mpeg2Settings") && !s.has("gopSizeUnits"));
        if (frames) {
          wholeFrames(s, findings);
        }
      }
    }
    for (String codec : FRAMES_ONLY_GOP_CODECS) {
      for (Node s : tree.videoCodec(codec)) {
        wholeFrames(s, findings);
        Double gop = s.number("gopSize");
        if (gop != null && gop <= 0) {
          findings.add(
              GOP_SIZE_NOT_POSITIVE,
              s.at("gopSize"),
              null,
              codec
                  + " has a GOP size of "
                  + Numbers.format(gop)
                  + "; it must be greater than zero",
              "> 0",
              Numbers.format(gop));
        }
      }
    }
    for (String codec : SLOW_PAL_CODECS) {
      for (Node s : tree.videoCodec(codec)) {
        slowPal(codec, s, findings);
      }
    }
    for (String codec : SCAN_TYPE_CODECS) {
      for (Node s : tree.videoCodec(codec)) {
        optimizedInterlacing(codec, s, findings);
      }
    }
  }

  private static void fraction(
      Rule rule, Node s, String control, String numerator, String denominator, Findings findings) {
    if (!s.is(control, "SPECIFIED")) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String member : List.of(numerator, denominator)) {
      if (!s.has(member)) {
        missing.add(member);
      }
    }
    if (!missing.isEmpty()) {
      findings.add(
          rule,
          s.at(control),
          null,
          control + " is SPECIFIED but " + String.join(" and ", missing) + " missing",
          numerator + " and " + denominator,
          null);
    }
  }

  private static void wholeFrames(Node s, Findings findings) {
    Double gop = s.number("gopSize");
    if (gop != null && !Numbers.isWhole(gop)) {
      findings.add(
          GOP_SIZE_FRACTIONAL,
          s.at("gopSize"),
          s.has("gopSizeUnits") ? s.at("gopSizeUnits") : null,
          "a GOP size in frames must be a whole number, not " + Numbers.format(gop),
          "a whole number of frames",
          Numbers.format(gop));
    }
  }

  private static void slowPal(String codec, Node s, Findings findings) {
    if (!s.is("slowPal", "ENABLED")) {
      return;
    }
    Double num = s.number("framerateNumerator");
    Double den = s.number("framerateDenominator");
    boolean is25 = num != null && den != null && den > 0 && num == 25 * den;
    if (!is25 && !s.isRedacted("framerateNumerator") && !s.isRedacted("framerateDenominator")) {
      String actual =
          num != null && den != null ? Numbers.format(num) + "/" + Numbers.format(den) : null;
      findings.add(
          SLOW_PAL_FRAMERATE,
          s.at("slowPal"),
          s.has("framerateControl") ? s.at("framerateControl") : null,
          codec
              + " enables slow PAL but its frame rate is "
              + (actual == null ? "not specified" : actual)
              + "; slow PAL needs a frame rate of 25",
          "25/1",
          actual);
    }
  }

  private static void optimizedInterlacing(String codec, Node s, Findings findings) {
    if (!s.is("scanTypeConversionMode", "INTERLACED_OPTIMIZE")) {
      return;
    }
    if (s.is("telecine", "HARD")) {
      findings.add(
          OPTIMIZED_INTERLACING,
          s.at("scanTypeConversionMode"),
          s.at("telecine"),
          codec + " uses optimized interlacing, which cannot be used with hard telecine",
          "telecine NONE or SOFT",
          "HARD");
    }
    // Progressive is the documented default interlace mode.
    boolean progressive = s.is("interlaceMode", "PROGRESSIVE") || !s.has("interlaceMode");
    if (progressive) {
      findings.add(
          OPTIMIZED_INTERLACING,
          s.at("scanTypeConversionMode"),
          s.has("interlaceMode") ? s.at("interlaceMode") : null,
          codec + " uses optimized interlacing with a progressive interlace mode",
          "an interlace mode other than PROGRESSIVE",
          "PROGRESSIVE");
    }
  }
}
