package io.mctrail.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The job's output: the findings as a Parquet table partitioned by {@code day} ({@code
 * day=2026-11-30/part-....parquet}), and beside it, in {@value #SUMMARY}, the summary line of the
 * run (a name starting with an underscore, which readers of the table pass over).
 */
final class FindingsTable {

  /** The file of the summary line, in the table's folder. */
  static final String SUMMARY = "_mctrail-summary.txt";

  private FindingsTable() {}

  /** Writes {@code findings} to {@code output}. */
  static void write(Dataset<Row> findings, String output, SaveMode mode) {
    findings.write().mode(mode).partitionBy(FindingRows.DAY).parquet(output);
  }

  /** Whether {@code output} exists. */
  static boolean exists(Configuration conf, String output) throws IOException {
    Path path = new Path(output);
    return path.getFileSystem(conf).exists(path);
  }

  /** Writes {@code summaryLine} to {@value #SUMMARY} in {@code output}, replacing an older one. */
  static void writeSummary(Configuration conf, String output, String summaryLine)
      throws IOException {
    Path path = new Path(output, SUMMARY);
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(path, true)) {
      out.write((summaryLine + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
