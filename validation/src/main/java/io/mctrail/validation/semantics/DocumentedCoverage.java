package io.mctrail.validation.semantics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How many of the conditions the model's documentation states are checked: every statement the
 * build extracted ({@code documented-statements.tsv} of {@code mctrail-model}), and for each either
 * the rule that checks it or why none does. A statement is checked by a hand-written rule of the
 * semantics layer when the table {@link #CHECKED_BY} maps it to one.
 */
public final class DocumentedCoverage {

  /** The resource the model's build writes. */
  static final String RESOURCE = "/io/mctrail/model/documented-statements.tsv";

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

    /** One line of the coverage table: shape.member, kind, status, the sentence abbreviated. */
    public String line() {
      String text = sentence.length() > 90 ? sentence.substring(0, 87) + "..." : sentence;
      String status = checked() ? "checked by " + rule : "not checkable: " + reason;
      return shape + "." + member + "  " + kind + "  " + status + "  \"" + text + "\"";
    }
  }

  /** A hand-written rule and the statements it checks: shape.member and sentence patterns. */
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
              "^Required settings: You must also set Frame ?rate to 25",
              "semantics.slow-pal-framerate"),
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

  /** The table's last line: {@code N statements: C checked, U not checkable}. */
  public static String summary() {
    List<Statement> all = statements();
    long checked = all.stream().filter(Statement::checked).count();
    return all.size()
        + " statements: "
        + checked
        + " checked, "
        + (all.size() - checked)
        + " not checkable";
  }

  private static List<Statement> read() {
    List<Statement> out = new ArrayList<>();
    try (InputStream in = DocumentedCoverage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        out.add(status(f[0], f[1], f[2], f[3], f[6], f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static Statement status(
      String shape, String member, String kind, String status, String reason, String sentence) {
    String at = shape + "." + member;
    for (Mapping m : CHECKED_BY) {
      if (m.member().matcher(at).matches() && m.sentence().matcher(sentence).find()) {
        return new Statement(shape, member, kind, m.rule(), null, sentence);
      }
    }
    String why = "C".equals(status) ? "resolved, but no rule evaluates it yet" : reason;
    return new Statement(shape, member, kind, null, why, sentence);
  }
}
