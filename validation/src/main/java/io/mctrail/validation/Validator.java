package io.mctrail.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates CloudTrail records of MediaConvert API calls. Built once from a {@link
 * ValidatorConfig}, thread-safe, reusable. It never throws for bad input: every problem is a {@link
 * Finding} with a rule id and a JSON Pointer into the event as it was read.
 *
 * <pre>{@code
 * Validator validator = Validator.create(ValidatorConfig.defaults());
 * ValidationResult result = validator.validate(bytes);
 * result.findings().forEach(f -> System.out.println(f.rule() + " " + f.pointer()));
 * }</pre>
 */
public final class Validator {

  private final ValidatorConfig config;
  private final List<Check> checks;
  private final ObjectMapper mapper;

  /** Reads records into trees whose doubles are all finite, or throws {@link NonFinite}. */
  private final ObjectReader treeReader;

  /** Finds where findings are, reading with the same limits. */
  private final FindingLocator locator;

  private Validator(ValidatorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    // Only the checks with a rule that runs under this configuration.
    this.checks =
        Checks.all().stream()
            .filter(check -> check.rules().stream().anyMatch(config::isEnabled))
            .toList();
    ReadLimits limits = config.readLimits();
    JsonFactory factory =
        JsonFactory.builder().streamReadConstraints(limits.streamReadConstraints()).build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new McTrailModule())
            // Duplicate keys are found as the tree is built (a map put that replaces a value), at
            // no cost: the parser's own detection keeps a set of the names of every object.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.treeReader = mapper.reader().with(FiniteNodeFactory.INSTANCE);
    this.locator = new FindingLocator(factory);
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

  /** A validator with this configuration. */
  public static Validator create(ValidatorConfig config) {
    return new Validator(config);
  }

  /** A validator with the default configuration. */
  public static Validator create() {
    return new Validator(ValidatorConfig.defaults());
  }

  public ValidatorConfig config() {
    return config;
  }

  /** Every rule mctrail knows, in layer order: the catalogue. */
  public static List<Rule> catalogue() {
    List<Rule> rules = new ArrayList<>(SyntaxRules.ALL);
    for (Check check : Checks.all()) {
      rules.addAll(check.rules());
    }
    rules.sort(java.util.Comparator.comparing(Rule::layer));
    return Collections.unmodifiableList(rules);
  }

  /** Validates one record given as JSON bytes (UTF-8). */
  public ValidationResult validate(byte[] json) {
    return validate(parse(json));
  }

  /**
   * Validates a record {@link #parse read} with this validator: its findings when it could not be
   * read, otherwise those of its tree. The same as {@link #validate(JsonNode)} of the tree, with
   * less work: what reading already proved is not checked again.
   */
  public ValidationResult validate(Parsed parsed) {
    if (parsed.failure() != null) {
      return parsed.failure();
    }
    return validateTree(parsed.tree(), !parsed.withinLimits);
  }

  /**
   * A record read with a validator's {@link ReadLimits}: its tree, or the result of a record that
   * could not be read (its syntax findings). For callers that look at a record before validating
   * it, such as a command that skips other services' records; {@link #validate(Parsed)} validates
   * it. Only {@link #parse} makes one.
   */
  public static final class Parsed {
    private final JsonNode tree;
    private final ValidationResult failure;
    private final boolean withinLimits;

    private Parsed(JsonNode tree, ValidationResult failure, boolean withinLimits) {
      this.tree = tree;
      this.failure = failure;
      this.withinLimits = withinLimits;
    }

    private static Parsed failed(ValidationResult failure) {
      return new Parsed(null, failure, false);
    }

    /** The record as read, or {@code null} when it could not be read. */
    public JsonNode tree() {
      return tree;
    }

    /** The findings of a record that could not be read, or {@code null} when it could. */
    public ValidationResult failure() {
      return failure;
    }
  }

