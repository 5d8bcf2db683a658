package io.mctrail.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeds and the random sources made from them. A seed gives the same values on every machine and
 * every JDK: the source is {@link SplittableRandom}'s sequence of longs (a specified algorithm),
 * and everything else ({@code nextInt(bound)}, {@code nextDouble()}, …) is derived from those longs
 * by {@link RandomGenerator}'s default methods, exactly as when a recorded case is replayed.
 */
public final class Seeds {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  /** The random source of {@code seed}. */
  public static RandomGenerator random(long seed) {
    return new LongSource(new SplittableRandom(seed));
  }

  /**
   * The seed of case {@code index} of a run whose seed is {@code runSeed}: well spread, so that
   * neighbouring cases are unrelated.
   */
  public static long caseSeed(long runSeed, int index) {
    return mix(runSeed + GOLDEN_GAMMA * (index + 1L));
  }

  /** A seed from a name, for runs that must be the same on every build (a property's name). */
  public static long of(String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return mix(h);
  }

  /** A seed as it is printed: {@code 0x} and sixteen hexadecimal digits. */
  public static String format(long seed) {
    return String.format("0x%016x", seed);
  }

  /** A seed as {@link #format} prints it, or in decimal. */
  public static long parse(String text) {
    String t = text.strip().replace("_", "");
    if (t.startsWith("0x") || t.startsWith("0X")) {
      return Long.parseUnsignedLong(t.substring(2), 16);
    }
    return Long.parseLong(t);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Longs from a source; every derived draw is the interface's default. */
  private static final class LongSource implements RandomGenerator {
    private final SplittableRandom source;

    LongSource(SplittableRandom source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.nextLong();
    }
  }
}
