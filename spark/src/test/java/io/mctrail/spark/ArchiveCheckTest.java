package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.records.DateWindow;
import io.mctrail.validation.Profile;
import io.mctrail.validation.report.TextReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCheckTest {

  private static SparkSession spark;

  @TempDir static Path work;

  private static Path root;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("local[2]");
    root = work.resolve("trail-bucket");
    archive = TestArchive.writeTo(root);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theFindingsAndTheSummaryAreThoseMctrailCheckGivesForTheSameFiles() throws IOException {
    ArchiveCheck check = ArchiveCheck.of(spark, List.of(root.toString()), CheckOptions.DEFAULT);
    List<Row> rows = check.findings().collectAsList();

    McTrailCheck expected = McTrailCheck.run(work, List.of(), root);
    assertThat(McTrailCheck.lines(rows)).containsExactlyElementsOf(expected.findings());
    assertThat(TextReportWriter.summaryLine(check.summary()))
        .isEqualTo(TextReportWriter.summaryLine(expected.summary()));
    // the archive is what it is meant to be: several partitions, and every kind of damage
    assertThat(check.partitions()).isGreaterThan(1);
    assertThat(expected.findings())
        .anyMatch(f -> f.contains("syntax.record-broken"))
        .anyMatch(f -> f.contains("syntax.input-empty"))
        .anyMatch(f -> f.contains("syntax.encoding"))
        .anyMatch(f -> f.contains("20261130T0015Z_d.json.gz"));
  }

  @Test
  void everyRowIsFiledUnderTheDayOfItsEventOrElseOfItsFile() {
    List<Row> rows =
        ArchiveCheck.findings(spark, List.of(root.toString()), CheckOptions.DEFAULT)
            .collectAsList();

    assertThat(rows).isNotEmpty();
    for (Row r : rows) {
      String eventTime = r.getAs("eventTime");
      String file = r.getAs("file");
      String day = r.getAs("day");
      if (eventTime != null) {
        assertThat(day).as("%s", r).isEqualTo(eventTime.substring(0, 10));
      } else {
        assertThat(file).contains("/" + day.replace('-', '/') + "/");
      }
    }
    assertThat(rows)
        .filteredOn(r -> "syntax.record-broken".equals(r.getAs("rule")))
        .allSatisfy(r -> assertThat((String) r.getAs("day")).isEqualTo("2026-11-30"));
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat((String) r.getAs("account")).isEqualTo(TestArchive.ACCOUNT);
              assertThat((String) r.getAs("region")).isEqualTo(TestArchive.REGION);
            });
  }

  @Test
  void aWindowReadsTheLogFilesOfItsDaysAlone() throws IOException {
    CheckOptions window =
        CheckOptions.DEFAULT.withWindow(DateWindow.parse("2026-11-30T00:10Z", "2026-11-30"));

    ArchiveCheck check = ArchiveCheck.of(spark, List.of(root.toString()), window);
    List<Row> rows = check.findings().collectAsList();

    Path day = root.resolve(TestArchive.TRAIL + "2026/11/30");
    McTrailCheck expected =
        McTrailCheck.run(
            work,
            List.of(),
            day.resolve(TestArchive.ACCOUNT + "_CloudTrail_eu-west-1_20261130T0010Z_c.json.gz"),
            day.resolve(TestArchive.ACCOUNT + "_CloudTrail_eu-west-1_20261130T0015Z_d.json.gz"),
            day.resolve(TestArchive.ACCOUNT + "_CloudTrail_eu-west-1_20261130T0020Z_e.json"));
    assertThat(check.files()).isEqualTo(3);
    assertThat(McTrailCheck.lines(rows)).containsExactlyElementsOf(expected.findings());
    assertThat(check.summary()).isEqualTo(expected.summary());
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsAFindingAndTheRestIsStillRead() throws IOException {
    Path folder = work.resolve("vanishing");
    TestArchive.writeTo(folder);
    ArchiveCheck check =
        ArchiveCheck.of(
            spark,
            List.of(folder.resolve(TestArchive.TRAIL + "2026/11/29").toString()),
            CheckOptions.DEFAULT.withProfile(Profile.LENIENT));
    Path gone =
        folder.resolve(
            TestArchive.TRAIL
                + "2026/11/29/"
                + TestArchive.ACCOUNT
                + "_CloudTrail_eu-west-1_20261129T2355Z_a.json.gz");
    Files.delete(gone);

    List<Row> rows = check.findings().collectAsList();

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat((String) r.getAs("rule")).isEqualTo("syntax.input-unreadable");
              assertThat((String) r.getAs("message"))
                  .isEqualTo(
                      r.getAs("file") + ": no such file (it may have vanished during the run)");
            });
    assertThat(check.summary().files()).isEqualTo(1);
    assertThat(check.readable()).isZero();
  }

  @Test
  void aPathThatDoesNotExistIsAFindingOfItsOwn() {
    String missing = work.resolve("no-such-folder").toString();

    List<Row> rows =
        ArchiveCheck.findings(spark, List.of(missing), CheckOptions.DEFAULT).collectAsList();

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat((String) r.getAs("file")).isEqualTo(missing);
              assertThat((String) r.getAs("message"))
                  .isEqualTo(missing + ": no such file or folder");
            });
  }

  @Test
  void theSummaryIsKnownOnceAnActionHasComputedEveryPartitionAndCountsEachOnce() {
    ArchiveCheck check = ArchiveCheck.of(spark, List.of(root.toString()), CheckOptions.DEFAULT);

    assertThatThrownBy(check::summary)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("once an action has computed the findings in full");
    long rows = check.findings().count();
    var once = check.summary();
    check.findings().count();

    assertThat(check.summary()).isEqualTo(once);
    assertThat(once.findings()).isEqualTo(rows);
    assertThat(once.files()).isEqualTo(archive.inputs.size());
  }
}
