package io.mctrail.spark;

import io.mctrail.validation.report.Summary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/**
 * A check of an archive of CloudTrail log files on a cluster: the {@code Dataset} of its findings,
 * one row a finding, and once they have been computed, the summary {@code mctrail check} prints.
 *
 * <pre>{@code
 * ArchiveCheck check =
 *     ArchiveCheck.of(spark, List.of("s3://trail-bucket/AWSLogs/"), CheckOptions.DEFAULT);
 * check.findings().write().partitionBy("day").parquet("s3://bucket/mctrail/");
 * System.out.println(TextReportWriter.summaryLine(check.summary()));
 * }</pre>
 *
 * <p>The files are listed on the driver when the check is made ({@link ArchiveListing}: folders
 * walked, or with a date window only its day folders), cut into partitions of about {@code
 * spark.files.maxPartitionBytes} ({@link FileBins}), and read whole on the executors, each file
 * streamed through the records module's reader and each record checked by one {@code Validator} per
 * executor JVM ({@link FindingsScan}). The findings are those {@code mctrail check} gives for the
 * same files, the file named by its fully qualified path. Columns: {@code file}, {@code index},
 * {@code eventID}, {@code eventTime}, {@code eventName}, {@code account} ({@code
 * recipientAccountId}), {@code region} ({@code awsRegion}), {@code rule}, {@code severity}, {@code
 * pointer}, {@code relatedPointer}, {@code message}, {@code expected}, {@code actual}, and {@code
 * day}: the day of the record's {@code eventTime}, or for a finding without one (a broken record, a
 * file that cannot be read) the day folder of the file in CloudTrail's layout.
 */
public final class ArchiveCheck {

  private final List<InputFile> inputs;
  private final int partitions;
  private final CollectionAccumulator<Tally> tallies;
  private final Dataset<Row> findings;

  private ArchiveCheck(
      List<InputFile> inputs,
      int partitions,
      CollectionAccumulator<Tally> tallies,
      Dataset<Row> findings) {
    this.inputs = inputs;
    this.partitions = partitions;
    this.tallies = tallies;
    this.findings = findings;
  }

  /**
   * A check of the files under {@code paths} (files, folders, any file system Hadoop reads: {@code
   * s3://}, {@code s3a://}, {@code hdfs://}, local), listed now; the findings are computed by the
   * actions on {@link #findings()}.
   *
   * @throws IllegalArgumentException when no path is given
   */
  public static ArchiveCheck of(SparkSession spark, List<String> paths, CheckOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no path to check");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    List<InputFile> inputs = ArchiveListing.list(conf, paths, options.window(), Instant.now());
    List<FileBin> bins =
        FileBins.of(
            inputs,
            jsc.getConf().getSizeAsBytes("spark.files.maxPartitionBytes", "128m"),
            jsc.getConf().contains("spark.files.openCostInBytes")
                ? jsc.getConf().getSizeAsBytes("spark.files.openCostInBytes")
                : FileBins.DEFAULT_OPEN_COST,
            jsc.defaultParallelism());
    CollectionAccumulator<Tally> tallies =
        spark.sparkContext().collectionAccumulator("mctrail tallies");
    Broadcast<SerializableWritable<Configuration>> shipped =
        jsc.broadcast(new SerializableWritable<>(conf));
    // one bin a partition
    JavaRDD<Row> rows =
        jsc.parallelize(bins, Math.max(1, bins.size()))
            .mapPartitions(new FindingsScan(options.scanSettings(), shipped, tallies));
    return new ArchiveCheck(
        List.copyOf(inputs), bins.size(), tallies, spark.createDataFrame(rows, FindingRows.SCHEMA));
  }

  /**
   * The findings of the files under {@code paths}, one row a finding ({@link #schema()}): for jobs
   * that compose their own steps and need no summary.
   */
  public static Dataset<Row> findings(
      SparkSession spark, List<String> paths, CheckOptions options) {
    return of(spark, paths, options).findings();
  }

  /** The columns of the findings, {@code day} last. */
  public static StructType schema() {
    return FindingRows.SCHEMA;
  }

  /** The findings, one row a finding; computed by each action on them. */
  public Dataset<Row> findings() {
    return findings;
  }

  /** The number of inputs listed, paths that could not be listed included. */
  public int files() {
    return inputs.size();
  }

  /** The number of partitions the inputs are read in. */
  public int partitions() {
    return partitions;
  }

  /**
   * The totals of the check, as {@code mctrail check} prints them ({@code
   * TextReportWriter.summaryLine}): inputs, records checked, records skipped, findings by severity.
   *
   * @throws IllegalStateException when no action has computed the findings in full yet (a write or
   *     a count does; {@code show()} may not)
   */
  public Summary summary() {
    Tally t = totals();
    return new Summary(
        t.files, t.events, t.skippedTotal(), t.errors, t.warnings, t.infos, t.skipped);
  }

  /** The number of inputs that could be opened: none means nothing could be read. */
  public long readable() {
    return totals().readable;
  }

  /** The sum of one tally per partition, every partition's. */
  private Tally totals() {
    Map<Integer, Tally> byPartition = new TreeMap<>();
    for (Tally t : tallies.value()) {
      byPartition.putIfAbsent(t.bin, t);
    }
    if (byPartition.size() < partitions) {
      throw new IllegalStateException(
          "the summary is known once an action has computed the findings in full: "
              + byPartition.size()
              + " of "
              + partitions
              + " partitions are");
    }
    return Tally.sum(byPartition.values());
  }
}
