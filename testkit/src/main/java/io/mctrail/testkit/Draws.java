package io.mctrail.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * The elementary draws every generator of the testkit is made of. Each one maps a draw of zero to
 * its simplest outcome (no, the least size, the lower bound), which is what lets a failing case
 * shrink by replaying it with smaller draws; generators written outside the testkit should draw
 * through these too.
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
    return random.nextInt(100) >= 100 - percent;
  }

  /** An index below {@code n} ({@code n > 0}), uniformly; 0 when drawn with zero. */
  public static int index(RandomGenerator random, int n) {
    return n == 1 ? 0 : random.nextInt(n);
  }

  /**
   * A size from {@code min} to {@code max}: the least and the greatest a quarter of the time each,
   * otherwise uniform between them.
   */
  public static int size(RandomGenerator random, int min, int max) {
    if (min >= max) {
      return min;
    }
    return switch (random.nextInt(4)) {
      case 0 -> min;
      case 1 -> max;
      default -> min + random.nextInt(max - min + 1);
    };
  }

  /** A long from {@code min} to {@code max} inclusive, edge-biased. */
  public static long longBetween(RandomGenerator random, long min, long max) {
    if (min >= max) {
      return min;
    }
    return switch (random.nextInt(8)) {
      case 0, 1 -> min;
      case 2, 3 -> max;
      case 4, 5 -> min + random.nextLong(Math.min(span(min, max), CLOSE));
      default -> uniform(random, min, max);
    };
  }

  /**
   * A double from {@code min} to {@code max} inclusive, edge-biased; a quarter of the draws are
   * whole numbers close to the lower bound and an eighth have two decimals.
   */
  public static double doubleBetween(RandomGenerator random, double min, double max) {
    if (min >= max) {
      return min;
    }
    double uniform = min + (max - min) * random.nextDouble();
    return switch (random.nextInt(8)) {
      case 0, 1 -> min;
      case 2, 3 -> max;
      case 4, 5 -> {
        double whole = Math.ceil(min) + random.nextInt(CLOSE);
        yield whole <= max ? whole : Math.ceil(min) <= max ? Math.ceil(min) : uniform;
      }
      case 6 -> {
        double rounded =
            BigDecimal.valueOf(uniform).setScale(2, RoundingMode.HALF_UP).doubleValue();
        yield rounded >= min && rounded <= max ? rounded : uniform;
      }
      default -> uniform;
    };
  }

  /** {@code max - min + 1}, or {@link Long#MAX_VALUE} when that overflows. */
  private static long span(long min, long max) {
    long span = max - min + 1;
    return span <= 0 ? Long.MAX_VALUE : span;
  }

  private static long uniform(RandomGenerator random, long min, long max) {
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }
}
