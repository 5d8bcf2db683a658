package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.report.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails once and is retried leaves no row twice in the table, and counts once in the
 * summary: local[2,2] lets a task fail once, and the first attempt of one partition's task fails
 * after it has read every file of the partition (and added its tally).
 */
class TaskRetryTest {

  /** Failed attempts, counted in this JVM (local mode runs the tasks here). */
  private static final AtomicInteger FAILED = new AtomicInteger();

  private static SparkSession spark;

  @TempDir static Path work;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2,2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Passes the rows on; the first attempt of partition 1 fails at its end. */
  static final class FailFirstAttempt implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TaskContext task = TaskContext.get();
      boolean fail = task.partitionId() == 1 && task.attemptNumber() == 0;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more && fail) {
            FAILED.incrementAndGet();
            throw new IllegalStateException("the first attempt fails, on purpose");
          }
          return more;
        }

        @Override
        public Row next() {
          return rows.next();
        }
      };
    }
  }

  @Test
  void aTaskRetriedAfterItFailedLeavesNoRowTwiceAndCountsOnce() throws IOException {
    Path root = work.resolve("archive");
    TestArchive.writeTo(root);
    ArchiveCheck clean = ArchiveCheck.of(spark, List.of(root.toString()), CheckOptions.DEFAULT);
    FindingsTable.write(clean.findings(), work.resolve("clean").toString(), SaveMode.ErrorIfExists);
    Summary expected = clean.summary();

    ArchiveCheck retried = ArchiveCheck.of(spark, List.of(root.toString()), CheckOptions.DEFAULT);
    FindingsTable.write(
        retried
            .findings()
            .mapPartitions(new FailFirstAttempt(), Encoders.row(ArchiveCheck.schema())),
        work.resolve("retried").toString(),
        SaveMode.ErrorIfExists);

    assertThat(FAILED.get()).isEqualTo(1);
    assertThat(retried.partitions()).isGreaterThan(1);
    List<String> cleanRows = table("clean");
    List<String> retriedRows = table("retried");
    assertThat(retriedRows).doesNotHaveDuplicates().containsExactlyElementsOf(cleanRows);
    assertThat(retried.summary()).isEqualTo(expected);
    assertThat((long) retriedRows.size()).isEqualTo(expected.findings());
  }

  private List<String> table(String name) {
    return McTrailCheck.lines(spark.read().parquet(work.resolve(name).toString()).collectAsList());
  }
}