  /**
   * Reads one record given as JSON bytes (UTF-8), without validating it. Never throws. Bytes that
   * are not well-formed UTF-8 are {@code syntax.invalid-json}, even where Jackson would decode
   * them.
   */
  public Parsed parse(byte[] json) {
    int invalid = Utf8.firstInvalid(json);
    if (invalid >= 0) {
      Findings f = new Findings(config);
      f.add(
          SyntaxRules.INVALID_JSON,
          "",
          Utf8.position(json, invalid)
              + ": the bytes are not well-formed UTF-8 (byte 0x"
              + Integer.toHexString(json[invalid] & 0xff)
              + " starts an ill-formed sequence)");
      return Parsed.failed(new ValidationResult(null, null, null, f.toList()));
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
            return Parsed.failed(limitExceeded(limit, parser));
          }
        }
        return Parsed.failed(syntaxError(e));
      }
      if (root == null || root.isMissingNode()) {
        Findings f = new Findings(config);
        f.add(SyntaxRules.INVALID_JSON, "", "the record is empty");
        return Parsed.failed(new ValidationResult(null, null, null, f.toList()));
      }
      return new Parsed(root, null, finite);
    } catch (IOException e) {
      Findings f = new Findings(config);
      f.add(
          SyntaxRules.INVALID_JSON, "", "cannot read the record: " + e.getClass().getSimpleName());
      return Parsed.failed(new ValidationResult(null, null, null, f.toList()));
    }
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

  /**
   * Where each of {@code findings} of the record {@code json} is in its file, in order: the line,
   * column and byte offset of the value its pointer names (the deepest value there on its way, for
   * a pointer to something missing; the whole record for {@code ""}), or for a syntax finding where
   * reading stopped; {@code recordStart} is where the record's first byte is in the file ({@link
   * Location#START} for a file of one record). One streaming pass over the record, and none when
   * there is no finding: call it for records that have findings. Never throws for bad input.
   */
  public List<Location> locate(byte[] json, List<Finding> findings, Location recordStart) {
    Objects.requireNonNull(recordStart, "recordStart");
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Location> within = locator.locate(json, findings);
    if (recordStart.equals(Location.START)) {
      return within;
    }
    return within.stream().map(recordStart::resolve).toList();
  }

  /** Validates one record given as JSON text. */
  public ValidationResult validate(String json) {
    return validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Validates one typed record, as it writes. */
  public ValidationResult validate(CloudTrailEvent event) {
    return validate((JsonNode) mapper.valueToTree(event));
  }

  /**
   * Validates one record given as a JSON tree; pointers refer to this tree. A tree nesting deeper
   * than the {@link ReadLimits} (one built in code: a parsed one cannot) is a {@code
   * syntax.limit-exceeded} finding, not a {@link StackOverflowError}.
   */
  public ValidationResult validate(JsonNode root) {
    return validateTree(root, true);
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

  private ValidationResult validateTree(JsonNode root, boolean mayBreach) {
    Breach breach =
        root == null || !mayBreach ? null : breach(root, config.readLimits().maxNestingDepth());
    if (breach != null) {
      Findings f = new Findings(config);
      f.add(SyntaxRules.LIMIT_EXCEEDED, breach.pointer(), breach.message());
      return new ValidationResult(null, null, null, f.toList());
    }
    Findings findings = new Findings(config);
    if (root == null || !root.isObject()) {
      findings.add(
          SyntaxRules.NOT_AN_OBJECT,
          "",
          "the record is "
              + (root == null
                  ? "missing"
                  : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
              + ", not an object");
      return new ValidationResult(null, null, null, findings.toList());
    }
    EventContext context = new EventContext(root, this::readTyped, config);
    for (Check check : checks) {
      try {
        check.check(context, findings);
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(
            SyntaxRules.CHECK_FAILED,
            "",
            check.getClass().getSimpleName() + " failed: " + e.getClass().getSimpleName());
      }
    }
    return new ValidationResult(
        text(root, "eventName"),
        text(root, "eventID"),
        text(root, "eventSource"),
        findings.toList());
  }

  /** The typed event of a tree, or why the model cannot read it. */
  private CloudTrailEvent readTyped(JsonNode root) throws EventContext.ReadFailureException {
    try {
      return mapper.treeToValue(root, CloudTrailEvent.class);
    } catch (JsonMappingException e) {
      throw new EventContext.ReadFailureException(
          new EventContext.ReadFailure(pointer(e), safe(e.getOriginalMessage())));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EventContext.ReadFailureException(
          new EventContext.ReadFailure("", e.getClass().getSimpleName()));
    }
  }

  private ValidationResult syntaxError(JsonProcessingException e) {
    Findings f = new Findings(config);
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
    String message = safe(e.getOriginalMessage());
    int jackson = message.indexOf(" for `ObjectNode`");
    if (message.startsWith("Duplicate field") && jackson > 0) {
      message = message.substring(0, jackson) + ": a name may appear once in an object";
    }
    f.add(SyntaxRules.INVALID_JSON, "", where + message);
    return new ValidationResult(null, null, null, f.toList());
  }

  /** A record over a read limit, reported where parsing stopped (the parser's context). */
  private ValidationResult limitExceeded(StreamConstraintsException e, JsonParser parser) {
    Findings f = new Findings(config);
    JsonLocation loc = parser.currentLocation();
    String pointer =
        parser.getParsingContext() == null
            ? ""
            : parser.getParsingContext().pathAsPointer().toString();
    f.add(
        SyntaxRules.LIMIT_EXCEEDED,
        pointer,
        "line "
            + loc.getLineNr()
            + ", column "
            + loc.getColumnNr()
            + ": "
            + safe(e.getOriginalMessage()));
    return new ValidationResult(null, null, null, f.toList());
  }

  /** The JSON Pointer of the value a mapping exception is about. */
  static String pointer(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }

  /** A parser's message without the source excerpt Jackson may quote (it could hold a secret). */
  private static String safe(String message) {
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

  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
