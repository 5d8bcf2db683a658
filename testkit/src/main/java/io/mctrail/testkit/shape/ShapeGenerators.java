package io.mctrail.testkit.shape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureBuilder;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Generators of values of any shape of a model, made from the shape's {@link ValueType} and, for a
 * structure, its {@link StructureDescriptor}: the same minimums, maximums, patterns and known enum
 * values that the JSON Schema and the Bean Validation annotations are generated from, so every
 * value is valid for both. Required members are always present; optional members are present with a
 * probability that falls with depth ({@link GenerationLimits}).
 *
 * <p>What the model leaves open is filled in plainly: a number without bounds lies between 0 and
 * 100000 (a double between 0 and 1000), a string without a pattern is made of lowercase letters,
 * digits and hyphens, a map key likewise, a timestamp lies between 2018 and 2026 in one of the
 * forms CloudTrail writes.
 *
 * <p>The generated {@code MediaConvertGenerators} gives one typed method per shape on top of this
 * class. Thread-safe.
 */
public final class ShapeGenerators {

  /** Bounds of numbers the model leaves unbounded. */
  static final long DEFAULT_MIN = 0;

  static final long DEFAULT_SPAN = 100_000;
  static final double DEFAULT_DOUBLE_SPAN = 1000;

  /** Timestamps the model leaves open lie between these. */
  static final Instant EARLIEST = Instant.parse("2018-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2026-01-01T00:00:00Z");

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String TEXT = LETTERS + "0123456789-";
  private static final ShapeGenerators STANDARD = new ShapeGenerators(GenerationLimits.DEFAULT);

  private final GenerationLimits limits;
  private final Map<String, Gen<String>> patternStrings = new ConcurrentHashMap<>();

  private ShapeGenerators(GenerationLimits limits) {
    this.limits = limits;
  }

  /** The generators with {@link GenerationLimits#DEFAULT}. */
  public static ShapeGenerators standard() {
    return STANDARD;
  }

  /** Generators with other limits. */
  public static ShapeGenerators withLimits(GenerationLimits limits) {
    return new ShapeGenerators(limits);
  }

  /** How large the values drawn may grow. */
  public GenerationLimits limits() {
    return limits;
  }

  /** Instances of the structure, every member within its constraints. */
  public <T extends Structure> Gen<T> structure(StructureDescriptor<T> descriptor) {
    return random -> structure(descriptor, random, 0);
  }

  /** The wire values of an enum the model knows, uniformly. */
  public Gen<String> enumValue(ValueType type) {
    requireKind(type, ValueType.Kind.ENUM);
    return random -> (String) value(type, random, 0);
  }

  /** Lists of a list shape's elements, of a size within its bounds. */
  @SuppressWarnings("unchecked")
  public <E> Gen<List<E>> list(ValueType type) {
    requireKind(type, ValueType.Kind.LIST);
    return random -> (List<E>) value(type, random, 0);
  }

  /** Maps of a map shape's values, of a size within its bounds. */
  @SuppressWarnings("unchecked")
  public <V> Gen<Map<String, V>> map(ValueType type) {
    requireKind(type, ValueType.Kind.MAP);
    return random -> (Map<String, V>) value(type, random, 0);
  }

  /** Raw values of any type (see {@link ValueType} for the Java type of each kind). */
  public Gen<Object> value(ValueType type) {
    return random -> value(type, random, 0);
  }

  /**
   * Raw values of any type generated as if they sat {@code depth} levels below a root structure:
   * deeper values are smaller.
   */
  public Gen<Object> value(ValueType type, int depth) {
    return random -> value(type, random, depth);
  }

  // ---------------------------------------------------------------- generation

  private <T extends Structure> T structure(
      StructureDescriptor<T> descriptor, RandomGenerator random, int depth) {
    StructureBuilder<T> builder = descriptor.newBuilder();
    int presence = depth >= limits.maxDepth() ? 0 : limits.presenceAt(depth);
    for (MemberDescriptor<T> m : descriptor.members()) {
      if (m.required() || Draws.chance(random, presence)) {
        Object v = value(m.type(), random, depth + 1);
        if (v != null) {
          m.set(builder, v);
        }
      }
    }
    return builder.build();
  }

  private Object value(ValueType type, RandomGenerator random, int depth) {
    return switch (type.kind()) {
      case STRING -> string(type, random);
      case ENUM -> type.enumValues().get(Draws.index(random, type.enumValues().size()));
      case INTEGER -> (int) integer(type, random, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> integer(type, random, Long.MIN_VALUE, Long.MAX_VALUE);
      case DOUBLE -> real(type, random);
      case BOOLEAN -> random.nextBoolean();
      case TIMESTAMP -> timestamp(random);
      case DOCUMENT ->
          JsonNodeFactory.instance.objectNode().put("value", Draws.longBetween(random, 0, 100));
      case PAYLOAD -> null;
      case LIST -> list(type, random, depth);
      case MAP -> map(type, random, depth);
      case STRUCTURE -> structure(type.structure(), random, depth);
    };
  }

  private List<Object> list(ValueType type, RandomGenerator random, int depth) {
    int size = size(type, random, depth);
    List<Object> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(value(type.element(), random, depth));
    }
    return Collections.unmodifiableList(out);
  }

