package io.mctrail.model.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The type of a member's value, with the constraints the model states on it. Generated from the
 * same shape model as the JSON Schema and the Bean Validation annotations, so all three agree.
 *
 * <p>Java types of values: {@code STRING} and {@code ENUM} are {@link String} (an enum keeps its
 * raw value); {@code INTEGER} {@link Integer}; {@code LONG} {@link Long}; {@code DOUBLE} {@link
 * Double}; {@code BOOLEAN} {@link Boolean}; {@code TIMESTAMP} {@link Timestamp}; {@code DOCUMENT}
 * {@link com.fasterxml.jackson.databind.JsonNode}; {@code PAYLOAD} {@link Payload}; {@code LIST} an
 * unmodifiable {@link List}; {@code MAP} an unmodifiable {@link java.util.Map} with string keys;
 * {@code STRUCTURE} the generated {@link Structure}.
 */
public final class ValueType {

  /** The kinds of values. */
  public enum Kind {
    STRING,
    INTEGER,
    LONG,
    DOUBLE,
    BOOLEAN,
    TIMESTAMP,
    DOCUMENT,
    PAYLOAD,
    ENUM,
    LIST,
    MAP,
    STRUCTURE
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final Kind kind;
  private final String shapeName;
  private final BigDecimal min;
  private final BigDecimal max;
  // The integers within [min, max]: [lowest, highest], empty when lowest > highest.
  private final long lowest;
  private final long highest;
  private final String pattern;
  // Compiled when first used: most of a model's patterns are never needed in a run.
  private volatile Pattern compiledPattern;
  // Every top-level branch of the pattern starts with '^': a match can only start at the start.
  private final boolean anchored;
  private final List<String> enumValues;
  private final Set<String> enumValueSet;
  private final ValueType element;
  private final Supplier<StructureDescriptor<?>> structure;
  // The supplier's answer, once it has one: every member read asks, and a supplier of each of the
  // hundreds of structures is a call no compiler inlines. A race only asks the supplier again; the
  // descriptor's fields are final, so a thread that sees it sees it whole.
  private StructureDescriptor<?> resolved;

  private ValueType(
      Kind kind,
      String shapeName,
      BigDecimal min,
      BigDecimal max,
      String pattern,
      List<String> enumValues,
      ValueType element,
      Supplier<StructureDescriptor<?>> structure) {
    this.kind = kind;
    this.shapeName = shapeName;
    this.min = min;
    this.max = max;
    BigDecimal low = min == null ? LONG_MIN : min.setScale(0, RoundingMode.CEILING).max(LONG_MIN);
    BigDecimal high = max == null ? LONG_MAX : max.setScale(0, RoundingMode.FLOOR).min(LONG_MAX);
    boolean none = low.compareTo(LONG_MAX) > 0 || high.compareTo(LONG_MIN) < 0;
    this.lowest = none ? 1 : low.longValueExact();
    this.highest = none ? 0 : high.longValueExact();
    this.pattern = pattern;
    this.anchored = pattern != null && isAnchored(pattern);
    this.enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    this.enumValueSet = Set.copyOf(this.enumValues);
    this.element = element;
    this.structure = structure;
  }

  /** A simple value ({@code STRING} to {@code PAYLOAD}) with optional constraints. */
  public static ValueType simple(
      Kind kind, String shapeName, BigDecimal min, BigDecimal max, String pattern) {
    if (kind.ordinal() > Kind.PAYLOAD.ordinal()) {
      throw new IllegalArgumentException("not a simple kind: " + kind);
    }
    return new ValueType(kind, shapeName, min, max, pattern, null, null, null);
  }

  /** An enum with the values the model knows. */
  public static ValueType enumOf(String shapeName, List<String> values) {
    return new ValueType(Kind.ENUM, shapeName, null, null, null, values, null, null);
  }

  /**
   * An enum with the values the model knows, given in one string and separated by U+001F (as the
   * generated shapes classes give them: one constant each, and the enum's class left alone).
   */
  public static ValueType enumOf(String shapeName, String values) {
    return enumOf(shapeName, values.isEmpty() ? List.of() : List.of(values.split("\u001f", -1)));
  }

  /** A list of {@code element}, with optional size bounds. */
  public static ValueType listOf(
      String shapeName, ValueType element, BigDecimal min, BigDecimal max) {
    return new ValueType(
        Kind.LIST, shapeName, min, max, null, null, Objects.requireNonNull(element), null);
  }

  /** A map from strings to {@code value}, with optional size bounds. */
  public static ValueType mapOf(String shapeName, ValueType value, BigDecimal min, BigDecimal max) {
    return new ValueType(
        Kind.MAP, shapeName, min, max, null, null, Objects.requireNonNull(value), null);
  }

