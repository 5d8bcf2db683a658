package io.mctrail.testkit.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.model.facts.DocumentedStatements.Condition;
import io.mctrail.model.facts.DocumentedStatements.Statement;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Keeps drawn settings within the statements the model's documentation makes and the validator
 * evaluates ({@link DocumentedStatements}), reading the same data: a member required when its
 * condition holds is drawn, a member set where its condition makes it ineffective is removed, a
 * number is moved to the nearest multiple or listed value in its range, a member that requires
 * another setting it does not have is removed, and a member that must be the same across the job
 * takes the value of its first. Runs after the other repairs but the ordering of pairs of numbers.
 */
final class DocumentedRepair {

  private static final Map<String, List<Statement>> BY_SHAPE = new HashMap<>();

  static {
    for (Statement s : DocumentedStatements.all()) {
      if (s.evaluable()) {
        BY_SHAPE.computeIfAbsent(s.shape(), k -> new ArrayList<>()).add(s);
      }
    }
  }

  private DocumentedRepair() {}

  /** Repairs every object of the settings tree, the root first. */
  static void settings(ShapedNode root, RandomGenerator random) {
    walk(root, new ArrayList<>(), new HashMap<>(), random);
  }

  private static void walk(
      ShapedNode node,
      List<ShapedNode> stack,
      Map<Statement, JsonNode> firsts,
      RandomGenerator random) {
    stack.add(node);
    List<Statement> statements = BY_SHAPE.get(node.shapeName());
    if (statements != null) {
      // A member one statement draws may be the condition of another (Dolby Vision's profile,
      // drawn because Dolby Vision is present, may be 8.1, which requires a mapping): the
      // statements are applied again until the object no longer changes.
      JsonNode before;
      int passes = 0;
      do {
        before = node.json().deepCopy();
        for (Statement s : statements) {
          repair(s, node, stack, firsts, random);
        }
      } while (!node.json().equals(before) && ++passes < 4);
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.json().fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    for (String member : names) {
      ValueType type = node.type(member);
      if (type == null) {
        continue;
      }
      switch (type.kind()) {
        case STRUCTURE -> {
          ShapedNode child = node.child(member);
          if (child != null) {
            walk(child, stack, firsts, random);
          }
        }
        case LIST -> node.list(member).forEach(e -> walk(e, stack, firsts, random));
        case MAP -> node.entries(member).values().forEach(e -> walk(e, stack, firsts, random));
        default -> {}
      }
    }
    stack.remove(stack.size() - 1);
  }

  private static void repair(
      Statement s,
      ShapedNode node,
      List<ShapedNode> stack,
      Map<Statement, JsonNode> firsts,
      RandomGenerator random) {
    String member = s.member();
    if (node.isRedacted(member)) {
      return;
    }
    switch (s.kind()) {
      case "required", "required-when" -> {
        if (!node.has(member) && holds(s, stack) == Boolean.TRUE) {
          ValueType type = node.type(member);
          if (type != null && type.kind() == ValueType.Kind.STRUCTURE) {
            node.ensureChild(member, random);
          } else {
            node.ensure(member, random);
          }
        }
      }
      case "only-when" -> {
        if (node.has(member) && holds(s, stack) == Boolean.FALSE) {
          node.remove(member);
        }
      }
      case "multiple-of", "one-of", "positive" -> number(s, node);
      case "same-in-job" -> {
        JsonNode value = node.json().get(member);
        if (value != null && !value.isNull()) {
          JsonNode first = firsts.putIfAbsent(s, value);
          if (first != null && !DocumentedStatements.sameValue(first, value)) {
            node.setNode(member, first.deepCopy());
          }
        }
      }
      case "requires" -> {
        if (s.requirementBroken(s.parsedConditions(), node.json(), c -> json(owner(c, stack)))) {
          node.remove(member);
        }
      }
      default -> {}
    }
  }

  private static void number(Statement s, ShapedNode node) {
    Double v = node.number(s.member());
    if (v == null) {
      return;
    }
    switch (s.kind()) {
      case "positive" -> {
        if (s.numberBroken(v)) {
          node.setNumber(s.member(), node.clamp(s.member(), 1));
        }
      }
      case "multiple-of" -> {
        long n = s.numbers().get(0);
        if (s.numberBroken(v)) {
          double down = Math.floor(v / n) * n;
          double fixed = node.inRange(s.member(), down) ? down : down + n;
          if (node.inRange(s.member(), fixed)) {
            node.setNumber(s.member(), fixed);
          } else {
            node.remove(s.member());
          }
        }
      }
      default -> {
        if (s.numberBroken(v)) {
          Long best = null;
          for (long allowed : s.numbers()) {
            if (node.inRange(s.member(), allowed)
                && (best == null || Math.abs(allowed - v) < Math.abs(best - v))) {
              best = allowed;
            }
          }
          if (best != null) {
            node.setNumber(s.member(), best);
          } else {
            node.remove(s.member());
          }
        }
      }
    }
  }

  private static ShapedNode owner(Condition c, List<ShapedNode> stack) {
    int at = stack.size() - 1 - c.up();
    return at >= 0 ? stack.get(at) : null;
  }

  private static JsonNode json(ShapedNode node) {
    return node == null ? null : node.json();
  }

  /** As the validator reads a condition: true or false when its clauses decide it, or null. */
  private static Boolean holds(Statement s, List<ShapedNode> stack) {
    return s.holds(s.parsedConditions(), c -> json(owner(c, stack)));
  }
}
