package io.mctrail.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * The elementary draws every generator of the testkit is made of. Each one is monotone in the long
 * it draws (read as unsigned): a draw of zero gives its simplest outcome (no, the least size, the
 * lower bound, the first choice) and smaller draws give simpler outcomes. That is what lets a
 * failing case shrink by replaying it with smaller draws; {@link RandomGenerator}'s own bounded
 * methods are not monotone, so generators written outside the testkit should draw through these.
 *
 * <p>Ranges are edge-biased: half of the draws give one of the two bounds, the other half a value
 * between them (half of those close to the lower bound, where realistic values mostly are).
 */
public final class Draws {

  /** How far above the lower bound a "close" value lies at most. */
  static final int CLOSE = 1000;

  private Draws() {}

  /** True in {@code percent} per cent of the draws; false when drawn with zero. */
  public static boolean chance(RandomGenerator random, int percent) {
    if (percent <= 0) {
      return false;
    }
    if (percent >= 100) {
      return true;
    }
    return below(random, 100) >= 100 - percent;
  }

  /** An index below {@code n} ({@code n > 0}), uniformly; 0 when drawn with zero. */
  public static int index(RandomGenerator random, int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("no index below " + n);
    }
    return n == 1 ? 0 : (int) below(random, n);
  }

  /**
   * A long from 0 to {@code n - 1} ({@code n > 0}): the draw scaled to the range, so that it is
   * monotone in the draw (unlike {@code nextLong(bound)}, which takes a remainder).
   */
  public static long below(RandomGenerator random, long n) {
    long x = random.nextLong();
    // floor(x * n / 2^64) with x unsigned: the high half of the unsigned product.
    return Math.multiplyHigh(x, n) + ((x >> 63) & n);
  }

  /**
   * {@code random} with its bounded draws ({@code nextInt(bound)}, {@code nextLong(origin, bound)},
   * …) made monotone like these, for libraries that take a {@link RandomGenerator} (rgxgen draws
   * its strings through one).
   */
  public static RandomGenerator monotone(RandomGenerator random) {
    return new Monotone(random);
  }

  /**
   * A size from {@code min} to {@code max}: the least and the greatest a quarter of the time each,
   * otherwise uniform between them. One draw, monotone in it.
   */
  public static int size(RandomGenerator random, int min, int max) {
    if (min >= max) {
      return min;
    }
    long x = random.nextLong();
    return switch (quarter(x)) {
      case 0 -> min;
      case 3 -> max;
      default -> min + (int) scale(middle(x), (long) max - min + 1);
    };
  }

  /**
   * A long from {@code min} to {@code max} inclusive, edge-biased: the lower bound a quarter of the
   * time, a value close above it a quarter, a uniform one a quarter, the upper bound a quarter. One
   * draw.
   */
  public static long longBetween(RandomGenerator random, long min, long max) {
    if (min >= max) {
      return min;
    }
    long x = random.nextLong();
    long span = max - min + 1;
    long full = span <= 0 ? Long.MAX_VALUE : span;
    return switch (quarter(x)) {
      case 0 -> min;
      case 1 -> min + scale(low(x), Math.min(full, CLOSE));
      case 2 -> min + scale(low(x), full);
      default -> max;
    };
  }

  /**
   * A double from {@code min} to {@code max} inclusive, edge-biased: the lower bound a quarter of
   * the time, a whole number close above it a quarter (a double member is often sent as {@code 90}
   * and echoed as {@code 90.0}), a uniform value with two or three decimals a quarter, the upper
   * bound a quarter. One draw.
   */
  public static double doubleBetween(RandomGenerator random, double min, double max) {
    if (min >= max) {
      return min;
    }
    long x = random.nextLong();
    switch (quarter(x)) {
      case 0:
        return min;
      case 1:
        double whole = Math.ceil(min) + scale(low(x), CLOSE);
        return whole <= max ? whole : Math.ceil(min) <= max ? Math.ceil(min) : min;
      case 2:
        // Two or three decimals: values people write, printed alike by every JDK.
        double fraction = (low(x) >>> 9) * 0x1.0p-53;
        double uniform = Math.min(max, min + (max - min) * fraction);
        double rounded =
            BigDecimal.valueOf(uniform)
                .setScale((x & 1) == 0 ? 2 : 3, RoundingMode.HALF_UP)
                .doubleValue();
        return rounded >= min && rounded <= max ? rounded : min;
      default:
        return max;
    }
  }

  /** The top two bits of a draw: which quarter of the draws it is in. */
  private static int quarter(long x) {
    return (int) (x >>> 62);
  }

  /** The draw without its top two bits. */
  private static long low(long x) {
    return x & ((1L << 62) - 1);
  }

  /** The draw's offset within the middle half of the draws. */
  private static long middle(long x) {
    return ((x - (1L << 62)) >>> 1) & ((1L << 62) - 1);
  }

  /** {@code floor(v * n / 2^62)} for {@code 0 <= v < 2^62}: monotone in {@code v}. */
  private static long scale(long v, long n) {
    long x = v << 2;
    return Math.multiplyHigh(x, n) + ((x >> 63) & n);
  }

  /** A random generator whose bounded draws are monotone in the longs it draws. */
  private static final class Monotone implements RandomGenerator {
    private final RandomGenerator source;

    Monotone(RandomGenerator source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.nextLong();
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive");
      }
      return (int) below(source, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("origin must be below bound");
      }
      return origin + (int) below(source, (long) bound - origin);
    }

    @Override
    public long nextLong(long bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive");
      }
      return below(source, bound);
    }

    @Override
    public long nextLong(long origin, long bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("origin must be below bound");
      }
      long span = bound - origin;
      return span > 0 ? origin + below(source, span) : origin + source.nextLong();
    }
  }
}
