package io.mctrail.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the inputs of an archive into the partitions of the job, as Spark cuts files into
 * partitions: each file weighs its length plus an opening cost ({@code
 * spark.files.openCostInBytes}, 4 MB by default: a small file costs a request and a decoder
 * whatever its size), and a partition holds files of consecutive paths up to {@code
 * min(maxPartitionBytes, max(openCost, total / parallelism))}, so that a small archive still
 * spreads over every core and a large one makes partitions of {@code spark.files.maxPartitionBytes}
 * (128 MB by default). Consecutive paths keep a partition's files in few days, so that it writes
 * few files of the table.
 */
final class FileBins {

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
