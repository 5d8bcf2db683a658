package io.mctrail.validation.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.model.facts.DocumentedStatements.Condition;
import io.mctrail.model.facts.DocumentedStatements.Statement;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the model's documentation states, evaluated from data by one small engine: each
 * statement the build resolved ({@link DocumentedStatements}) and no hand-written rule checks
 * becomes a rule, {@code semantics.documented-<shape>-<member>-<kind>} (for example {@code
 * semantics.documented-clip-limits-maximum-yuv-requires}), whose source is the sentence. The engine
 * walks a settings tree once, knowing each object's shape from the model, and evaluates at each
 * object the statements of its shape.
 *
 * <p>What a statement needs to be judged: a condition on a member that is absent or redacted is
 * unknown, and an unknown condition is never a finding, except that "you must set X to V" is broken
 * by a job that does not set X.
 */
final class DocumentedRules implements Concern {

  private record Compiled(Statement statement, Rule rule, List<Condition> clauses) {}

  private static final class Holder {
    static final Map<Statement, Rule> RULES = new IdentityHashMap<>();
    static final Map<String, List<Compiled>> BY_SHAPE = new HashMap<>();
    static final List<Rule> ALL;

    static {
      Map<String, Integer> seen = new HashMap<>();
      List<Rule> all = new ArrayList<>();
      for (Statement s : DocumentedStatements.all()) {
        if (!s.evaluable() || DocumentedCoverage.handWrittenRule(s) != null) {
          continue;
        }
        String name = s.ruleName();
        int n = seen.merge(name, 1, Integer::sum);
        Rule rule =
            Sources.rule(
                n == 1 ? name : name + "-" + n,
                Severity.valueOf(s.severity().isEmpty() ? "ERROR" : s.severity()),
                summary(s),
                Sources.model(s.shape() + "." + s.member(), s.sentence()));
        RULES.put(s, rule);
        all.add(rule);
        List<Condition> c = s.condition().contains(":") ? s.parsedConditions() : List.of();
        BY_SHAPE.computeIfAbsent(s.shape(), k -> new ArrayList<>()).add(new Compiled(s, rule, c));
      }
      ALL = Collections.unmodifiableList(all);
    }
  }

  /**
   * A name in camel case in the words of a rule id: {@code maximumRGBTolerance}, {@code
   * maximum-rgb-tolerance}.
   */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** The rule of a statement the engine evaluates, or {@code null} when it evaluates none. */
  static Rule ruleOf(Statement s) {
    return Holder.RULES.get(s);
  }

  @Override
  public List<Rule> rules() {
    return Holder.ALL;
  }

  private static String summary(Statement s) {
    String at = s.shape() + "." + s.member();
    return switch (s.kind()) {
      case "required", "required-when" -> at + " is missing where its documentation requires it.";
      case "only-when" -> at + " is set where its documentation says it has no effect.";
      case "multiple-of" -> at + " is not a multiple of " + s.condition() + ".";
      case "one-of" -> at + " is not one of " + s.condition().replace("|", ", ") + ".";
      case "positive" -> at + " is not greater than zero.";
      case "same-in-job" -> at + " differs from its value in another object of the same job.";
      default -> at + " is set without the setting its documentation requires with it.";
    };
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    ValueType type =
        switch (tree.shape()) {
          case "JobTemplateSettings" -> MediaConvertShapes.JobTemplateSettings;
          case "PresetSettings" -> MediaConvertShapes.PresetSettings;
          default -> MediaConvertShapes.JobSettings;
        };
    StructureDescriptor<?> root = type.structure();
    if (root != null) {
      walk(tree.root(), root, new ArrayList<>(), new HashMap<>(), findings);
    }
  }

