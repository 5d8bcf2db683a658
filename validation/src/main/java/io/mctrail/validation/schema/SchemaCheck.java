package io.mctrail.validation.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.mctrail.schema.McTrailSchemas;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The schema layer: networknt validates the event against the event schema of its operation (or the
 * envelope schema for any other record), and each error becomes a finding at its instance location.
 */
public final class SchemaCheck implements Check {

  private static final String SOURCE =
      "mctrail's JSON Schema 2020-12, generated from the AWS MediaConvert API model and the"
          + " CloudTrail record contents";

  public static final Rule TYPE =
      Rule.of(
          Layer.SCHEMA,
          "type",
          Severity.ERROR,
          "A value has a JSON type the schema does not allow there.",
          SOURCE);
  public static final Rule REQUIRED =
      Rule.of(
          Layer.SCHEMA,
          "required",
          Severity.ERROR,
          "A property the schema requires is missing.",
          SOURCE);
  public static final Rule RANGE =
      Rule.of(
          Layer.SCHEMA,
          "range",
          Severity.ERROR,
          "A number is outside the schema's minimum or maximum.",
          SOURCE);
  public static final Rule SIZE =
      Rule.of(
          Layer.SCHEMA,
          "size",
          Severity.ERROR,
          "A string, array or object is shorter or longer than the schema allows.",
          SOURCE);
  public static final Rule PATTERN =
      Rule.of(
          Layer.SCHEMA,
          "pattern",
          Severity.ERROR,
          "A string does not match the schema's pattern.",
          SOURCE);
  public static final Rule ENUM =
      Rule.of(
          Layer.SCHEMA,
          "enum",
          Severity.WARNING,
          "A value that is not in the schema's enum (a newer MediaConvert may know it).",
          SOURCE);
  public static final Rule OTHER =
      Rule.of(
          Layer.SCHEMA,
          "invalid",
          Severity.ERROR,
          "The event breaks another keyword of the schema.",
          SOURCE);

  private static final List<Rule> RULES =
      List.of(TYPE, REQUIRED, RANGE, SIZE, PATTERN, ENUM, OTHER);

  private final Supplier<McTrailSchemas> schemas;

  /** The check against {@code schemas}. */
  public SchemaCheck(McTrailSchemas schemas) {
    Objects.requireNonNull(schemas, "schemas");
    this.schemas = () -> schemas;
  }

  /**
   * The check against {@link McTrailSchemas#shared()}, loaded when the first event is checked: a
   * validator whose configuration leaves the schema layer off never loads networknt.
   */
  public SchemaCheck() {
    this.schemas = McTrailSchemas::shared;
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    McTrailSchemas loaded = schemas.get();
    Schema schema =
        event.operation() != null
            ? loaded.forOperation(event.operation().name()).orElse(loaded.envelope())
            : loaded.envelope();
    for (Error error : schema.validate(event.root())) {
      String keyword = error.getKeyword() == null ? "" : error.getKeyword();
      String pointer = pointer(error.getInstanceLocation());
      Rule rule = rule(keyword);
      if (rule == REQUIRED && error.getProperty() != null) {
        pointer = JsonPointers.append(pointer, error.getProperty());
      }
      findings.add(rule, pointer, message(error, keyword));
    }
  }

  private static Rule rule(String keyword) {
    return switch (keyword) {
      case "type" -> TYPE;
      case "required" -> REQUIRED;
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> RANGE;
      case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
          SIZE;
      case "pattern" -> PATTERN;
      case "enum", "const" -> ENUM;
      default -> OTHER;
    };
  }

  static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      b.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** networknt's message without the location it starts with. */
  private static String message(Error error, String keyword) {
    String m = error.getMessage();
    int colon = m == null ? -1 : m.indexOf(": ");
    String text = colon >= 0 ? m.substring(colon + 2) : String.valueOf(m);
    return keyword + ": " + text;
  }
}
