package io.mctrail.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of {@code T}: everything it draws comes from the {@link RandomGenerator} it
 * is given, so the same random source (the same seed) gives the same value on every machine, and
 * any property-testing library that hands out a {@code RandomGenerator} can drive it.
 *
 * <p>Every generator of the testkit follows one convention that makes shrinking work without a
 * shrinker per type: <b>a draw of zero is the simplest choice</b>. An optional value drawn with
 * zero is absent, a size drawn with zero is the least size, a number drawn with zero is its lower
 * bound, a choice drawn with zero is the first alternative. {@link io.mctrail.testkit.property}
 * replays a failing case with draws moved toward zero and so finds a smaller case that still fails.
 *
 * <p>Ranges are edge-biased: the two bounds of a range (and the least and greatest size of a
 * collection) together come up as often as the values between them.
 *
 * @param <T> the values generated
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws one value. */
  T generate(RandomGenerator random);

  /** One value drawn from the seed, as {@link Seeds#random(long)} draws it. */
  default T sample(long seed) {
    return generate(Seeds.random(seed));
  }

  /** {@code count} values drawn one after the other from the seed. */
  default List<T> samples(long seed, int count) {
    RandomGenerator random = Seeds.random(seed);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generate(random));
    }
    return Collections.unmodifiableList(out);
  }

  /** This generator's values transformed by {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(generate(random));
  }

  /** A generator chosen by this generator's value, then drawn from. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(generate(random)).generate(random);
  }

  /** Lists of {@code min} to {@code max} values of this generator, edge-biased in size. */
  default Gen<List<T>> listOf(int min, int max) {
    return listOf(this, min, max);
  }

  /**
   * This generator's value or, drawn with zero, nothing: present in {@code percentPresent} per cent
   * of the cases.
   */
  default Gen<Optional<T>> optional(int percentPresent) {
    checkPercent(percentPresent);
    return random ->
        Draws.chance(random, percentPresent) ? Optional.of(generate(random)) : Optional.empty();
  }

  /** {@link #optional(int)} present half of the time. */
  default Gen<Optional<T>> optional() {
    return optional(50);
  }

  /**
   * Values that satisfy {@code predicate}: up to {@code attempts} draws, then {@code fallback}. It
   * never loops for ever; prefer generators that are valid by construction and keep this for rare
   * rejections.
   */
  default Gen<T> suchThat(Predicate<? super T> predicate, int attempts, T fallback) {
    Objects.requireNonNull(predicate, "predicate");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    return random -> {
      for (int i = 0; i < attempts; i++) {
        T value = generate(random);
        if (predicate.test(value)) {
          return value;
        }
      }
      return fallback;
    };
  }

  // ---------------------------------------------------------------- constants and choices

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /** One of {@code values}, uniformly; the first when drawn with zero. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of {@code values}, uniformly; the first when drawn with zero. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return random -> copy.get(Draws.index(random, copy.size()));
  }

  /** A value of one of {@code gens}, chosen uniformly; the first when drawn with zero. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return random -> copy.get(Draws.index(random, copy.size())).generate(random);
  }

  /** A weighted alternative of {@link #frequency(List)}. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    public Weighted {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must not be negative");
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  /** {@code gen} with weight {@code weight}, for {@link #frequency(List)}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** A value of one of the alternatives, chosen in proportion to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
    return frequency(List.of(alternatives));
  }

  /**
   * A value of one of the alternatives, chosen in proportion to its weight; the first (of positive
   * weight) when drawn with zero.
   */
  static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> alternatives) {
    List<? extends Weighted<? extends T>> copy = List.copyOf(alternatives);
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("the weights must add up to more than zero");
    }
    return random -> {
      int pick = Draws.index(random, total);
      for (Weighted<? extends T> w : copy) {
        if (pick < w.weight()) {
          return w.gen().generate(random);
        }
        pick -= w.weight();
      }
      throw new IllegalStateException("unreachable");
    };
  }

  // ---------------------------------------------------------------- numbers

  /** Integers from {@code min} to {@code max} inclusive, edge-biased. */
  static Gen<Integer> ints(int min, int max) {
    checkRange(min, max);
    return random -> (int) Draws.longBetween(random, min, max);
  }

  /** Longs from {@code min} to {@code max} inclusive, edge-biased. */
  static Gen<Long> longs(long min, long max) {
    checkRange(min, max);
    return random -> Draws.longBetween(random, min, max);
  }

  /**
   * Doubles from {@code min} to {@code max} inclusive, edge-biased; whole numbers come up often,
   * since a double member is often sent as {@code 90} and echoed as {@code 90.0}.
   */
  static Gen<Double> doubles(double min, double max) {
    if (!(min <= max) || Double.isInfinite(max - min)) {
      throw new IllegalArgumentException("not a finite range: " + min + " to " + max);
    }
    return random -> Draws.doubleBetween(random, min, max);
  }

  /** {@code false} or {@code true}; {@code false} when drawn with zero. */
  static Gen<Boolean> booleans() {
    return random -> random.nextBoolean();
  }

  // ---------------------------------------------------------------- collections

  /** Lists of {@code min} to {@code max} values of {@code element}, edge-biased in size. */
  static <T> Gen<List<T>> listOf(Gen<? extends T> element, int min, int max) {
    checkSizes(min, max);
    return random -> {
      int size = Draws.size(random, min, max);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(element.generate(random));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Maps of {@code min} to {@code max} entries, edge-biased in size. Keys are drawn until they are
   * new, a few times at most; a key drawn again after that gets the entry's index appended, so the
   * map always has the size drawn (the key generator should allow such a suffix).
   */
  static <V> Gen<Map<String, V>> mapOf(
      Gen<String> keys, Gen<? extends V> values, int min, int max) {
    checkSizes(min, max);
    return random -> {
      int size = Draws.size(random, min, max);
      Map<String, V> out = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        String key = keys.generate(random);
        for (int attempt = 0; out.containsKey(key) && attempt < 3; attempt++) {
          key = keys.generate(random);
        }
        if (out.containsKey(key)) {
          key = key + i;
        }
        out.put(key, values.generate(random));
      }
      return Collections.unmodifiableMap(out);
    };
  }

  private static void checkRange(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range: " + min + " to " + max);
    }
  }

  private static void checkSizes(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + min + ", " + max);
    }
  }

  private static void checkPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a percentage is from 0 to 100: " + percent);
    }
  }
}
