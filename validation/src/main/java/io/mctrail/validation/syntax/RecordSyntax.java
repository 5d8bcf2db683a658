package io.mctrail.validation.syntax;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.mctrail.records.Utf8;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The syntax layer: reads a record's bytes into a tree, and says why when it cannot (bytes that are
 * not well-formed UTF-8, JSON that is not well-formed, a read limit passed, a number beyond the
 * range of a double, a record that is no object). What it finds stops the record from being checked
 * further; its rules are {@link SyntaxRules}.
 */
public final class RecordSyntax {

  private final ObjectMapper mapper;

  /** Reads records into trees whose doubles are all finite, or throws {@link NonFinite}. */
  private final ObjectReader treeReader;

  private final int maxNestingDepth;

  /**
   * A reader with {@code mapper}'s parser factory (whose stream read constraints are the limits)
   * that fails on duplicate names and trailing tokens.
   *
   * @param maxNestingDepth how deep a tree built in code may nest (a parsed one cannot go deeper
   *     than the factory's limit)
   */
  public RecordSyntax(ObjectMapper mapper, int maxNestingDepth) {
    this.mapper = mapper;
    this.treeReader = mapper.reader().with(FiniteNodeFactory.INSTANCE);
    this.maxNestingDepth = maxNestingDepth;
  }

  /**
   * A record as read: its tree, and whether it is known to be within the limits (a tree that holds
   * a number beyond the range of a double is read again without that check, and is not).
   */
  public record Read(JsonNode tree, boolean withinLimits) {}

