package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckJobTest {

  private static SparkSession spark;

  @TempDir static Path work;

  private static Path root;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("local[2]");
    root = work.resolve("archive");
    TestArchive.writeTo(root);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CheckJob.run(spark, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aRunWritesTheTableAndPrintsTheSummaryOfMctrailCheck() throws IOException {
    Path output = work.resolve("findings");

    Run run = run(root.toString(), "--output", output.toString(), "--profile", "strict");

    McTrailCheck expected = McTrailCheck.run(work, List.of("--profile", "strict"), root);
    String summaryLine = TextReportWriter.summaryLine(expected.summary());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(summaryLine + System.lineSeparator());
    assertThat(Files.readString(output.resolve(FindingsTable.SUMMARY), StandardCharsets.UTF_8))
        .isEqualTo(summaryLine + "\n");
    assertThat(McTrailCheck.lines(spark.read().parquet(output.toString()).collectAsList()))
        .containsExactlyElementsOf(expected.findings());
    assertThat(output.resolve("day=2026-11-30")).isDirectory();
  }

  @Test
  void anOutputThatExistsIsRefusedBeforeAnythingIsReadUnlessTheModeSaysWhatToDo()
      throws IOException {
    Path output = Files.createDirectories(work.resolve("taken"));

    Run refused = run(root.toString(), "--output", output.toString());
    Run replaced = run(root.toString(), "--output", output.toString(), "--mode", "overwrite");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            "mctrail-spark: the output "
                + output
                + " exists: --mode overwrite replaces it, --mode append adds to it"
                + System.lineSeparator());
    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(output.resolve(FindingsTable.SUMMARY)).exists();
  }

  @Test
  void badOptionsAreAMessageAndExitCode2NeverAStackTrace() {
    String output = work.resolve("unused").toString();

    Run since = run(root.toString(), "--output", output, "--since", "yesterday");
    Run mode = run(root.toString(), "--output", output, "--mode", "replace");
    Run profile = run(root.toString(), "--output", output, "--profile", "pedantic");
    Run noOutput = run(root.toString());

    assertThat(since.code()).isEqualTo(2);
    assertThat(since.err())
        .startsWith("mctrail-spark: --since \"yesterday\" is neither a date (2026-11-30)");
    assertThat(mode.err())
        .startsWith("mctrail-spark: unknown --mode replace; expected error, overwrite or append");
    assertThat(profile.code()).isEqualTo(2);
    assertThat(profile.err()).contains("--profile").contains("pedantic");
    assertThat(noOutput.code()).isEqualTo(2);
    assertThat(noOutput.err()).contains("Missing required option: '--output=PATH'");
    for (Run r : List.of(since, mode, profile, noOutput)) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(Path.of(output)).doesNotExist();
  }

  @Test
  void whenNothingCanBeReadTheTableSaysWhyAndTheExitCodeIs2() {
    String missing = work.resolve("no-such-archive").toString();
    Path output = work.resolve("nothing");

    Run run = run(missing, "--output", output.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).startsWith("1 file, 1 event (0 skipped): 1 error,");
    assertThat(run.err())
        .isEqualTo("mctrail-spark: nothing could be read" + System.lineSeparator());
  }
}
