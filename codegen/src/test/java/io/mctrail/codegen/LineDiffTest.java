package io.mctrail.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static String numbered(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(joinLines());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinLines() {
    return Collectors.joining("\n", "", "\n");
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(LineDiff.of("a\nb\n", "a\r\nb\r\n")).isEmpty();
    assertThat(LineDiff.of("", "")).isEmpty();
  }

  @Test
  void insertedLineIsShownWithItsActualLineNumberOnly() {
    String expected = numbered(20);
    String actual = expected.replace("line 10\n", "line 10\ninserted\n");

    String diff = LineDiff.of(expected, actual).orElseThrow();

    assertThat(diff)
        .startsWith(
            "expected (21 lines) and actual (22 lines) differ: first difference at expected line"
                + " 11, actual line 11; 0 line(s) removed, 1 line(s) added")
        .contains("@@ expected 8-13, actual 8-14 @@");
    assertThat(diff.lines().toList())
        .contains("+    11 | inserted", "  10 10 | line 10", "  11 12 | line 11")
        .noneMatch(l -> l.endsWith("| line 1") || l.endsWith("| line 20"));
  }

  @Test
  void removedLineIsShownWithItsExpectedLineNumberOnly() {
    String expected = numbered(20);
    String actual = expected.replace("line 5\n", "");

    List<String> diff = LineDiff.of(expected, actual).orElseThrow().lines().toList();

    assertThat(diff).contains("-  5    | line 5", "   4  4 | line 4", "   6  5 | line 6");
  }

  @Test
  void distantChangesGetSeparateHunks() {
    String expected = numbered(40);
    String actual = expected.replace("line 3\n", "three\n").replace("line 35\n", "thirty-five\n");

    String diff = LineDiff.of(expected, actual).orElseThrow();

    assertThat(diff.lines().filter(l -> l.startsWith("@@"))).hasSize(2);
    assertThat(diff).contains("2 line(s) removed, 2 line(s) added").doesNotContain("| line 20");
  }

  @Test
  void longDiffsAreTruncated() {
    String expected = numbered(500);
    String actual = expected.replace("line", "LINE");

    String diff = LineDiff.of(expected, actual).orElseThrow();

    assertThat(diff.lines().count()).isLessThan(LineDiff.MAX_OUTPUT_LINES + 5);
    assertThat(diff).contains("diff truncated");
  }

  @Test
  void trailingSpacesAndTabsOfChangedLinesAreVisible() {
    String diff = LineDiff.of("a\nb\n", "a\nb  \n").orElseThrow();

    assertThat(diff).contains("<-- 2 trailing space(s)");
    assertThat(LineDiff.of("x\n", "\tx\n").orElseThrow()).contains("| \\tx");
  }
}