  /**
   * Reads one record given as JSON bytes (UTF-8), or reports to {@code findings} why it cannot and
   * returns {@code null}. Never throws. Bytes that are not well-formed UTF-8 are {@code
   * syntax.invalid-json}, even where Jackson would decode them.
   */
  public Read read(byte[] json, Findings findings) {
    int invalid = Utf8.firstInvalid(json);
    if (invalid >= 0) {
      findings.add(
          SyntaxRules.INVALID_JSON,
          "",
          Utf8.position(json, invalid)
              + ": the bytes are not well-formed UTF-8 (byte 0x"
              + Integer.toHexString(json[invalid] & 0xff)
              + " starts an ill-formed sequence)");
      return null;
    }
    try (JsonParser parser = mapper.createParser(json)) {
      JsonNode root;
      boolean finite = true;
      try {
        root = readTree(parser);
        if (root == null) {
          finite = false;
          try (JsonParser again = mapper.createParser(json)) {
            root = mapper.readTree(again);
          }
        }
      } catch (JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof StreamConstraintsException limit) {
            limitExceeded(limit, parser, findings);
            return null;
          }
        }
        syntaxError(e, findings);
        return null;
      }
      if (root == null || root.isMissingNode()) {
        findings.add(SyntaxRules.INVALID_JSON, "", "the record is empty");
        return null;
      }
      return new Read(root, finite);
    } catch (IOException e) {
      findings.add(
          SyntaxRules.INVALID_JSON, "", "cannot read the record: " + e.getClass().getSimpleName());
      return null;
    }
  }

  /**
   * Whether the checks can walk {@code root}: an object within the nesting limit and free of
   * numbers beyond the range of a double. Otherwise reports why to {@code findings}. A tree {@link
   * #read} found {@link Read#withinLimits() within the limits} needs no walk: pass {@code
   * mayBreach} false.
   */
  public boolean checkable(JsonNode root, boolean mayBreach, Findings findings) {
    Breach breach = root == null || !mayBreach ? null : breach(root, maxNestingDepth);
    if (breach != null) {
      findings.add(SyntaxRules.LIMIT_EXCEEDED, breach.pointer(), breach.message());
      return false;
    }
    if (root == null || !root.isObject()) {
      findings.add(
          SyntaxRules.NOT_AN_OBJECT,
          "",
          "the record is "
              + (root == null ? "missing" : root.getNodeType().name().toLowerCase(Locale.ROOT))
              + ", not an object");
      return false;
    }
    return true;
  }

  /** Where a tree goes beyond what can be validated, and how. */
  record Breach(String pointer, String message) {}

  /**
   * The first place where {@code root} nests deeper than {@code maxDepth} levels, or holds a number
   * beyond the range of a double (parsed from {@code 1e400}, or NaN or infinite in a tree built in
   * code: no exact value, which the checks compare by), or {@code null}. It recurses no deeper than
   * {@code maxDepth}, so it cannot overflow the stack on the trees it is there to catch, and it
   * builds the pointer only for a breach.
   */
  static Breach breach(JsonNode root, int maxDepth) {
    Deque<String> tokens = new ArrayDeque<>();
    String message = breach(root, 1, maxDepth, tokens);
    return message == null ? null : new Breach(JsonPointers.of(List.copyOf(tokens)), message);
  }

  /** The breach under {@code node}, with its reference tokens pushed onto {@code tokens}. */
  private static String breach(JsonNode node, int depth, int maxDepth, Deque<String> tokens) {
    if (!node.isContainerNode()) {
      if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
        return "a number beyond the range of a double (" + node.asText() + ")";
      }
      return null;
    }
    if (depth > maxDepth) {
      return "the record nests deeper than the limit of " + maxDepth + " levels";
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (value.isContainerNode() || value.isDouble() || value.isFloat()) {
          String found = breach(value, depth + 1, maxDepth, tokens);
          if (found != null) {
            tokens.push(field.getKey());
            return found;
          }
        }
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isContainerNode() || value.isDouble() || value.isFloat()) {
          String found = breach(value, depth + 1, maxDepth, tokens);
          if (found != null) {
            tokens.push(Integer.toString(i));
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The tree of a record, or {@code null} when it holds a number beyond the range of a double. */
  private JsonNode readTree(JsonParser parser) throws IOException {
    try {
      JsonNode root = treeReader.readTree(parser);
      // trailing tokens: the reader checks them as the mapper does (FAIL_ON_TRAILING_TOKENS)
      return root == null ? MissingNode.getInstance() : root;
    } catch (NonFinite e) {
      return null;
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof NonFinite) {
        return null;
      }
      throw e;
    }
  }

  private static void syntaxError(JsonProcessingException e, Findings findings) {
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
    String message = safe(e.getOriginalMessage());
    int jackson = message.indexOf(" for `ObjectNode`");
    if (message.startsWith("Duplicate field") && jackson > 0) {
      message = message.substring(0, jackson) + ": a name may appear once in an object";
    }
    findings.add(SyntaxRules.INVALID_JSON, "", where + message);
  }

  /** A record over a read limit, reported where parsing stopped (the parser's context). */
  private static void limitExceeded(
      StreamConstraintsException e, JsonParser parser, Findings findings) {
    JsonLocation loc = parser.currentLocation();
    String pointer =
        parser.getParsingContext() == null
            ? ""
            : parser.getParsingContext().pathAsPointer().toString();
    findings.add(
        SyntaxRules.LIMIT_EXCEEDED,
        pointer,
        "line "
            + loc.getLineNr()
            + ", column "
            + loc.getColumnNr()
            + ": "
            + safe(e.getOriginalMessage()));
  }

  /**
   * A parser's message without the source excerpt Jackson may quote (it could hold a secret): its
   * first line, at most 300 characters.
   */
  public static String safe(String message) {
    if (message == null) {
      return "";
    }
    String m = message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  /**
   * Builds trees as Jackson's own factory does, but stops at a number beyond the range of a double
   * ({@code 1e400}): then the record is read again and {@link #breach} says where. A parsed tree
   * nests no deeper than the parser's limit, so a tree this factory completes needs no breach walk.
   */
  private static final class FiniteNodeFactory extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    static final FiniteNodeFactory INSTANCE = new FiniteNodeFactory();

    @Override
    public NumericNode numberNode(double v) {
      if (!Double.isFinite(v)) {
        throw NonFinite.INSTANCE;
      }
      return super.numberNode(v);
    }

    @Override
    public NumericNode numberNode(float v) {
      if (!Float.isFinite(v)) {
        throw NonFinite.INSTANCE;
      }
      return super.numberNode(v);
    }
  }

  /** A record holds a number beyond the range of a double; thrown by {@link FiniteNodeFactory}. */
  private static final class NonFinite extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NonFinite INSTANCE = new NonFinite();

    private NonFinite() {
      super("a number beyond the range of a double", null, false, false);
    }
  }
}
