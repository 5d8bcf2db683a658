package io.mctrail.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The elementary draws are monotone in the long they draw: a smaller draw never gives a larger
 * index or size, which is what lets a failing case shrink by replaying smaller draws.
 */
class DrawsTest {

  @Test
  void indexSizeAndChanceNeverGrowWhenTheDrawShrinks() {
    long[] draws = new SplittableRandom(1).longs(5000).toArray();
    Long[] boxed = Arrays.stream(draws).boxed().toArray(Long[]::new);
    Arrays.sort(boxed, Long::compareUnsigned);
    int lastIndex = -1;
    int lastSize = -1;
    boolean lastChance = false;
    for (long x : boxed) {
      int index = Draws.index(constant(x), 37);
      int size = Draws.size(constant(x), 2, 9);
      boolean chance = Draws.chance(constant(x), 40);
      assertThat(index).isGreaterThanOrEqualTo(lastIndex).isBetween(0, 36);
      assertThat(size).isGreaterThanOrEqualTo(lastSize).isBetween(2, 9);
      assertThat(!lastChance || chance).isTrue();
      lastIndex = index;
      lastSize = size;
      lastChance = chance;
    }
  }

  @Test
  void boundsHoldAtTheExtremesOfTheDraw() {
    for (long x : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(Draws.longBetween(constant(x), -5, 5)).isBetween(-5L, 5L);
      assertThat(Draws.longBetween(constant(x), Long.MIN_VALUE, Long.MAX_VALUE)).isNotNull();
      assertThat(Draws.doubleBetween(constant(x), -1.5, 2.5)).isBetween(-1.5, 2.5);
      assertThat(Draws.below(constant(x), 10)).isBetween(0L, 9L);
    }
  }

  @Test
  void aMonotoneSourceKeepsBoundedDrawsWithinBounds() {
    RandomGenerator monotone = Draws.monotone(Seeds.random(2));
    for (int i = 0; i < 1000; i++) {
      assertThat(monotone.nextInt(7)).isBetween(0, 6);
      assertThat(monotone.nextInt(-3, 4)).isBetween(-3, 3);
      assertThat(monotone.nextLong(11)).isBetween(0L, 10L);
    }
    assertThat(Draws.monotone(() -> 0L).nextInt(100)).isZero();
  }

  private static RandomGenerator constant(long x) {
    return () -> x;
  }
}