  private Map<String, Object> map(ValueType type, RandomGenerator random, int depth) {
    int size = size(type, random, depth);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String key = text(random, 1, 12);
      if (out.containsKey(key)) {
        key = key + i;
      }
      out.put(key, value(type.element(), random, depth));
    }
    return Collections.unmodifiableMap(out);
  }

  private int size(ValueType type, RandomGenerator random, int depth) {
    int min = type.min() == null ? 0 : type.min().intValueExact();
    int cap = depth >= limits.maxDepth() ? min : Math.max(min, limits.collectionSizeAt(depth));
    int max = type.max() == null ? cap : Math.min(cap, type.max().intValue());
    return Draws.size(random, min, Math.max(min, max));
  }

  private long integer(ValueType type, RandomGenerator random, long floor, long ceiling) {
    BigDecimal min = type.min();
    BigDecimal max = type.max();
    long lo;
    long hi;
    if (min == null && max == null) {
      lo = DEFAULT_MIN;
      hi = DEFAULT_MIN + DEFAULT_SPAN;
    } else if (max == null) {
      lo = clamp(min, floor, ceiling);
      hi = lo > ceiling - DEFAULT_SPAN ? ceiling : lo + DEFAULT_SPAN;
    } else if (min == null) {
      hi = clamp(max, floor, ceiling);
      lo = hi < floor + DEFAULT_SPAN ? floor : hi - DEFAULT_SPAN;
    } else {
      lo = clamp(min, floor, ceiling);
      hi = clamp(max, floor, ceiling);
    }
    return Draws.longBetween(random, lo, hi);
  }

  private static double real(ValueType type, RandomGenerator random) {
    double lo = type.min() != null ? type.min().doubleValue() : 0;
    double hi =
        type.max() != null
            ? type.max().doubleValue()
            : type.min() != null ? lo + DEFAULT_DOUBLE_SPAN : DEFAULT_DOUBLE_SPAN;
    if (type.max() != null && type.min() == null) {
      lo = Math.min(0, hi - DEFAULT_DOUBLE_SPAN);
    }
    return Draws.doubleBetween(random, lo, hi);
  }

  private static Timestamp timestamp(RandomGenerator random) {
    long seconds =
        Draws.longBetween(random, EARLIEST.getEpochSecond(), LATEST.getEpochSecond() - 1);
    Timestamp.Form[] forms = Timestamp.Form.values();
    Timestamp.Form form = forms[Draws.index(random, forms.length)];
    long millis =
        form == Timestamp.Form.EPOCH_MILLIS || form == Timestamp.Form.EPOCH_MILLIS_STRING
            ? Draws.index(random, 1000)
            : 0;
    return Timestamp.of(Instant.ofEpochSecond(seconds).plusMillis(millis), form);
  }

  private String string(ValueType type, RandomGenerator random) {
    int min = type.min() == null ? 0 : type.min().intValueExact();
    int max =
        type.max() == null
            ? Integer.MAX_VALUE
            : type.max().min(BigDecimal.valueOf(1 << 30)).intValue();
    if (type.pattern() != null) {
      String key = type.shapeName() + "|" + min + "|" + max + "|" + type.pattern();
      return patternStrings
          .computeIfAbsent(key, k -> PatternStrings.of(type.shapeName(), type.pattern(), min, max))
          .generate(random);
    }
    int cap = Math.max(min, Math.min(max, limits.maxStringLength()));
    return text(random, min, cap);
  }

  /** Text of {@code min} to {@code max} characters: a letter, then letters, digits, hyphens. */
  private static String text(RandomGenerator random, int min, int max) {
    int length = Draws.size(random, min, max);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      String alphabet = i == 0 ? LETTERS : TEXT;
      b.append(alphabet.charAt(Draws.index(random, alphabet.length())));
    }
    return b.toString();
  }

  private static long clamp(BigDecimal value, long floor, long ceiling) {
    if (value.compareTo(BigDecimal.valueOf(floor)) < 0) {
      return floor;
    }
    if (value.compareTo(BigDecimal.valueOf(ceiling)) > 0) {
      return ceiling;
    }
    return value.longValue();
  }

  private static void requireKind(ValueType type, ValueType.Kind kind) {
    if (type.kind() != kind) {
      throw new IllegalArgumentException(type + " is not a " + kind);
    }
  }
}