  /**
   * Evaluates the statements of {@code node}'s shape, then walks its members. {@code firsts} holds,
   * for each {@code same-in-job} rule, the first object of the tree that set its member.
   */
  private static void walk(
      Node node,
      StructureDescriptor<?> shape,
      List<Node> stack,
      Map<Rule, Node> firsts,
      Findings findings) {
    stack.add(node);
    List<Compiled> statements = Holder.BY_SHAPE.get(shape.shapeName());
    if (statements != null) {
      for (Compiled c : statements) {
        if (findings.isEnabled(c.rule())) {
          evaluate(c, node, shape, stack, firsts, findings);
        }
      }
    }
    for (var fields = node.json().fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      MemberDescriptor<?> member = shape.memberByJsonName(field.getKey());
      if (member == null) {
        continue;
      }
      ValueType type = member.type();
      JsonNode value = field.getValue();
      if (type.kind() == ValueType.Kind.STRUCTURE && value.isObject()) {
        StructureDescriptor<?> d = type.structure();
        if (d != null) {
          walk(new Node(node.path().child(field.getKey()), value), d, stack, firsts, findings);
        }
      } else if (type.kind() == ValueType.Kind.LIST
          && value.isArray()
          && type.element().kind() == ValueType.Kind.STRUCTURE
          && type.element().structure() != null) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            Node element = new Node(node.path().child(field.getKey()).child(i), value.get(i));
            walk(element, type.element().structure(), stack, firsts, findings);
          }
        }
      }
    }
    stack.remove(stack.size() - 1);
  }

  private static void evaluate(
      Compiled c,
      Node node,
      StructureDescriptor<?> shape,
      List<Node> stack,
      Map<Rule, Node> firsts,
      Findings findings) {
    Statement s = c.statement();
    String member = s.member();
    switch (s.kind()) {
      case "required", "required-when" -> {
        if (!node.has(member) && holds(c, stack) == Boolean.TRUE) {
          findings.add(
              c.rule(),
              node.at(member),
              node.pointer(),
              message(s, c.clauses(), stack),
              null,
              null);
        }
      }
      case "only-when" -> {
        if (node.has(member) && holds(c, stack) == Boolean.FALSE) {
          findings.add(c.rule(), node.at(member), null, message(s, c.clauses(), stack), null, null);
        }
      }
      case "multiple-of", "one-of", "positive" -> {
        MemberDescriptor<?> m = shape.memberByJsonName(s.member());
        if (m != null && admitted(m.type(), node.json().get(s.member()))) {
          number(c, node, findings);
        }
      }
      case "requires" -> requires(c, node, stack, findings);
      case "same-in-job" -> same(c, node, firsts, findings);
      default -> {}
    }
  }

  /**
   * True when the model admits the number: of the member's type (whole for an integer) and within
   * its range. A number the model does not admit is the schema's and the constraints' finding; the
   * documented rule judges only the others, so that one defect gives one finding.
   */
  private static boolean admitted(ValueType type, JsonNode n) {
    if (n == null || !n.isNumber()) {
      return false;
    }
    BigDecimal v = n.decimalValue();
    boolean whole = v.stripTrailingZeros().scale() <= 0;
    if ((type.kind() == ValueType.Kind.INTEGER || type.kind() == ValueType.Kind.LONG) && !whole) {
      return false;
    }
    return (type.min() == null || v.compareTo(type.min()) >= 0)
        && (type.max() == null || v.compareTo(type.max()) <= 0);
  }

  private static void number(Compiled c, Node node, Findings findings) {
    Statement s = c.statement();
    Double v = node.number(s.member());
    if (v == null) {
      return;
    }
    if (s.numberBroken(v)) {
      findings.add(
          c.rule(),
          node.at(s.member()),
          null,
          s.member() + " is " + Numbers.format(v) + "; the documentation: \"" + s.sentence() + "\"",
          s.condition().isEmpty() ? "greater than 0" : s.condition().replace("|", ", "),
          Numbers.format(v));
    }
  }

  /** The member has the value the first object of its shape in the job gave it. */
  private static void same(Compiled c, Node node, Map<Rule, Node> firsts, Findings findings) {
    String member = c.statement().member();
    JsonNode value = node.json().get(member);
    if (value == null || value.isNull() || Node.isMarker(value)) {
      return;
    }
    Node first = firsts.putIfAbsent(c.rule(), node);
    if (first == null) {
      return;
    }
    JsonNode expected = first.json().get(member);
    if (!DocumentedStatements.sameValue(expected, value)) {
      findings.add(
          c.rule(),
          node.at(member),
          first.at(member),
          member
              + " is "
              + value
              + " where an earlier one of the job is "
              + expected
              + "; the documentation: \""
              + c.statement().sentence()
              + "\"",
          expected.toString(),
          value.toString());
    }
  }

  private static void requires(Compiled c, Node node, List<Node> stack, Findings findings) {
    Statement s = c.statement();
    if (s.requirementBroken(c.clauses(), node.json(), cl -> json(owner(cl, stack)))) {
      Condition cond = s.reported(c.clauses(), cl -> json(owner(cl, stack)));
      Node owner = owner(cond, stack);
      boolean unset = owner != null && !owner.has(cond.member());
      findings.add(
          c.rule(),
          node.at(s.member()),
          owner == null ? null : owner.at(cond.member()),
          message(s, c.clauses(), stack),
          cond.presence()
              ? "set"
              : (cond.negated() ? "not " : "") + String.join(" or ", cond.values()),
          owner == null || unset
              ? "(not set)"
              : DocumentedStatements.valueText(owner.json().get(cond.member())));
    }
  }

  /** The object the condition reads, {@code up} structures above the statement's. */
  private static Node owner(Condition c, List<Node> stack) {
    int at = stack.size() - 1 - c.up();
    return at >= 0 ? stack.get(at) : null;
  }

  private static JsonNode json(Node node) {
    return node == null ? null : node.json();
  }

  /** True or false when the condition's clauses decide it; {@code null} when unknown. */
  private static Boolean holds(Compiled c, List<Node> stack) {
    return c.statement().holds(c.clauses(), cl -> json(owner(cl, stack)));
  }

  /** "member: a is V, b is not set; the documentation: …". */
  private static String message(Statement s, List<Condition> clauses, List<Node> stack) {
    List<String> states = new ArrayList<>();
    for (Condition c : clauses) {
      Node owner = owner(c, stack);
      String actual =
          owner == null ? null : DocumentedStatements.valueText(owner.json().get(c.member()));
      if (c.presence() && owner != null && owner.has(c.member())) {
        actual = "set";
      }
      states.add(c.member() + " is " + (actual == null ? "not set" : actual));
    }
    return s.member()
        + (states.isEmpty() ? " is not set" : ": " + String.join(", ", states))
        + "; the documentation: \""
        + s.sentence()
        + "\"";
  }
}
