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
      Pattern.compile(
          "^(?:(?:This value m|M)ust be greater than (?:zero|0)|Must be a positive integer)\\.?$");

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

  /**
   * "When you specify an audio description audio channel, you must also specify an audio
   * description data channel.", "When you choose CBET, you must provide a value for the setting
   * CSID.", "When you do, you must also specify a value for Frame rate numerator.": what using the
   * member (or choosing one of its values) requires of another member: that it be set.
   */
  private static final Pattern REQUIRES_SET =
      Pattern.compile(
          "^(?:(?<did>When you do)|When you specify (?:a value for |an? |the )?(?<self>[^,]+?)"
              + "|When you choose (?<choice>[^,]+?)), you must (?:also )?(?:specify|provide)"
              + " (?:a value for |an? )(?:the setting )?(?<name>[A-Za-z0-9 ()/-]+?)\\.?$");

  /**
   * "Required when you enable Dolby Vision.", "Required when you include Nagra NexGuard File Marker
   * watermarking in your job.": required whenever the structure it names is present.
   */
  private static final Pattern REQUIRED_WITH =
      Pattern.compile("^Required when you (?:enable|include) (?<name>.+?)(?: in your job)?\\.?$");

  /**
   * "This setting doesn't have a default value; you must specify a value that is suitable for the
   * content.": required wherever its structure is present.
   */
  private static final Pattern REQUIRED =
      Pattern.compile(
          "^(?:This setting doesn't have a default value; )?You must specify a value"
              + "(?: for this setting)?(?: that is suitable for the content)?\\.?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Required when you choose a value for the setting Watermark types that includes CBET.": every
   * enum value whose name holds the word.
   */
  private static final Pattern REQUIRED_INCLUDES =
      Pattern.compile(
          "^Required when you choose a value for the setting (?<name>[A-Za-z0-9 ()/-]+?)"
              + " that includes (?<word>[A-Za-z0-9]+)\\.?$");

  /**
   * "This setting applies only if you keep the default value of 3/2 - L, R, C, Ls, Rs for the
   * setting Coding mode.", "Related setting: To have MediaConvert use this value, keep the default
   * value, Custom for the setting Downmix control.": the member has an effect only with that one
   * value of the other setting (the value's words are one value, commas and all).
   */
  private static final Pattern ONLY_WITH_DEFAULT =
      Pattern.compile(
          "^(?:This setting (?:applies only|only applies) if you keep the default value of"
              + "|(?:Default value: .+? )?Related setting: To have MediaConvert use"
              + " (?:this value|the value you specify here), keep the default value,)"
              + " (?<values>.+?),? for the setting (?<name>[A-Za-z0-9 ()/-]+?)\\.?$");

  /** "Use this setting only when you also enable Scene change detection." */
  private static final Pattern ONLY_WHEN_ENABLED =
      Pattern.compile(
          "^Use this setting only when you also enable (?<name>[A-Za-z0-9 ()/-]+?)\\.?$");

  /**
   * "You must also set Directory structure to Subdirectory per stream for this setting to have an
   * effect.": an only-when whose setting is otherwise ignored.
   */
  private static final Pattern ONLY_FOR_EFFECT =
      Pattern.compile(
          "^You must (?:also )?set (?<name>[A-Za-z0-9 ()/-]+?) to (?<values>.+?)"
              + " for this setting to have an effect\\.?$");

  /**
   * "Style passthrough is set to Enabled and Font color set to Black, Yellow, or Hex": the words of
   * a condition's values that go on to a second setting, a clause of its own.
   */
  private static final Pattern AND_CLAUSE =
      Pattern.compile(
          "^(?<first>.+?) and (?<name>[A-Za-z0-9 ()/-]+?) (?:is set to|set to|is) (?<values>.+)$");

  /**
   * "When you do, you must also separately specify a regular, an italic, and a bold italic font
   * file.": setting the member requires each of the others to be set.
   */
  private static final Pattern REQUIRES_EACH =
      Pattern.compile(
          "^When you do, you must also separately specify (?<list>.+) (?<what>font file)\\.?$");

  /**
   * "To enable Manifest metadata signaling, you must also set SCTE-35 source to Passthrough, ESAM
   * SCTE-35 to insert, or ID3 metadata to Passthrough.": enabling the member requires one of the
   * settings to have its value.
   */
  private static final Pattern REQUIRES_ANY =
      Pattern.compile("^To enable (?<self>[^,]+), you must also set (?<pairs>.+? to .+?)\\.?$");

  /**
   * "Include this setting in your JSON job specification only when you choose to change the default
   * value for Adaptive quantization.": the member has an effect only when the other setting has a
   * value other than its default, which the member's documentation names ("keep the default value,
   * Auto, for the setting Adaptive quantization").
   */
  private static final Pattern ONLY_OFF_DEFAULT =
      Pattern.compile(
          "^Include this setting in your JSON job specification only when you choose to change the"
              + " default value for (?<name>[A-Za-z0-9 ()/-]+?)\\.?$");

  /**
   * Where the documentation's words for a setting are not its display name: the words, normalized,
   * and the member's JSON name. A member of that name must still be found among the siblings or up
   * the settings tree.
   */
  private static final Map<String, String> NAME_ALIASES =
      Map.ofEntries(
          Map.entry("ID3METADATA", "timedMetadata"),
          Map.entry("SCENECHANGEDETECTION", "sceneChangeDetect"),
          Map.entry("SERVERSIDEENCRYPTION", "encryptionType"),
          Map.entry("GOPMODECONTROL", "gopSizeUnits"),
          Map.entry("DOLBYVISIONPROFILE", "profile"),
          Map.entry("NAGRANEXGUARDFILEMARKERWATERMARKING", "nexguardFileMarkerSettings"),
          Map.entry("FOLLOWINPUTAUDIOTYPE", "audioTypeControl"),
          Map.entry("H264ADAPTIVEQUANTIZATION", "adaptiveQuantization"),
          Map.entry("SID", "sourceId"),
          Map.entry("ESAMSCTE35", "scte35Esam"),
          Map.entry("CSID", "cbetSourceId"),
          Map.entry("WATERMARKTYPES", "activeWatermarkProcess"));

  /**
   * Where the documentation's words for an enum value are not its display form: the words,
   * normalized, and the value, used when the enum has that value.
   */
  private static final Map<String, String> VALUE_ALIASES =
      Map.of(
          "CUSTOM", "SPECIFIED",
          "32LRCLSRS", "CODING_MODE_3_2",
          "SPECIFIEDFRAMES", "FRAMES",
          "SPECIFIEDSECONDS", "SECONDS",
          "UNCHECKEDFALSE", "USE_CONFIGURED",
          "AWSKMS", "SERVER_SIDE_ENCRYPTION_KMS");

  /**
   * Advice: a sentence that recommends a value or tells how to get a result ("keep the default",
   * "Choose Multiple of GOP to have the encoder round up …", "To generate HLS manifests only when
   * your job completes: Choose Disabled") and states no condition a job could break.
   */
  private static final Pattern ADVICE =
      Pattern.compile(
          "(?i:keep the default|we recommend|keep this setting at the default)"
              + "|^Choose [A-Z][A-Za-z ]+ to have the encoder|^To [^:]+: Choose [A-Z]");

  private static final String INPUT = "speaks of the input file's content";

  private static final String ELSEWHERE =
      "names settings outside the structures that enclose the member (another output, the output"
          + " group, the container, the codec's settings or the input's), which the engine does not"
          + " reach";

  /**
   * Why a statement is not checkable from a recorded event, by what its words speak of, in order; a
   * sentence none of them names is of a form the extractor does not read.
   */
  private static final List<Map.Entry<Pattern, String>> REASONS =
      List.of(
          reason("input channel mapping and output channel mapping", ELSEWHERE),
          reason(
              "unique within your account|unique ID for each asset",
              "a uniqueness across the account or its assets, which one recorded event does not"
                  + " show"),
          reason(
              "same Region as|Key Management Service|API Gateway|must be PNG or TGA"
                  + "|color grader|Live Event must be configured",
              "speaks of resources outside the job (buckets, keys, servers, image files, color"
                  + " grading), which a recorded event does not show"),
          reason(
              "your input|input video|input file|source file|your source|input captions"
                  + "|the input has|this input is|SDR input|audio inputs|caption sources"
                  + "|metadata has tagged frames|of audio content|teletext captions data"
                  + "|video has video_insertion|rotation must be within|from inputs that"
                  + "|video source has",
              INPUT),
          reason(
              "unless you need to|unless you are|only when you use|unless Nagra|downstream"
                  + " workflow|workflow requires|unless compliance|will be consumed"
                  + "|only when you want to",
              "speaks of the user's purpose or workflow, not of a setting a recorded job shows"),
          reason(
              "29\\.97|framerateNumerator divided by",
              "its condition is on a frame rate, which a job states as a numerator over a"
                  + " denominator or leaves to the input; the extractor does not compute it"),
          reason(
              "macroblock rows",
              "a bound computed from the output picture's height in macroblocks, which a job may"
                  + " leave to the input"),
          reason(
              "other output groups|In each output|in the output settings|more than one variant"
                  + "|outputs of the output group|MPEG2-TS file outputs|output container must"
                  + "|output must be in|from ESAM|output captions|outputs with DRM"
                  + "|Applies only to H\\.264|ProRes 4444|B-frames, which|a Dolby one"
                  + "|for the output container",
              ELSEWHERE),
          reason(
              "^To use this setting, you must also enable",
              "holds in every job that sets the member: it names the structure that encloses"
                  + " it"));

  private static Map.Entry<Pattern, String> reason(String words, String why) {
    return Map.entry(Pattern.compile(words), why);
  }

  /** The reason of {@link #REASONS} whose words the sentence has, or {@code null}. */
  private static String reasonOf(String sentence) {
    for (Map.Entry<Pattern, String> r : REASONS) {
      if (r.getKey().matcher(sentence).find()) {
        return r.getValue();
      }
    }
    return null;
  }

  /**
   * One statement of a condition.
   *
   * @param shape the structure whose member's documentation states it
   * @param member the member's JSON name
   * @param kind {@code required}, {@code required-when}, {@code only-when}, {@code requires},
   *     {@code multiple-of}, {@code one-of}, {@code positive}, {@code same-in-job}, {@code advice}
   *     or {@code other} (the forms are those of {@code
   *     io.mctrail.model.facts.DocumentedStatements})
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
    // A sentence ends at its stop, or after an address its next sentence follows without one
    // ("the default value: https://aomedia.org/emsg/ID3 When you specify ...").
    for (String s :
        text.split("(?<=[.!?])\\s+(?=[A-Z\"(])|(?<=https?://\\S{1,200})\\s+(?=When )")) {
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
      if (member.documentation().contains("Set to 0")) {
        // "Must be a positive integer. Set to 0, or leave blank, for automatic font size."
        return unchecked(
            shape,
            json,
            "positive",
            "",
            sentence,
            "the documentation contradicts itself: it also allows 0 (Set to 0 for automatic)");
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
    Matcher set = REQUIRES_SET.matcher(sentence);
    if (set.matches()) {
      return requiresSet(shape, member, set, sentence);
    }
    Matcher each = REQUIRES_EACH.matcher(sentence);
    if (each.matches()) {
      return requiresEach(shape, member, each, sentence);
    }
    Matcher any = REQUIRES_ANY.matcher(sentence);
    if (any.matches()) {
      return requiresAny(shape, member, any, sentence);
    }
    if (REQUIRED.matcher(sentence).matches()) {
      return new Statement(shape.name(), json, "required", "", "ERROR", "", sentence);
    }
    Matcher with = REQUIRED_WITH.matcher(sentence);
    if (with.matches()) {
      return conditional(
          shape, json, "required-when", "ERROR", with.group("name"), List.of(), sentence);
    }
    Matcher includes = REQUIRED_INCLUDES.matcher(sentence);
    if (includes.matches()) {
      return including(shape, json, includes, sentence);
    }
    Matcher required = REQUIRED_WHEN.matcher(sentence);
    if (required.matches()) {
      return conditional(shape, json, "required-when", "ERROR", required, sentence);
    }
    Matcher withDefault = ONLY_WITH_DEFAULT.matcher(sentence);
    if (withDefault.matches()) {
      // One value, whose words may hold commas ("3/2 - L, R, C, Ls, Rs").
      List<String> value = List.of(withDefault.group("values").trim());
      return conditional(
          shape, json, "only-when", "INFO", withDefault.group("name"), value, sentence);
    }
    Matcher enabled = ONLY_WHEN_ENABLED.matcher(sentence);
    if (enabled.matches()) {
      return enabledOnly(shape, json, enabled.group("name"), sentence);
    }
    Matcher offDefault = ONLY_OFF_DEFAULT.matcher(sentence);
    if (offDefault.matches()) {
      return offDefault(shape, member, offDefault.group("name"), sentence);
    }
    Matcher effect = ONLY_FOR_EFFECT.matcher(sentence);
    if (effect.matches()) {
      return conditional(shape, json, "only-when", "INFO", effect, sentence);
    }
    Matcher only = ONLY_WHEN.matcher(sentence);
    if (only.matches()) {
      String severity = sentence.startsWith("Use this setting only") ? "WARNING" : "INFO";
      return conditional(shape, json, "only-when", severity, only, sentence);
    }
    if (ADVICE.matcher(sentence).find()) {
      return unchecked(shape, json, "advice", "", sentence, "advice");
    }
    String why = reasonOf(sentence);
    return unchecked(
        shape,
        json,
        "other",
        "",
        sentence,
        why != null ? why : "a form of sentence the extractor does not read");
  }

  private Statement conditional(
      Shape.Structure shape,
      String json,
      String kind,
      String severity,
      Matcher m,
      String sentence) {
    String name = m.group("name");
    Matcher and = AND_CLAUSE.matcher(m.group("values"));
    if (and.matches()) {
      Resolved first = resolve(shape, name.trim(), values(and.group("first")));
      Resolved second = resolve(shape, and.group("name").trim(), values(and.group("values")));
      if (first != null && second != null) {
        String condition = first.condition() + " and " + second.condition();
        return new Statement(shape.name(), json, kind, condition, severity, "", sentence);
      }
    }
    Statement s =
        conditional(shape, json, kind, severity, name, values(m.group("values")), sentence);
    return s.checkable() || reasonOf(sentence) != null
        ? s
        : new Statement(
            shape.name(),
            json,
            kind,
            "",
            severity,
            "the condition's words could not be resolved: "
                + name.trim()
                + " to "
                + m.group("values"),
            sentence);
  }

  /**
   * A statement whose condition is that the setting {@code name} has one of the values {@code
   * words}, or, with no words, that it is set.
   */
  private Statement conditional(
      Shape.Structure shape,
      String json,
      String kind,
      String severity,
      String name,
      List<String> words,
      String sentence) {
    Resolved r = resolve(shape, name.trim(), words);
    if (r == null && reasonOf(sentence) != null) {
      return new Statement(shape.name(), json, kind, "", severity, reasonOf(sentence), sentence);
    }
    if (r == null) {
      String reason =
          "the condition's words could not be resolved: "
              + name.trim()
              + (words.isEmpty() ? "" : " to " + String.join(", ", words));
      return new Statement(shape.name(), json, kind, "", severity, reason, sentence);
    }
    return new Statement(shape.name(), json, kind, r.condition(), severity, "", sentence);
  }

  /**
   * "Use this setting only when you also enable X": X is enabled when it has any value but Disabled
   * (Scene change detection has two ways of being on), else when it is Enabled.
   */
  private Statement enabledOnly(Shape.Structure shape, String json, String name, String sentence) {
    Found f = find(shape, name.trim());
    Shape target = f == null ? null : model.shapes().get(f.member().target());
    if (target instanceof Shape.Enum e && e.values().contains("DISABLED")) {
      String condition = f.up() + ":" + f.member().jsonName() + "!=DISABLED";
      return new Statement(shape.name(), json, "only-when", condition, "WARNING", "", sentence);
    }
    return conditional(shape, json, "only-when", "WARNING", name, List.of("Enabled"), sentence);
  }

  /**
   * "Include this setting … only when you choose to change the default value for X": X has a value
   * other than the default the member's documentation names for it. The service ignores the member
   * otherwise, so it is an INFO.
   */
  private Statement offDefault(Shape.Structure shape, Member member, String name, String sentence) {
    Matcher d =
        Pattern.compile("keep the default value, ([^,]+), for the setting " + Pattern.quote(name))
            .matcher(member.documentation());
    Resolved r = d.find() ? resolve(shape, name, List.of(d.group(1))) : null;
    if (r == null) {
      String reason = "the condition's words could not be resolved: the default of " + name;
      return new Statement(
          shape.name(), member.jsonName(), "only-when", "", "INFO", reason, sentence);
    }
    String condition = r.condition().replace("=", "!=");
    return new Statement(
        shape.name(), member.jsonName(), "only-when", condition, "INFO", "", sentence);
  }

  /** "Required when you choose a value for the setting X that includes W": X's values with W. */
  private Statement including(Shape.Structure shape, String json, Matcher m, String sentence) {
    Found f = find(shape, m.group("name").trim());
    Shape target = f == null ? null : model.shapes().get(f.member().target());
    if (target instanceof Shape.Enum e) {
      String word = normal(m.group("word"));
      List<String> values = e.values().stream().filter(v -> normal(v).contains(word)).toList();
      if (!values.isEmpty()) {
        String condition = f.up() + ":" + f.member().jsonName() + "=" + String.join("|", values);
        return new Statement(shape.name(), json, "required-when", condition, "ERROR", "", sentence);
      }
    }
    String reason =
        "the condition's words could not be resolved: "
            + m.group("name")
            + " including "
            + m.group("word");
    return new Statement(shape.name(), json, "required-when", "", "ERROR", reason, sentence);
  }

  /**
   * A {@code requires} statement: its condition is {@code TRIGGER => up:member=V} (or {@code !=}
   * for "a value other than"), where the trigger is {@code *} (the member has a value) or {@code
   * =V1|V2} (the member has one of these values).
   */
  private Statement requires(Shape.Structure shape, Member member, Matcher m, String sentence) {
    String json = member.jsonName();
    String trigger = "*";
    if (m.group("enable") != null || m.group("choice") != null) {
      String word = m.group("enable") != null ? "Enabled" : m.group("choice").trim();
      trigger = trigger(member, word);
      if (trigger == null) {
        return unresolvedRequirement(shape, json, word, sentence);
      }
    }
    String name = m.group("name").trim();
    Resolved r = resolve(shape, name, values(m.group("values")));
    if (r != null && r.condition().startsWith("0:" + json + "=")) {
      // "When you want to apply your quantization settings manually, you must set Adaptive
      // quantization to a value other than Auto", in Adaptive quantization's own documentation.
      return new Statement(
          shape.name(),
          json,
          "requires",
          "",
          "ERROR",
          "speaks of the member itself: the settings it governs state it, and are checked, in"
              + " their own documentation",
          sentence);
    }
    if (r == null) {
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

  /** {@code =V}, the value of {@code member} that {@code word} names, or {@code null}. */
  private String trigger(Member member, String word) {
    Shape own = model.shapes().get(member.target());
    String value = own instanceof Shape.Enum e ? enumValue(e, word) : null;
    if (value == null && isNumber(member.target()) && word.matches("[0-9]+")) {
      value = word;
    }
    return value == null ? null : "=" + value;
  }

  /**
   * A {@code requires} statement whose requirement is that another member be set: {@code TRIGGER =>
   * up:member}. "When you do" is read as setting the member, for a member that is not an enum (the
   * sentence before names which of an enum's values it means).
   */
  private Statement requiresSet(Shape.Structure shape, Member member, Matcher m, String sentence) {
    String json = member.jsonName();
    String trigger = "*";
    if (m.group("did") != null && model.shapes().get(member.target()) instanceof Shape.Enum) {
      return unresolvedRequirement(shape, json, "which value 'When you do' means", sentence);
    }
    if (m.group("self") != null) {
      String self = normal(m.group("self"));
      if (!self.equals(normal(member.name())) && !self.equals(normal(json))) {
        return unresolvedRequirement(shape, json, m.group("self"), sentence);
      }
    } else if (m.group("choice") != null) {
      trigger = trigger(member, m.group("choice").trim());
      if (trigger == null) {
        return unresolvedRequirement(shape, json, m.group("choice"), sentence);
      }
    }
    String name = m.group("name").trim();
    Resolved r = resolve(shape, name, List.of());
    if (r == null || r.condition().equals("0:" + json)) {
      return unresolvedRequirement(shape, json, name, sentence);
    }
    return new Statement(
        shape.name(), json, "requires", trigger + " => " + r.condition(), "ERROR", "", sentence);
  }

  /**
   * "When you do, you must also separately specify a regular, an italic, and a bold italic font
   * file": {@code * => 0:fontFileRegular and 0:fontFileItalic and 0:fontFileBoldItalic}.
   */
  private Statement requiresEach(Shape.Structure shape, Member member, Matcher m, String sentence) {
    String json = member.jsonName();
    List<String> clauses = new ArrayList<>();
    for (String item : values(m.group("list"))) {
      String name = m.group("what") + " " + item.replaceFirst("^(?:and )?an? ", "");
      Resolved r = resolve(shape, name, List.of());
      if (r == null || r.condition().equals("0:" + json)) {
        return unresolvedRequirement(shape, json, name, sentence);
      }
      clauses.add(r.condition());
    }
    return new Statement(
        shape.name(),
        json,
        "requires",
        "* => " + String.join(" and ", clauses),
        "ERROR",
        "",
        sentence);
  }

  /**
   * "To enable X, you must also set A to V, B to W, or C to Y", in X's documentation: {@code
   * =ENABLED => 0:a=V or 0:b=W or 0:c=Y}.
   */
  private Statement requiresAny(Shape.Structure shape, Member member, Matcher m, String sentence) {
    String json = member.jsonName();
    String self = normal(m.group("self"));
    String trigger = trigger(member, "Enabled");
    if (trigger == null || (!self.equals(normal(member.name())) && !self.equals(normal(json)))) {
      return unresolvedRequirement(shape, json, m.group("self"), sentence);
    }
    List<String> clauses = new ArrayList<>();
    for (String pair : values(m.group("pairs"))) {
      int to = pair.lastIndexOf(" to ");
      Resolved r =
          to < 0 ? null : resolve(shape, pair.substring(0, to), List.of(pair.substring(to + 4)));
      if (r == null) {
        return unresolvedRequirement(shape, json, pair, sentence);
      }
      clauses.add(r.condition());
    }
    return new Statement(
        shape.name(),
        json,
        "requires",
        trigger + " => " + String.join(" or ", clauses),
        "ERROR",
        "",
        sentence);
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

  /** "A, B, or C" as its words ("Specified, frames" is one value's words). */
  static List<String> values(String text) {
    List<String> out = new ArrayList<>();
    for (String v :
        text.replace("Specified, ", "Specified ").split(",\\s*(?:or\\s+)?|\\s+or\\s+")) {
      String t = v.trim().replaceAll("^(?:either|the value)\\s+", "").replaceAll("[\"'.]", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private record Resolved(String condition) {}

  /** A member found by its display name, {@code up} structures above the statement's. */
  private record Found(int up, Member member) {}

  /**
   * The member a display name (or an alias of {@link #NAME_ALIASES}) names: first among the
   * siblings, then up the enclosing structures (a structure with one enclosing structure only;
   * several parents make the level ambiguous).
   */
  private Found find(Shape.Structure shape, String name) {
    String key = normal(name);
    String alias = NAME_ALIASES.get(key);
    Shape.Structure at = shape;
    for (int up = 0; up < 4 && at != null; up++) {
      for (Member m : at.members()) {
        if (normal(m.name()).equals(key)
            || normal(m.jsonName()).equals(key)
            || m.jsonName().equals(alias)) {
          return new Found(up, m);
        }
      }
      List<String> up1 = parents.getOrDefault(at.name(), List.of());
      at = up1.size() == 1 ? (Shape.Structure) model.shapes().get(up1.get(0)) : null;
    }
    return null;
  }

  /**
   * The condition a display name and value words state: {@code up:member=V1|V2} with the enum
   * values of the words, or, with no words, {@code up:member} (the member is set).
   */
  private Resolved resolve(Shape.Structure shape, String name, List<String> words) {
    Found f = find(shape, name);
    if (f == null) {
      return null;
    }
    String at = f.up() + ":" + f.member().jsonName();
    if (words.isEmpty()) {
      return new Resolved(at);
    }
    if (!(model.shapes().get(f.member().target()) instanceof Shape.Enum e)) {
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
    return new Resolved(at + "=" + String.join("|", resolved));
  }

  /**
   * The value of {@code e} that {@code word} names in display form ("Multi-pass HQ"), or through
   * {@link #VALUE_ALIASES} ("Custom" for Specified).
   */
  static String enumValue(Shape.Enum e, String word) {
    String w = normal(word);
    for (String v : e.values()) {
      if (normal(v).equals(w)) {
        return v;
      }
    }
    String alias = VALUE_ALIASES.get(w);
    return alias != null && e.values().contains(alias) ? alias : null;
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
