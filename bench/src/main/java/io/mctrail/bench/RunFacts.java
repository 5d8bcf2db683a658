package io.mctrail.bench;

import java.util.Properties;

/**
 * What one run of {@code bench/run.sh} recorded besides JMH's scores, read from the {@code
 * key=value} facts it wrote: the machine, each corpus (under a prefix: {@code corpus.} for the
 * typical corpus, {@code mix.<mix>.corpus.} for a corpus of a {@link CorpusMix}, {@code files.few.}
 * and {@code files.many.}), each timed command (under its key: {@code gzip}, {@code check1}, {@code
 * mix.other-only.check2}, …) and the one-event check ({@code one_event}, {@code java_version}).
 */
final class RunFacts {

  /** The key prefix of the runs over the corpus of {@code mix}; "" for the typical 2 GB corpus. */
  static String prefix(CorpusMix mix) {
    return mix == CorpusMix.TYPICAL ? "" : "mix." + mix.id() + ".";
  }

  /**
   * A corpus the run built.
   *
   * @param files its log files
   * @param records the records in them
   * @param bytes their uncompressed size
   * @param gzipBytes their size on disk
   * @param seed the seed it was built from, as written
   */
  record Corpus(long files, long records, long bytes, long gzipBytes, String seed) {}

  /**
   * A command the run timed once.
   *
   * @param seconds its wall time
   * @param exit its exit code, as written ("" when not recorded)
   * @param rssKb its peak resident memory in KB, 0 when not recorded
   * @param heapMb the largest heap after a collection in MB, as written ("" when not recorded)
   * @param cpuSeconds its CPU time, user and system, NaN when not recorded
   * @param compileSeconds the compilation time -XX:+CITime counted, NaN when not recorded
   * @param summary the last line of its report, "" for none
   */
  record Timed(
      double seconds,
      String exit,
      long rssKb,
      String heapMb,
      double cpuSeconds,
      double compileSeconds,
      String summary) {

    /** Whether the command ran to its end: exit code 0, or 1 (mctrail check's "findings"). */
    boolean completed() {
      return exit.equals("0") || exit.equals("1");
    }

    /** The compilation time's share of the CPU time; NaN without both. */
    double compileShare() {
      return compileSeconds / cpuSeconds;
    }
  }

  /**
   * A command the run timed several times.
   *
   * @param seconds the median wall time
   * @param runs every run's wall time, as written
   * @param exit the last run's exit code, as written
   */
  record Repeated(double seconds, String runs, String exit) {}

  private final Properties properties;

  RunFacts(Properties properties) {
    this.properties = properties;
  }

  /** Whether the run recorded {@code key}. */
  boolean has(String key) {
    return properties.containsKey(key);
  }

  /** The value of {@code key}, or {@code otherwise}. */
  String get(String key, String otherwise) {
    return properties.getProperty(key, otherwise);
  }

  /** The corpus under {@code prefix} ({@code corpus}, {@code mix.other-only.corpus}), or null. */
  Corpus corpus(String prefix) {
    if (!has(prefix + ".bytes")) {
      return null;
    }
    return new Corpus(
        longOf(prefix + ".files"),
        longOf(prefix + ".records"),
        longOf(prefix + ".bytes"),
        longOf(prefix + ".gzip_bytes"),
        get(prefix + ".seed", "?"));
  }

  /** The command timed under {@code key}, or null. */
  Timed timed(String key) {
    if (!has(key + ".seconds")) {
      return null;
    }
    return new Timed(
        doubleOf(key + ".seconds"),
        get(key + ".exit", ""),
        longOf(key + ".rss_kb"),
        get(key + ".heap_mb", ""),
        doubleOf(key + ".cpu_seconds"),
        doubleOf(key + ".compile_seconds"),
        get(key + ".summary", ""));
  }

  /** The command timed several times under {@code key}, or null. */
  Repeated repeated(String key) {
    if (!has(key + ".seconds")) {
      return null;
    }
    return new Repeated(doubleOf(key + ".seconds"), get(key + ".runs", ""), get(key + ".exit", ""));
  }

  private long longOf(String key) {
    String v = get(key, "").strip();
    try {
      return v.isEmpty() ? 0 : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private double doubleOf(String key) {
    String v = get(key, "").strip();
    try {
      return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
