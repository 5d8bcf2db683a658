package io.mctrail.model.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueTypeRangeTest {

  private static ValueType integer(String min, String max) {
    return ValueType.simple(
        ValueType.Kind.LONG,
        "__long",
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        null);
  }

  /** The comparison of longs gives the verdict of comparing the exact values with the bounds. */
  @Test
  void containsAgreesWithExactComparisonOfTheBounds() {
    String[][] bounds = {
      {null, null},
      {"0", null},
      {null, "2147483647"},
      {"-60", "60"},
      {"0.5", "9.5"},
      {"-9223372036854775808", "9223372036854775807"},
      {"-1e30", "1e30"},
      {"1e30", null},
      {null, "-1e30"},
      {"7", "7"},
      {"8", "7"}
    };
    long[] probes = {
      Long.MIN_VALUE, Long.MIN_VALUE + 1, -61, -60, -1, 0, 1, 7, 8, 9, 10, 60, 61, Long.MAX_VALUE
    };
    SplittableRandom random = new SplittableRandom(42);
    for (String[] b : bounds) {
      ValueType type = integer(b[0], b[1]);
      for (int i = 0; i < probes.length + 200; i++) {
        long v = i < probes.length ? probes[i] : random.nextLong();
        BigDecimal exact = BigDecimal.valueOf(v);
        boolean expected =
            (type.min() == null || exact.compareTo(type.min()) >= 0)
                && (type.max() == null || exact.compareTo(type.max()) <= 0);
        assertThat(type.contains(v)).as("%s in [%s, %s]", v, b[0], b[1]).isEqualTo(expected);
      }
    }
  }
}
