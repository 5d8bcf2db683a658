package io.mctrail.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the inputs of an archive into the partitions of the job, as Spark cuts files into
 * partitions: each file weighs its length plus an opening cost, and a partition holds files of
 * consecutive paths up to {@code min(maxPartitionBytes, max(openCost, total / parallelism))}, so
 * that a small archive still spreads over every core and a large one makes partitions of {@code
 * spark.files.maxPartitionBytes} (128 MB by default). Consecutive paths keep a partition's files in
 * few days, so that it writes few files of the table.
 *
 * <p>The opening cost is {@value #DEFAULT_OPEN_COST} bytes unless {@code
 * spark.files.openCostInBytes} is set. Spark's own default, 4 MB, is for scans that read as fast as
 * the disk: checking reads some 5 MB of gzipped log files a second per core, so a request to S3
 * (some 30 ms) costs what checking 150 KB does. With 4 MB, CloudTrail's small files (tens of KB)
 * made tasks of some 30 files and a fifth of a second, whose own cost (a task's scheduling, the
 * write's set-up) took a third of a run; the same 2 GB took 46 s in {@code local[2]} against 28 to
 * 32 s with partitions some ten times larger.
 */
final class FileBins {

  /** What opening a file weighs unless {@code spark.files.openCostInBytes} says otherwise. */
  static final long DEFAULT_OPEN_COST = 256 * 1024;

  private FileBins() {}

  /**
   * The partitions of {@code inputs}, in their order.
   *
   * @param maxPartitionBytes the most a partition weighs (unless one file weighs more)
   * @param openCost what opening a file weighs, in bytes
   * @param parallelism how many partitions there are at least, files permitting
   */
  static List<FileBin> of(
      List<InputFile> inputs, long maxPartitionBytes, long openCost, int parallelism) {
    long total = 0;
    for (InputFile f : inputs) {
      total += f.length() + openCost;
    }
    long target = Math.min(maxPartitionBytes, Math.max(openCost, total / Math.max(1, parallelism)));
    List<FileBin> bins = new ArrayList<>();
    List<InputFile> bin = new ArrayList<>();
    long weight = 0;
    for (InputFile f : inputs) {
      long w = f.length() + openCost;
      if (!bin.isEmpty() && weight + w > target) {
        bins.add(new FileBin(bins.size(), bin));
        bin = new ArrayList<>();
        weight = 0;
      }
      bin.add(f);
      weight += w;
    }
    if (!bin.isEmpty()) {
      bins.add(new FileBin(bins.size(), bin));
    }
    return bins;
  }
}
