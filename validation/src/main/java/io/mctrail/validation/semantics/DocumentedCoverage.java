package io.mctrail.validation.semantics;

import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How many of the conditions the model's documentation states are checked: every statement the
 * build extracted ({@link DocumentedStatements}), and for each either the rule that checks it or
 * why none does. Sentences of advice are listed too, but they state no condition and are not
 * counted. A statement is checked by a hand-written rule of the semantics layer when the table
 * {@link #CHECKED_BY} maps it to one, and otherwise by its own rule of {@link DocumentedRules} when
 * the build resolved it.
 */
public final class DocumentedCoverage {

  /**
   * One statement and its status.
   *
   * @param shape the structure whose member's documentation states it
   * @param member the member's JSON name
   * @param kind the form of the statement ({@code required-when}, {@code only-when}, …)
   * @param rule the id of the rule that checks it, or {@code null}
   * @param reason why it is not checked, or {@code null} when it is
   * @param sentence the documentation's sentence
   */
  public record Statement(
      String shape, String member, String kind, String rule, String reason, String sentence) {

    /** True when a rule checks the statement. */
    public boolean checked() {
      return rule != null;
    }

    /**
     * True for a sentence of advice ("keep the default value"): it states no condition a job could
     * break, so it is listed but not counted among the statements of a condition.
     */
    public boolean advice() {
      return "advice".equals(kind) && !checked();
    }

    /** One line of the coverage table: shape.member, kind, status, the sentence abbreviated. */
    public String line() {
      String text = sentence.length() > 90 ? sentence.substring(0, 87) + "..." : sentence;
      String status =
          checked()
              ? "checked by " + rule
              : advice() ? "advice, not a condition" : "not checkable: " + reason;
      return shape + "." + member + "  " + kind + "  " + status + "  \"" + text + "\"";
    }
  }

  /**
   * A rule and the statements it checks: shape.member and sentence patterns. The rule is a
   * hand-written rule of the semantics layer, a rule of the model's constraints (a pattern or a
   * range of the model that says what the sentence says), or the documented rule of another
   * statement that states the same condition (so that one defect gives one finding).
   */
  private record Mapping(Pattern member, Pattern sentence, String rule) {
    static Mapping of(String member, String sentence, String rule) {
      return new Mapping(Pattern.compile(member), Pattern.compile(sentence), rule);
    }
  }

  private static final List<Mapping> CHECKED_BY =
      List.of(
          Mapping.of(
              "VideoCodecSettings\\..*Settings",
              "^Required when you set Codec",
              "semantics.video-codec-settings-mismatch"),
          Mapping.of(
              "AudioCodecSettings\\..*Settings",
              "^Required when you set Codec",
              "semantics.audio-codec-settings-mismatch"),
          Mapping.of(
              "(H264|H265|Av1)Settings\\.maxBitrate",
              "^Required when Rate control mode is QVBR",
              "semantics.qvbr-max-bitrate-missing"),
          Mapping.of(
              "(H264|H265|Av1)QvbrSettings\\.qvbrQualityLevel",
              "^Use this setting only when you set Rate control mode to QVBR",
              "semantics.qvbr-settings-unused"),
          Mapping.of(
              "(Ac3|Eac3)Settings\\.bitrate",
              "multiple of 8000",
              "semantics.dolby-bitrate-not-valid"),
          Mapping.of(
              "[A-Za-z0-9]+Settings\\.par(Numerator|Denominator)",
              "^Required when you set Pixel aspect ratio to SPECIFIED",
              "semantics.par-fraction-missing"),
          Mapping.of(
              "[A-Za-z0-9]+Settings\\.parControl",
              "you must also specify values for the parNumerator and parDenominator",
              "semantics.par-fraction-missing"),
          Mapping.of(
              "[A-Za-z0-9]+Settings\\.scanTypeConversionMode",
              "^Required settings: To use optimized interlacing, you must set Telecine to None or"
                  + " Soft|^You must also set Interlace mode to a value other than Progressive",
              "semantics.optimized-interlacing-requirements"),
          Mapping.of(
              "[A-Za-z0-9]+Settings\\.slowPal",
              "^(Required|Related) settings: You must also set Frame ?rate to 25",
              "semantics.slow-pal-framerate"),
          Mapping.of(
              "(Vp8|Vp9)Settings\\.gopSize",
              "^Must be greater than zero",
              "semantics.gop-size-not-positive"),
          Mapping.of(
              "Av1Settings\\.gopSize",
              "^This value must be greater than zero",
              "semantics.gop-size-not-positive"),
          Mapping.of(
              "(H264|H265|Mpeg2)Settings\\.bitrate",
              "^For MS Smooth outputs, bitrates must be unique",
              "semantics.mss-bitrate-not-unique"),
          Mapping.of(
              "H264Settings\\.entropyEncoding",
              "^Use CABAC \\(must be in Main or High profile\\)",
              "semantics.h264-cabac-baseline"),
          Mapping.of(
              "(Input|InputTemplate)\\.filterEnable",
              "^When you do, you must also specify a value for Filter strength",
              "semantics.input-filter-strength-missing"),
          Mapping.of(
              "VideoPreprocessor\\.noiseReducer",
              "^When you enable Noise reducer, you must also select a value for Noise reducer filter",
              "semantics.noise-reducer-filter-missing"),
          Mapping.of(
              "(Cmaf|DashIso)GroupSettings\\.mpdProfile",
              "^When you choose On-demand, you must also set the output group setting Segment"
                  + " control to Single file",
              "semantics.on-demand-profile-single-file"),
          Mapping.of(
              "(Cmaf|DashIso|MsSmooth)GroupSettings\\.fragmentLength",
              "^Fragment length must be compatible with GOP size and Frame ?rate",
              "semantics.fragment-length-gop-multiple"),
          Mapping.of(
              "(H264|H265|Av1)Settings\\.qvbrSettings",
              "^Use these settings only when you set QVBR for Rate control mode",
              "semantics.qvbr-settings-unused"),
          Mapping.of(
              "Mp3Settings\\.vbrQuality",
              "^Required when you set Bitrate control mode to VBR",
              "semantics.mp3-vbr-quality-missing"),
          Mapping.of(
              "Mp4Settings\\.cttsVersion",
              "^When you specify a value of 1, you must also set CSLG atom",
              "semantics.mp4-ctts-version-cslg"),
          Mapping.of(
              "NielsenNonLinearWatermarkSettings\\.activeWatermarkProcess",
              "^When you choose CBET, you must provide a value for the setting CSID",
              "semantics.documented-nielsen-non-linear-watermark-settings-cbet-source-id-required-when"),
          Mapping.of(
              "Mpeg2Settings\\.syntax",
              "^Related settings: When you choose D10 for your MXF profile, you must also set this"
                  + " value to D10",
              "semantics.mpeg2-d10-syntax"),
          Mapping.of(
              "NielsenConfiguration\\.breakoutCode",
              "^If you must include this property, set the value to zero",
              "constraints.range"),
          Mapping.of(
              "InsertableImage\\.startTime", "^This must be in timecode", "constraints.pattern"),
          Mapping.of(
              "TeletextDestinationSettings\\.pageNumber",
              "^This value must be a three-digit hexadecimal string",
              "constraints.pattern"),
          Mapping.of(
              "StaticKeyProvider\\.keyFormat",
              "^Must be 'identity' or a reverse DNS string",
              "constraints.pattern"),
          Mapping.of(
              "VideoCodecSettings\\.codec",
              "^This must be equal to one of the enum values",
              "constraints.enum"),
          Mapping.of(
              "VideoCodecSettings\\.avcIntraSettings",
              "^Required when you choose AVC-Intra for your output video codec",
              "semantics.video-codec-settings-mismatch"),
          Mapping.of(
              "(Input|InputTemplate)\\.timecodeStart",
              "you must set the Timecode source setting, located under the input settings, to"
                  + " Specified start",
              "semantics.input-timecode-start-without-specified-start"));

  private static final class Holder {
    static final List<Statement> ALL = read();
  }

  private DocumentedCoverage() {}

  /** Every statement of a condition the model's documentation states, with its status. */
  public static List<Statement> statements() {
    return Holder.ALL;
  }

  /**
   * The id of the hand-written rule that checks {@code s}, or {@code null} when none does; the
   * documented rules engine evaluates only the statements no hand-written rule checks.
   */
  static String handWrittenRule(DocumentedStatements.Statement s) {
    String at = s.shape() + "." + s.member();
    for (Mapping m : CHECKED_BY) {
      if (m.member().matcher(at).matches() && m.sentence().matcher(s.sentence()).find()) {
        return m.rule();
      }
    }
    return null;
  }

  /**
   * The table's last line, as the issue asks for it: {@code N statements: C checked, U not
   * checkable}, where N counts the statements of a condition only ({@link #adviceNote()} says how
   * many sentences of advice the table lists beside them).
   */
  public static String summary() {
    List<Statement> all = statements();
    long advice = all.stream().filter(Statement::advice).count();
    long statements = all.size() - advice;
    long checked = all.stream().filter(Statement::checked).count();
    return statements
        + " statements: "
        + checked
        + " checked, "
        + (statements - checked)
        + " not checkable";
  }

  /**
   * The line before the last: how many of the table's lines are sentences of advice, which state no
   * condition and are not counted.
   */
  public static String adviceNote() {
    long advice = statements().stream().filter(Statement::advice).count();
    return advice + " sentences of advice, not conditions, are listed above and not counted";
  }

  private static List<Statement> read() {
    List<Statement> out = new ArrayList<>();
    for (DocumentedStatements.Statement s : DocumentedStatements.all()) {
      String rule = handWrittenRule(s);
      if (rule == null) {
        Rule engine = DocumentedRules.ruleOf(s);
        rule = engine == null ? null : engine.id();
      }
      String why =
          rule != null
              ? null
              : s.resolved() ? "resolved, but of a form no rule evaluates" : s.reason();
      out.add(new Statement(s.shape(), s.member(), s.kind(), rule, why, s.sentence()));
    }
    return List.copyOf(out);
  }
}
