package io.mctrail.spark;

import io.mctrail.records.SkipReason;
import io.mctrail.validation.Severity;
import io.mctrail.validation.report.EventReport;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one partition of the job, for the summary: the inputs, those that could be opened,
 * the entries and their findings by severity, the records skipped by reason. Each partition adds
 * its tally once it has been read to its end; the driver keeps one tally per partition (by its
 * {@link FileBin}), so a task that is retried, or a partition that a second action computes again,
 * counts once.
 */
final class Tally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The {@link FileBin#index()} of the partition counted. */
  final int bin;

  long files;
  long readable;
  long events;
  long errors;
  long warnings;
  long infos;

  /** The records skipped, by what a report says of the reason ({@link SkipReason#label()}). */
  final TreeMap<String, Long> skipped = new TreeMap<>();

  Tally(int bin) {
    this.bin = bin;
  }

  void event(EventReport entry) {
    events++;
    errors += entry.count(Severity.ERROR);
    warnings += entry.count(Severity.WARNING);
    infos += entry.count(Severity.INFO);
  }

  void skip(SkipReason reason) {
    skipped.merge(reason.label(), 1L, Long::sum);
  }

  long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The sum of {@code tallies}, one per partition. */
  static Tally sum(Collection<Tally> tallies) {
    Tally t = new Tally(-1);
    for (Tally p : tallies) {
      t.files += p.files;
      t.readable += p.readable;
      t.events += p.events;
      t.errors += p.errors;
      t.warnings += p.warnings;
      t.infos += p.infos;
      for (Map.Entry<String, Long> e : p.skipped.entrySet()) {
        t.skipped.merge(e.getKey(), e.getValue(), Long::sum);
      }
    }
    return t;
  }
}