  /** A structure; the descriptor is looked up lazily so that shapes may refer to each other. */
  public static ValueType structure(String shapeName, Supplier<StructureDescriptor<?>> descriptor) {
    return new ValueType(Kind.STRUCTURE, shapeName, null, null, null, null, null, descriptor);
  }

  /**
   * A structure whose descriptor {@code descriptors} gives by its shape name, looked up lazily: one
   * resolver serves every structure of a model.
   */
  public static ValueType structure(
      String shapeName, Function<String, StructureDescriptor<?>> descriptors) {
    Objects.requireNonNull(descriptors, "descriptors");
    return structure(shapeName, () -> descriptors.apply(shapeName));
  }

  /** This type with other bounds and pattern (a member's own constraints). */
  public ValueType withConstraints(BigDecimal min, BigDecimal max, String pattern) {
    return new ValueType(
        kind,
        shapeName,
        min != null ? min : this.min,
        max != null ? max : this.max,
        pattern != null ? pattern : this.pattern,
        enumValues,
        element,
        structure);
  }

  public Kind kind() {
    return kind;
  }

  /** The model's name of the shape (the {@code $defs} key in the JSON Schema). */
  public String shapeName() {
    return shapeName;
  }

  /**
   * The lower bound: the least value of a number, or the least length of a string, list or map;
   * {@code null} when the model states none.
   */
  public BigDecimal min() {
    return min;
  }

  /** The upper bound, as {@link #min()}. */
  public BigDecimal max() {
    return max;
  }

  /**
   * True when the integer {@code value} is within {@link #min()} and {@link #max()} (inclusive); a
   * comparison of longs, for the checks of every integer read.
   */
  public boolean contains(long value) {
    return value >= lowest && value <= highest;
  }

  /** The regular expression a string must contain a match of, or {@code null}. */
  public String pattern() {
    return pattern;
  }

  /** {@link #pattern()} compiled, or {@code null}. */
  public Pattern compiledPattern() {
    Pattern p = compiledPattern;
    if (p == null && pattern != null) {
      p = Pattern.compile(pattern);
      compiledPattern = p; // compiled twice at worst, by threads that race here
    }
    return p;
  }

  /**
   * True when there is no {@link #pattern()} or {@code value} contains a match of it ({@code
   * find()}, as JSON Schema's {@code pattern} reads). A pattern anchored at the start on every
   * branch, as most of the model's are, is tried at the start alone ({@code lookingAt()}) rather
   * than at every position.
   */
  public boolean matchesPattern(String value) {
    if (pattern == null) {
      return true;
    }
    var m = compiledPattern().matcher(value);
    return anchored ? m.lookingAt() : m.find();
  }

  /**
   * True when every top-level alternative of {@code regex} starts with {@code ^} (outside groups
   * and character classes, escapes skipped): then, without the MULTILINE flag, no match can start
   * anywhere but at the start of the input.
   */
  static boolean isAnchored(String regex) {
    int depth = 0;
    int classes = 0; // character classes open (Java's may nest)
    boolean branchStart = true;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (branchStart) {
        if (c != '^') {
          return false;
        }
        branchStart = false;
      } else if (c == '\\') {
        i++; // the escaped character, whatever it is
      } else if (c == '[') {
        classes++;
        // a ']' first in a class, or first after its '^', is a literal
        int first = i + 1 < regex.length() && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
        if (first < regex.length() && regex.charAt(first) == ']') {
          i = first;
        }
      } else if (c == ']' && classes > 0) {
        classes--;
      } else if (classes == 0 && c == '(') {
        depth++;
      } else if (classes == 0 && c == ')') {
        depth--;
      } else if (classes == 0 && c == '|' && depth == 0) {
        branchStart = true;
      }
    }
    return !branchStart && classes == 0 && depth == 0;
  }

  /** The enum's known values, in model order (empty unless {@code ENUM}). */
  public List<String> enumValues() {
    return enumValues;
  }

  /** True when this enum knows {@code value}. */
  public boolean isKnownEnumValue(String value) {
    return enumValueSet.contains(value);
  }

  /** The element type of a list, or the value type of a map; {@code null} otherwise. */
  public ValueType element() {
    return element;
  }

  /** The descriptor of a structure; {@code null} unless {@code STRUCTURE}. */
  public StructureDescriptor<?> structure() {
    StructureDescriptor<?> d = resolved;
    if (d == null && structure != null) {
      d = structure.get(); // null while the structure's class is still being initialised
      resolved = d;
    }
    return d;
  }

  @Override
  public String toString() {
    return kind + (shapeName == null ? "" : "(" + shapeName + ")");
  }
}
