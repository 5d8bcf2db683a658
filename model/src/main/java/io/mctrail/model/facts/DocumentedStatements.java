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
import java.util.function.Function;

/**
 * The statements of a condition that the documentation of the AWS model's members makes ("Required
 * when you set Rate control mode to QVBR", "Must be divisible by 8", "When you specify a value for
 * Maximum YUV, you must set Sample range conversion to Limited range clip"), as the build extracted
 * them from the model it read into {@code documented-statements.tsv} beside the shapes. Validation
 * evaluates the checkable ones; the testkit keeps its valid jobs within them.
 *
 * <p>The forms ({@link Statement#kind()}) and what their {@link Statement#condition()} holds (a
 * condition is one {@link Condition}, or several joined by {@code " and "} or {@code " or "}):
 *
 * <ul>
 *   <li>{@code required}: the member must be set wherever its structure is (no condition);
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
          "required",
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

    /**
     * The clauses of the condition of a {@code required-when}, {@code only-when} or {@code
     * requires}: one, or several joined by {@code " and "} (each must hold) or {@code " or "} (one
     * must, {@link #anyClause()}).
     */
    public List<Condition> parsedConditions() {
      String c =
          kind.equals("requires") ? condition.substring(condition.indexOf("=> ") + 3) : condition;
      return c.isEmpty()
          ? List.of()
          : Arrays.stream(c.split(" and | or ")).map(Condition::parse).toList();
    }

    /** True when the condition's clauses are joined by {@code " or "}: one of them must hold. */
    public boolean anyClause() {
      return condition.contains(" or ");
    }

    /**
     * Whether the condition holds: true or false when the clauses decide it, {@code null} when it
     * is unknown (as {@link Condition#test} is for one clause).
     *
     * @param clauses this statement's {@link #parsedConditions()}, parsed once by the caller
     * @param owners the object each clause reads ({@code null} where there is none)
     */
    public Boolean holds(List<Condition> clauses, Function<Condition, JsonNode> owners) {
      Boolean decisive = anyClause() ? Boolean.TRUE : Boolean.FALSE;
      boolean unknown = false;
      for (Condition c : clauses) {
        Boolean b = c.test(owners.apply(c));
        if (decisive.equals(b)) {
          return decisive;
        }
        unknown |= b == null;
      }
      return unknown ? null : !decisive;
    }

    /**
     * The clause a {@code requires} reports when it is broken: the first broken clause of an {@code
     * and}, the first clause of an {@code or}.
     */
    public Condition reported(List<Condition> clauses, Function<Condition, JsonNode> owners) {
      for (Condition c : clauses) {
        if (anyClause() || clauseBroken(c, owners.apply(c))) {
          return c;
        }
      }
      return clauses.get(0);
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
     * sets the member, with a value that triggers it, and the object a clause reads breaks the
     * clause, or leaves unset a member the clause says must be set (to a value). A redacted member
     * or an unknown clause breaks nothing. Of several clauses, an {@code and} is broken when one
     * is, an {@code or} when each is.
     *
     * @param clauses this statement's {@link #parsedConditions()}, parsed once by the caller
     * @param owners the object each clause reads ({@code null} where there is none)
     */
    public boolean requirementBroken(
        List<Condition> clauses, JsonNode object, Function<Condition, JsonNode> owners) {
      JsonNode value = object.get(member);
      if (!isSet(value) || (value.isTextual() && RedactionMarker.isMarker(value.asText()))) {
        return false;
      }
      List<String> trigger = triggerValues();
      if (!trigger.isEmpty() && !trigger.contains(valueText(value))) {
        return false;
      }
      boolean any = anyClause();
      for (Condition c : clauses) {
        if (clauseBroken(c, owners.apply(c)) != any) {
          return !any;
        }
      }
      return any;
    }

    private static boolean clauseBroken(Condition condition, JsonNode owner) {
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
