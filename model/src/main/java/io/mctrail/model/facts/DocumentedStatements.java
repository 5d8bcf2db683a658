package io.mctrail.model.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.RedactionMarker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The statements of a condition that the documentation of the AWS model's members makes ("Required
 * when you set Rate control mode to QVBR", "Must be divisible by 8", "When you specify a value for
 * Maximum YUV, you must set Sample range conversion to Limited range clip"), as the build extracted
 * them from the model it read into {@code documented-statements.tsv} beside the shapes. Validation
 * evaluates the checkable ones; the testkit keeps its valid jobs within them.
 *
 * <p>The forms ({@link Statement#kind()}) and what their {@link Statement#condition()} holds:
 *
 * <ul>
 *   <li>{@code required-when}: the member must be set when the {@link Condition} holds;
 *   <li>{@code only-when}: the member has an effect only when the condition holds;
 *   <li>{@code multiple-of}: the number is a multiple of the condition's integer;
 *   <li>{@code one-of}: the number is one of the condition's {@code |}-separated integers;
 *   <li>{@code positive}: the number is greater than zero (no condition);
 *   <li>{@code requires}: {@code TRIGGER => CONDITION}: when the member is set ({@code *}) or has
 *       one of the trigger's values ({@code =V1|V2}), the condition must hold;
 *   <li>{@code same-in-job}: every object of the shape in one job that sets the member sets it to
 *       the same value (no condition);
 *   <li>{@code advice} and {@code other}: not checkable, with the reason.
 * </ul>
 */
public final class DocumentedStatements {

  /** The resource the build writes, beside the generated shapes. */
  public static final String RESOURCE = "/io/mctrail/model/documented-statements.tsv";

  /** The kinds a validator can evaluate when the statement was resolved. */
  public static final Set<String> EVALUATED =
      Set.of(
          "required-when",
          "only-when",
          "multiple-of",
          "one-of",
          "positive",
          "requires",
          "same-in-job");

  /**
   * One statement.
   *
   * @param shape the structure whose member's documentation states it
   * @param member the member's JSON name
   * @param kind the statement's form (see the class comment)
   * @param resolved true when the build resolved its names to members and enum values
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}, as its wording says; may be
   *     empty for a statement that is not checkable
   * @param condition the resolved condition, in the form of its kind; empty when unresolved
   * @param reason why it is not checkable from a recorded event; empty when it is
   * @param sentence the sentence as the documentation states it
   */
  public record Statement(
      String shape,
      String member,
      String kind,
      boolean resolved,
      String severity,
      String condition,
      String reason,
      String sentence) {

    /** True when a validator can evaluate it: resolved, and of a kind it evaluates. */
    public boolean evaluable() {
      return resolved && EVALUATED.contains(kind);
    }

    /** The condition of a {@code required-when}, {@code only-when} or {@code requires}. */
    public Condition parsedCondition() {
      String c =
          kind.equals("requires") ? condition.substring(condition.indexOf("=> ") + 3) : condition;
      return Condition.parse(c);
    }

    /**
     * The trigger of a {@code requires}: empty for "the member is set", otherwise the values that
     * trigger it.
     */
    public List<String> triggerValues() {
      String t = condition.substring(0, condition.indexOf(" =>"));
      return t.equals("*") ? List.of() : List.of(t.substring(1).split("\\|"));
    }

    /**
     * The name of the rule that checks the statement when no hand-written rule does: {@code
     * documented-<shape>-<member>-<kind>}, in the words of a rule id ({@code
     * documented-clip-limits-maximum-yuv-requires}).
     */
    public String ruleName() {
      return "documented-" + kebab(shape) + "-" + kebab(member) + "-" + kind;
    }

    /**
     * Whether a {@code requires} statement is broken: {@code object} (the statement's structure)
     * sets the member, with a value that triggers it, and {@code owner} (the object {@code
     * condition} reads) breaks the condition, or leaves unset a member the statement says must be
     * set to a value. A redacted member or an unknown condition breaks nothing.
     *
     * @param condition this statement's {@link #parsedCondition()}, parsed once by the caller
     */
    public boolean requirementBroken(Condition condition, JsonNode object, JsonNode owner) {
      JsonNode value = object.get(member);
      if (!isSet(value) || (value.isTextual() && RedactionMarker.isMarker(value.asText()))) {
        return false;
      }
      List<String> trigger = triggerValues();
      if (!trigger.isEmpty() && !trigger.contains(valueText(value))) {
        return false;
      }
      Boolean holds = condition.test(owner);
      boolean unset = owner != null && !isSet(owner.get(condition.member()));
      return holds == Boolean.FALSE || (holds == null && unset && !condition.negated());
    }

    /**
     * Whether the number {@code v} breaks a {@code multiple-of}, {@code one-of} or {@code
     * positive}.
     */
    public boolean numberBroken(double v) {
      boolean whole = v == Math.rint(v);
      return switch (kind) {
        case "multiple-of" -> !whole || Math.rint(v) % numbers().get(0) != 0;
        case "one-of" -> !whole || !numbers().contains((long) Math.rint(v));
        default -> v <= 0;
      };
    }

    private static boolean isSet(JsonNode n) {
      return n != null && !n.isNull();
    }

    /** The integers of a {@code multiple-of} (one) or a {@code one-of}. */
    public List<Long> numbers() {
      return Arrays.stream(condition.split("\\|")).map(Long::valueOf).toList();
    }
  }

  /**
   * A condition on a member of the statement's structure or of a structure enclosing it.
   *
   * @param up how many structures up the settings tree from the statement's structure (0: itself)
   * @param member the JSON name of the member the condition reads
   * @param values the enum values (or integers) it names; empty for "the member is set"
   * @param negated true for "a value other than": the member must have none of the values
   */
  public record Condition(int up, String member, List<String> values, boolean negated) {

    /** Reads {@code up:member=V1|V2}, {@code up:member!=V1|V2} or {@code up:member} (is set). */
    static Condition parse(String text) {
      int colon = text.indexOf(':');
      int eq = text.indexOf('=');
      if (eq < 0) {
        return new Condition(
            Integer.parseInt(text.substring(0, colon)),
            text.substring(colon + 1),
            List.of(),
            false);
      }
      boolean negated = text.charAt(eq - 1) == '!';
      return new Condition(
          Integer.parseInt(text.substring(0, colon)),
          text.substring(colon + 1, negated ? eq - 1 : eq),
          List.of(text.substring(eq + 1).split("\\|")),
          negated);
    }

    /** True for a condition that the member be set, whatever its value. */
    public boolean presence() {
      return values.isEmpty();
    }

    /** True when {@code value} meets the condition. */
    public boolean accepts(String value) {
      return presence() || values.contains(value) != negated;
    }

    /**
     * Whether the condition holds on {@code owner}, the object it reads: true or false when the
     * member is set and readable, {@code null} when it is unknown (absent, redacted, or of a type
     * the condition does not name). A {@link #presence()} condition is false when the member is
     * absent, and unknown only when it is redacted.
     */
    public Boolean test(JsonNode owner) {
      if (owner == null) {
        return null;
      }
      JsonNode n = owner.get(member);
      if (presence()) {
        if (n == null || n.isNull()) {
          return false;
        }
        return n.isTextual() && RedactionMarker.isMarker(n.asText()) ? null : true;
      }
      String value = valueText(n);
      return value == null ? null : accepts(value);
    }
  }

  /**
   * A value as statements name it: an enum's text, or a whole number's digits ({@code 1.0} is
   * {@code 1}); {@code null} when absent, redacted or otherwise.
   */
  public static String valueText(JsonNode n) {
    if (n == null || (n.isTextual() && RedactionMarker.isMarker(n.asText()))) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isNumber()) {
      BigDecimal d = n.decimalValue().stripTrailingZeros();
      return d.scale() <= 0 ? d.toPlainString() : null;
    }
    return null;
  }

  /** {@code maximumRGBTolerance} as {@code maximum-rgb-tolerance}. */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** True when two set values are the same value ({@code 1} and {@code 1.0} are). */
  public static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static final class Holder {
    static final List<Statement> ALL = read();
  }

  private DocumentedStatements() {}

  /**
   * Every statement of the model the build read, in shape order; empty when the resource is absent
   * (a model module built without it).
   */
  public static List<Statement> all() {
    return Holder.ALL;
  }

  private static List<Statement> read() {
    List<Statement> out = new ArrayList<>();
    try (InputStream in = DocumentedStatements.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        out.add(new Statement(f[0], f[1], f[2], "C".equals(f[3]), f[4], f[5], f[6], f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
