package io.mctrail.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The generator type and its combinators: seeded, edge-biased, bounded, simplest at zero. */
class GenTest {

  /** A random source that always draws zero: every generator's simplest choice. */
  private static final RandomGenerator ZERO = () -> 0L;

  private static final int N = 20_000;

  @Test
  void theSameSeedGivesTheSameValues() {
    Gen<List<Integer>> gen = Gen.ints(-1000, 1000).listOf(0, 10);
    assertThat(gen.samples(123, 50)).isEqualTo(gen.samples(123, 50));
    assertThat(gen.samples(123, 50)).isNotEqualTo(gen.samples(124, 50));
    assertThat(gen.sample(9)).isEqualTo(gen.generate(Seeds.random(9)));
  }

  @Test
  void drawnWithZeroEveryGeneratorGivesItsSimplestValue() {
    assertThat(Gen.ints(3, 9).generate(ZERO)).isEqualTo(3);
    assertThat(Gen.doubles(-2.5, 9).generate(ZERO)).isEqualTo(-2.5);
    assertThat(Gen.ints(0, 5).listOf(1, 4).generate(ZERO)).containsExactly(0);
    assertThat(Gen.elements("a", "b", "c").generate(ZERO)).isEqualTo("a");
    assertThat(Gen.oneOf(Gen.constant("x"), Gen.constant("y")).generate(ZERO)).isEqualTo("x");
    assertThat(Gen.constant(1).optional(90).generate(ZERO)).isEmpty();
    assertThat(Gen.booleans().generate(ZERO)).isFalse();
  }

  @Test
  void rangesGiveTheirBoundsAsOftenAsTheValuesBetween() {
    int min = 0;
    int max = 0;
    for (int v : Gen.ints(10, 5000).samples(1, N)) {
      assertThat(v).isBetween(10, 5000);
      min += v == 10 ? 1 : 0;
      max += v == 5000 ? 1 : 0;
    }
    assertThat((double) min / N).isBetween(0.2, 0.3);
    assertThat((double) max / N).isBetween(0.2, 0.3);
    assertThat((double) (N - min - max) / N).isBetween(0.45, 0.55);
  }

  @Test
  void listsAreEmptyAndFullAsOftenAsInBetween() {
    int empty = 0;
    int full = 0;
    for (List<Integer> list : Gen.ints(0, 9).listOf(0, 5).samples(2, N)) {
      assertThat(list).hasSizeBetween(0, 5);
      empty += list.isEmpty() ? 1 : 0;
      full += list.size() == 5 ? 1 : 0;
    }
    assertThat((double) empty / N).isBetween(0.3, 0.4);
    assertThat((double) full / N).isBetween(0.3, 0.4);
  }

  @Test
  void doublesAreOftenWholeAsCloudTrailWritesThemSent() {
    long whole = Gen.doubles(0, 1000).samples(3, N).stream().filter(d -> d == Math.rint(d)).count();
    assertThat((double) whole / N).isGreaterThan(0.5);
  }

  @Test
  void frequencyFollowsTheWeights() {
    Gen<String> gen =
        Gen.frequency(
            Gen.weighted(1, Gen.constant("rare")), Gen.weighted(9, Gen.constant("often")));
    long rare = gen.samples(4, N).stream().filter("rare"::equals).count();
    assertThat((double) rare / N).isBetween(0.08, 0.12);
  }

  @Test
  void mapAndFlatMapCompose() {
    Gen<String> gen =
        Gen.ints(1, 3).flatMap(n -> Gen.constant("x").listOf(n, n)).map(String::valueOf);
    assertThat(gen.samples(5, 100)).allMatch(s -> s.matches("\\[x(, x){0,2}]"));
  }

  @Test
  void aMapHasTheSizeDrawnEvenWhenKeysCollide() {
    Map<String, Integer> map = Gen.mapOf(Gen.constant("key"), Gen.ints(0, 1), 3, 3).sample(6);
    assertThat(map).containsOnlyKeys("key", "key1", "key2");
  }

  @Test
  void suchThatGivesUpAfterItsAttemptsAndFallsBack() {
    assertThat(Gen.constant(1).suchThat(x -> x > 1, 5, 42).sample(7)).isEqualTo(42);
    assertThat(Gen.ints(0, 100).suchThat(x -> x % 2 == 0, 50, -1).samples(8, 200))
        .allMatch(x -> x % 2 == 0);
  }

  @Test
  void optionalValuesArePresentAsOftenAsAsked() {
    long present =
        Gen.constant("v").optional(30).samples(9, N).stream().filter(Optional::isPresent).count();
    assertThat((double) present / N).isBetween(0.27, 0.33);
  }
}
