package io.mctrail.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import io.mctrail.validation.syntax.RecordSyntax;
import io.mctrail.validation.syntax.SyntaxRules;
import java.util.List;
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

  /** The syntax layer: reads records into trees, or says why it cannot. */
  private final RecordSyntax syntax;

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
    this.syntax = new RecordSyntax(mapper, limits.maxNestingDepth());
    this.locator = new FindingLocator(factory);
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
    Findings f = new Findings(config);
    RecordSyntax.Read read = syntax.read(json, f);
    if (read == null) {
      return Parsed.failed(new ValidationResult(null, null, null, f.toList()));
    }
    return new Parsed(read.tree(), null, read.withinLimits());
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

  private ValidationResult validateTree(JsonNode root, boolean mayBreach) {
    Findings findings = new Findings(config);
    if (!syntax.checkable(root, mayBreach, findings)) {
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
          new EventContext.ReadFailure(pointer(e), RecordSyntax.safe(e.getOriginalMessage())));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EventContext.ReadFailureException(
          new EventContext.ReadFailure("", e.getClass().getSimpleName()));
    }
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

  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
