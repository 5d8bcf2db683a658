package io.mctrail.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The property runner: seeds, counts, replay from a printed seed, and shrinking. */
@Isolated
class PropertyCheckTest {

  private static final Gen<List<Integer>> LISTS = Gen.ints(0, 1000).listOf(0, 8);

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(PropertyCheck.SEED);
    System.clearProperty(PropertyCheck.CASES);
  }

  @Test
  void aPassingPropertyRunsEveryCaseAndReportsThem() {
    List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
    PropertyCheck<List<Integer>> check = PropertyCheck.forAll("sizes", LISTS).cases(300);
    PropertyReport report = check.check(list -> sizes.add(list.size()));
    assertThat(report.cases()).isEqualTo(check.effectiveCases()).isGreaterThanOrEqualTo(300);
    assertThat(sizes).hasSize(report.cases()).contains(0, 8);
  }

  @Test
  void aFailureIsShrunkToTheSmallestCaseAndPrintsItsSeed() {
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll("all below 500", LISTS)
                    .cases(500)
                    .check(list -> assertThat(list).allMatch(x -> x < 500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("property 'all below 500' failed on case ")
        .hasMessageContaining("replay it with -Dmctrail.seed=0x")
        .hasMessageContaining("the smallest failing case:\n[500]\n");
  }

  @Test
  void thePrintedSeedReplaysTheFailingCase() {
    String message =
        failureOf(
            () ->
                PropertyCheck.forAll("no 7 in the list", LISTS)
                    .cases(2000)
                    .check(list -> assertThat(list).doesNotContain(7)));
    Matcher seed = Pattern.compile("-Dmctrail\\.seed=(0x[0-9a-f]{16})").matcher(message);
    assertThat(seed.find()).isTrue();

    System.setProperty(PropertyCheck.SEED, seed.group(1));
    List<List<Integer>> replayed = new ArrayList<>();
    String replay =
        failureOf(
            () ->
                PropertyCheck.forAll("no 7 in the list", LISTS)
                    .check(
                        list -> {
                          replayed.add(list);
                          assertThat(list).doesNotContain(7);
                        }));
    assertThat(replayed.get(0)).contains(7);
    assertThat(replay).contains("failed on case 1 of 1, seed " + seed.group(1));
    assertThat(replay).contains("the smallest failing case:\n[7]\n");
  }

  @Test
  void shrinkingKeepsTheKindOfFailure() {
    // Two ways to fail: a list longer than 5 (kept while shrinking) or one holding 999.
    String message =
        failureOf(
            () ->
                PropertyCheck.forAll("short lists", LISTS)
                    .cases(500)
                    .check(
                        list -> {
                          if (list.size() > 5) {
                            throw new AssertionError("too long: " + list.size());
                          }
                        }));
    assertThat(message).contains("the smallest failing case:\n[0, 0, 0, 0, 0, 0]\n");
    assertThat(message).contains("its failure:\njava.lang.AssertionError: too long: 6");
  }

  @Test
  void theCaseCountFollowsTheSystemProperty() {
    System.setProperty(PropertyCheck.CASES, "17");
    assertThat(PropertyCheck.forAll("count", LISTS).cases(1000).check(list -> {}).cases())
        .isEqualTo(17);
  }

  private static String failureOf(Runnable run) {
    try {
      run.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("the property did not fail");
  }
}
