package io.mctrail.codegen.docs;

import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of a condition in the documentation of the model's members ("Required when
 * you set Rate control mode to QVBR", "Ignore this setting unless …", "must be a multiple of 8000")
 * and resolves the names they use to members and enum values of the model: siblings first, then the
 * members of the enclosing structures up the settings tree. Its output is data, one {@link
 * Statement} a sentence, written as {@link #RESOURCE}.
 */
public final class DocumentedStatements {

  /** The resource the generator writes, in the model module's generated resources. */
  public static final String RESOURCE = "io/mctrail/model/documented-statements.tsv";

  /** The sentences that state a condition between members, or a constraint on a value. */
  private static final Pattern TRIGGER =
      Pattern.compile(
          "required when|only when|only if|applies only|ignore this setting unless|unless you"
              + "|multiple of|you must|must be|is ignored|ignores this|doesn't apply|does not apply"
              + "|keep the default",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern REQUIRED_WHEN =
      Pattern.compile(
          "^Required when (?:you set )?(?<name>[A-Za-z0-9 ()/-]+?)(?:, under [A-Za-z>]+,?)?"
              + " (?:is set to|is|to) (?:the value )?(?<values>.+?)\\.?$");

  private static final Pattern ONLY_WHEN =
      Pattern.compile(
          "^(?:Use this setting only when|This setting applies only when|Applies only (?:if|when)"
              + "|Ignore this setting unless|MediaConvert ignores this setting unless)"
              + " (?:you set |you choose |your )?(?<name>[A-Za-z0-9 ()/-]+?)"
              + " (?:is set to|is|to|are) (?<values>.+?)\\.?$");

  private static final Pattern MULTIPLE_OF =
      Pattern.compile(
          "must be (?:(?:a|an integer) multiple of|divisible by) (?<n>[0-9,]+)",
          Pattern.CASE_INSENSITIVE);

  /** "This value must be 1, 2, 4, 8, 16, or 32.": the only values a number may take. */
  private static final Pattern ONE_OF =
      Pattern.compile("^(?:This value|It) must be (?<values>[0-9]+(?:, [0-9]+)*,? or [0-9]+)\\.?$");

  /** "Within your job settings, all of your DVB-Sub settings must be identical." */
  private static final Pattern SAME_IN_JOB =
      Pattern.compile(
          "^Within your job settings, all of your [A-Za-z-]+ settings must be identical\\.?$");

  /** "Must be greater than zero.": a number above zero. */
  private static final Pattern POSITIVE =
      Pattern.compile("^(?:This value m|M)ust be greater than (?:zero|0)\\.?$");

  /**
   * "When you specify a value for Maximum RGB tolerance, you must set Sample range conversion to
   * Limited range clip.", "Related setting: When you use this setting, you must set DDS handling to
   * a value other than None.": what using the member (or choosing one of its values) requires of
   * another setting.
   */
  private static final Pattern REQUIRES =
      Pattern.compile(
          "^(?:Related settings?(?::| -) )?(?:Required settings: )?"
              + "(?:(?<use>When you specify a value for [^,]+|When you use this setting"
              + "|To use this setting|When you specify these values)"
              + "|(?<manual>To manually enable or disable [A-Za-z0-9]+"
              + "|When you want to apply your [a-z ]+ manually)"
              + "|(?<enable>In addition to enabling this setting)"
              + "|When you (?:choose|specify) (?:a value of )?(?<choice>[^,]+?)(?: for this setting)?)"
              + ", you must (?:also )?set (?:the [a-z ]+ setting )?(?<name>[A-Za-z0-9 ()/-]+?)"
              + " to (?<other>a value other than )?(?:the value )?(?<values>.+?)\\.?$");

  private static final Pattern INPUT_CONTENT =
      Pattern.compile(
          "your input|input video|input file|source file|your source|input captions|the input has",
          Pattern.CASE_INSENSITIVE);

  /**
   * One statement of a condition.
   *
   * @param shape the structure whose member's documentation states it
   * @param member the member's JSON name
   * @param kind {@code required-when}, {@code only-when}, {@code requires}, {@code multiple-of},
   *     {@code one-of}, {@code positive}, {@code same-in-job}, {@code advice} or {@code other} (the
   *     forms are those of {@code io.mctrail.model.facts.DocumentedStatements})
   * @param condition the resolved condition ({@code up:member=V1|V2}, levels up the settings tree
   *     from the member's structure, {@code !=} for "a value other than"; {@code TRIGGER =>
   *     CONDITION} for {@code requires}; the number of {@code multiple-of}, the numbers of {@code
   *     one-of}); empty when unresolved or when the kind needs none
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}, as the wording says
   * @param reason why the statement is not checkable from a recorded event, or empty when it is
   * @param sentence the sentence as the documentation states it
   */
  public record Statement(
      String shape,
      String member,
      String kind,
      String condition,
      String severity,
      String reason,
      String sentence) {

    /** True when the statement can be checked on a recorded event. */
    public boolean checkable() {
      return reason.isEmpty();
    }

    /** The statement as one line of {@link #RESOURCE}. */
    public String line() {
      return String.join(
          "\t",
          shape,
          member,
          kind,
          checkable() ? "C" : "U",
          severity,
          condition,
          reason,
          sentence);
    }
  }

  private final ShapeModel model;
  private final Map<String, List<String>> parents = new TreeMap<>();

  private DocumentedStatements(ShapeModel model) {
    this.model = model;
    for (Shape.Structure s : model.structures()) {
      for (Member m : s.members()) {
        String target = structureOf(m.target());
        if (target != null) {
          parents.computeIfAbsent(target, k -> new ArrayList<>()).add(s.name());
        }
      }
    }
  }

  /** Every statement of a condition in {@code model}'s member documentation, in shape order. */
  public static List<Statement> extract(ShapeModel model) {
    DocumentedStatements reader = new DocumentedStatements(model);
    List<Statement> out = new ArrayList<>();
    for (Shape.Structure s : model.structures()) {
      for (Member m : s.members()) {
        for (String sentence : sentences(m.documentation())) {
          if (TRIGGER.matcher(sentence).find()) {
            out.add(reader.read(s, m, sentence));
          }
        }
      }
    }
    return out;
  }

  /** Writes the statements of {@code model} as {@link #RESOURCE} under {@code dir}. */
  public static int write(ShapeModel model, Path dir) {
    List<Statement> statements = extract(model);
    StringBuilder b =
        new StringBuilder("shape\tmember\tkind\tstatus\tseverity\tcondition\treason\tsentence\n");
    for (Statement s : statements) {
      b.append(s.line()).append('\n');
    }
    Path file = dir.resolve(RESOURCE);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return statements.size();
  }

  /** The documentation's sentences, markup removed. */
  static List<String> sentences(String documentation) {
    String text =
        documentation
            .replaceAll("<[^>]+>", " ")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .trim();
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[.!?])\\s+(?=[A-Z\"(])")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  Statement read(Shape.Structure shape, Member member, String sentence) {
    String json = member.jsonName();
    Matcher multiple = MULTIPLE_OF.matcher(sentence);
    if (multiple.find()) {
      String n = multiple.group("n").replace(",", "");
      if (!isNumber(member.target())) {
        return unchecked(shape, json, "multiple-of", "", sentence, "the member is not a number");
      }
      return new Statement(shape.name(), json, "multiple-of", n, "ERROR", "", sentence);
    }
    if (ONE_OF.matcher(sentence).matches() || POSITIVE.matcher(sentence).matches()) {
      if (!isNumber(member.target())) {
        return unchecked(shape, json, "other", "", sentence, "the member is not a number");
      }
      Matcher one = ONE_OF.matcher(sentence);
      return one.matches()
          ? new Statement(
              shape.name(),
              json,
              "one-of",
              String.join("|", values(one.group("values"))),
              "ERROR",
              "",
              sentence)
          : new Statement(shape.name(), json, "positive", "", "ERROR", "", sentence);
    }
    if (SAME_IN_JOB.matcher(sentence).matches()) {
      return new Statement(shape.name(), json, "same-in-job", "", "ERROR", "", sentence);
    }
    Matcher requires = REQUIRES.matcher(sentence);
    if (requires.matches()) {
      return requires(shape, member, requires, sentence);
    }
    Matcher required = REQUIRED_WHEN.matcher(sentence);
    if (required.matches()) {
      return conditional(shape, json, "required-when", "ERROR", required, sentence);
    }
    Matcher only = ONLY_WHEN.matcher(sentence);
    if (only.matches()) {
      String severity = sentence.startsWith("Use this setting only") ? "WARNING" : "INFO";
      return conditional(shape, json, "only-when", severity, only, sentence);
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.contains("keep the default") || lower.contains("we recommend")) {
      return unchecked(shape, json, "advice", "", sentence, "advice");
    }
    if (INPUT_CONTENT.matcher(sentence).find()) {
      return unchecked(shape, json, "other", "", sentence, "speaks of the input file's content");
    }
    return unchecked(
        shape, json, "other", "", sentence, "a form of sentence the extractor does not read");
  }

  private Statement conditional(
      Shape.Structure shape,
      String json,
      String kind,
      String severity,
      Matcher m,
      String sentence) {
    String name = m.group("name").trim();
    List<String> words = values(m.group("values"));
    Resolved r = resolve(shape, name, words);
    if (r == null) {
      String reason =
          "the condition's words could not be resolved: " + name + " to " + m.group("values");
      return new Statement(shape.name(), json, kind, "", severity, reason, sentence);
    }
    return new Statement(shape.name(), json, kind, r.condition(), severity, "", sentence);
  }

  /**
   * A {@code requires} statement: its condition is {@code TRIGGER => up:member=V} (or {@code !=}
   * for "a value other than"), where the trigger is {@code *} (the member has a value) or {@code
   * =V1|V2} (the member has one of these values).
   */
  private Statement requires(Shape.Structure shape, Member member, Matcher m, String sentence) {
    String json = member.jsonName();
    String trigger = "*";
    Shape own = model.shapes().get(member.target());
    if (m.group("enable") != null || m.group("choice") != null) {
      String word = m.group("enable") != null ? "Enabled" : m.group("choice").trim();
      String value = own instanceof Shape.Enum e ? enumValue(e, word) : null;
      if (value == null && isNumber(member.target()) && word.matches("[0-9]+")) {
        value = word;
      }
      if (value == null) {
        return unresolvedRequirement(shape, json, word, sentence);
      }
      trigger = "=" + value;
    }
    String name = m.group("name").trim();
    Resolved r = resolve(shape, name, values(m.group("values")));
    if (r == null || r.condition().startsWith("0:" + json + "=")) {
      return unresolvedRequirement(shape, json, name + " to " + m.group("values"), sentence);
    }
    String condition = r.condition();
    if (m.group("other") != null) {
      condition = condition.replace("=", "!=");
    }
    // "To manually enable or disable X, you must set Y to …": X is ignored otherwise (the console
    // writes it into every job it exports), and a setting ignored is an INFO.
    String severity = m.group("manual") != null ? "INFO" : "ERROR";
    return new Statement(
        shape.name(), json, "requires", trigger + " => " + condition, severity, "", sentence);
  }

  private static Statement unresolvedRequirement(
      Shape.Structure shape, String json, String words, String sentence) {
    String reason = "the condition's words could not be resolved: " + words;
    return new Statement(shape.name(), json, "requires", "", "ERROR", reason, sentence);
  }

  private static Statement unchecked(
      Shape.Structure shape,
      String json,
      String kind,
      String condition,
      String sentence,
      String reason) {
    String severity = "advice".equals(reason) ? "INFO" : "";
    return new Statement(shape.name(), json, kind, condition, severity, reason, sentence);
  }

  /** "A, B, or C" as its words. */
  static List<String> values(String text) {
    List<String> out = new ArrayList<>();
    for (String v : text.split(",\\s*(?:or\\s+)?|\\s+or\\s+")) {
      String t = v.trim().replaceAll("^(?:either|the value)\\s+", "").replaceAll("[\"'.]", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private record Resolved(String condition) {}

  /**
   * The member a display name names, and the enum values of its words: first among the siblings,
   * then up the enclosing structures (a structure with one enclosing structure only; several
   * parents make the level ambiguous unless each resolves the same way).
   */
  private Resolved resolve(Shape.Structure shape, String name, List<String> words) {
    String key = normal(name);
    Shape.Structure at = shape;
    for (int up = 0; up < 4 && at != null; up++) {
      for (Member m : at.members()) {
        if (normal(m.name()).equals(key) || normal(m.jsonName()).equals(key)) {
          Shape target = model.shapes().get(m.target());
          if (!(target instanceof Shape.Enum e)) {
            return null;
          }
          List<String> resolved = new ArrayList<>();
          for (String w : words) {
            String v = enumValue(e, w);
            if (v == null) {
              return null;
            }
            resolved.add(v);
          }
          return new Resolved(up + ":" + m.jsonName() + "=" + String.join("|", resolved));
        }
      }
      List<String> up1 = parents.getOrDefault(at.name(), List.of());
      at = up1.size() == 1 ? (Shape.Structure) model.shapes().get(up1.get(0)) : null;
    }
    return null;
  }

  /** The value of {@code e} that {@code word} names in display form ("Multi-pass HQ"). */
  static String enumValue(Shape.Enum e, String word) {
    String w = normal(word);
    for (String v : e.values()) {
      if (normal(v).equals(w)) {
        return v;
      }
    }
    return null;
  }

  private static String normal(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  private String structureOf(String target) {
    Shape t = model.shapes().get(target);
    if (t instanceof Shape.ListOf l) {
      t = model.shapes().get(l.member());
    } else if (t instanceof Shape.MapOf m) {
      t = model.shapes().get(m.value());
    }
    return t instanceof Shape.Structure s ? s.name() : null;
  }

  private boolean isNumber(String target) {
    Shape t = model.shapes().get(target);
    return t instanceof Shape.Simple s
        && switch (s.kind()) {
          case INTEGER, LONG, DOUBLE -> true;
          default -> false;
        };
  }

  /** Counts by status, for the generator's log line. */
  public static Map<String, Integer> counts(List<Statement> statements) {
    Map<String, Integer> c = new LinkedHashMap<>();
    c.put("statements", statements.size());
    c.put("checkable", (int) statements.stream().filter(Statement::checkable).count());
    return c;
  }
}
