package io.mctrail.testkit.property;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Shrinks a failing case by shrinking the sequence of draws that made it: the tail dropped, blocks
 * of draws deleted or set to zero, single draws moved toward zero. A candidate is kept when the
 * property still fails in the same way; since generators map smaller draws to simpler values, this
 * drops optional members, moves numbers toward their bounds and shortens lists, for any generator,
 * and the value stays one the generator can make (a consistent event stays consistent).
 *
 * <p>Deterministic: the same failing case shrinks to the same value. Bounded by a number of tries.
 */
final class Shrinker {

  private static final int[] BLOCKS = {8, 4, 2, 1};

  private final UnaryOperator<long[]> replay;
  private final int maxTries;
  private int tries;
  private int steps;

  /**
   * @param replay replays a candidate sequence; returns what the generator actually drew when the
   *     property fails as before, {@code null} otherwise
   * @param maxTries the most candidates tried
   */
  Shrinker(UnaryOperator<long[]> replay, int maxTries) {
    this.replay = replay;
    this.maxTries = maxTries;
  }

  int tries() {
    return tries;
  }

  int steps() {
    return steps;
  }

  /** The smallest failing sequence found from {@code failing}. */
  long[] shrink(long[] failing) {
    long[] best = failing;
    boolean progress = true;
    while (progress && tries < maxTries) {
      progress = false;
      long[] next = truncate(best);
      next = deleteBlocks(next);
      next = zeroBlocks(next);
      next = minimizeEach(next);
      if (!Arrays.equals(next, best)) {
        best = next;
        progress = true;
      }
    }
    return best;
  }

  private long[] truncate(long[] current) {
    long[] best = current;
    for (int keep = 0; keep < best.length && tries < maxTries; ) {
      long[] kept = test(Arrays.copyOf(best, keep), best);
      if (kept != null) {
        best = kept;
        break;
      }
      keep = keep == 0 ? 1 : keep * 2;
    }
    return best;
  }

  private long[] deleteBlocks(long[] current) {
    long[] best = current;
    for (int size : BLOCKS) {
      for (int i = best.length - size; i >= 0 && tries < maxTries; i--) {
        if (i + size > best.length) {
          continue;
        }
        long[] candidate = new long[best.length - size];
        System.arraycopy(best, 0, candidate, 0, i);
        System.arraycopy(best, i + size, candidate, i, best.length - i - size);
        long[] kept = test(candidate, best);
        if (kept != null) {
          best = kept;
        }
      }
    }
    return best;
  }

  private long[] zeroBlocks(long[] current) {
    long[] best = current;
    for (int size : BLOCKS) {
      for (int i = 0; i + size <= best.length && tries < maxTries; i++) {
        boolean allZero = true;
        for (int j = i; j < i + size; j++) {
          allZero &= best[j] == 0;
        }
        if (allZero) {
          continue;
        }
        long[] candidate = best.clone();
        Arrays.fill(candidate, i, i + size, 0L);
        long[] kept = test(candidate, best);
        if (kept != null) {
          best = kept;
        }
      }
    }
    return best;
  }

  /** Steps of the search for a draw's least failing value. */
  private static final int SEARCH_STEPS = 24;

  /**
   * Each draw lowered to about the least value (unsigned) at which the property still fails: zero
   * if that fails, otherwise a bisection between zero and the draw.
   */
  private long[] minimizeEach(long[] current) {
    long[] best = current;
    for (int i = 0; i < best.length && tries < maxTries; i++) {
      if (best[i] == 0) {
        continue;
      }
      long[] zero = best.clone();
      zero[i] = 0;
      long[] kept = test(zero, best);
      if (kept != null) {
        best = kept;
        continue;
      }
      long lo = 0;
      long hi = best[i];
      for (int step = 0; step < SEARCH_STEPS && tries < maxTries && i < best.length; step++) {
        long mid = lo + ((hi - lo) >>> 1);
        if (Long.compareUnsigned(mid, lo) <= 0) {
          break;
        }
        long[] candidate = best.clone();
        candidate[i] = mid;
        kept = test(candidate, best);
        if (kept != null) {
          best = kept;
          hi = mid;
        } else {
          lo = mid;
        }
      }
    }
    return best;
  }

  /**
   * What the generator drew from the candidate when the property still fails and that is smaller
   * than {@code best} (shorter, or as long and first smaller where they differ), else null: only
   * ever smaller, so shrinking ends.
   */
  private long[] test(long[] candidate, long[] best) {
    tries++;
    long[] kept = replay.apply(candidate);
    if (kept == null || !smaller(kept, best)) {
      return null;
    }
    steps++;
    return kept;
  }

  static boolean smaller(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Long.compareUnsigned(a[i], b[i]) < 0;
      }
    }
    return false;
  }
}
