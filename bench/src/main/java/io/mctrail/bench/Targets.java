package io.mctrail.bench;

import static io.mctrail.bench.Figures.events;
import static io.mctrail.bench.Figures.format;
import static io.mctrail.bench.Figures.gb;
import static io.mctrail.bench.Figures.mb;

import io.mctrail.bench.ResultsReport.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets of the two performance issues, each judged on a ratio of two numbers of one run: the
 * first issue's (reading and validating against Jackson and networknt, the typical 2 GB corpus in
 * -Xmx256m, the cost against the event's size, memory against the number of files), then those of
 * "Performance II" (check against {@code gzip -dc} on three corpora, one event through {@code
 * ./mctrail} against {@code java -version}, the default profile against {@code readTree}, the
 * compiler's share of the CPU, strict against the sum of its parts). A target whose numbers the run
 * does not have is left out; one whose command did not run to its end fails. Last, the Spark job in
 * {@code local[2]} against {@code check --threads 2} on the 1% MediaConvert corpus.
 */
final class Targets {

  /**
   * The issues: the first performance issue, "Performance II", both, or "Where the data is" (the
   * Spark job).
   */
  static final String FIRST = "I";

  static final String SECOND = "II";
  static final String BOTH = "I, II";
  static final String SPARK = "Spark";

  static final double TYPED_VS_READ_TREE = 0.7;
  static final double DEFAULT_VS_NETWORKNT = 2.0;
  static final double STRICT_VS_NETWORKNT = 0.8;
  static final double TWO_THREADS_VS_ONE = 1.7;
  static final double TWO_THREADS_VS_GZIP = 0.5;
  static final long MAX_RSS_BYTES = 512L << 20;

  /** The cost per KB of the larger events may exceed that of the 20 KB ones by this factor. */
  static final double LINEAR_SLACK = 1.2;

  /** Many small files may take this much more peak memory than a few big ones. */
  static final double FILES_SLACK = 1.2;

  static final double OTHER_ONLY_VS_GZIP = 1.0;
  static final double SPARSE_VS_GZIP = 0.8;
  static final double MEDIACONVERT_TWO_VS_ONE = 1.7;
  static final double ONE_EVENT_VS_JAVA_VERSION = 6.0;
  static final double DEFAULT_VS_READ_TREE = 0.6;
  static final double COMPILE_SHARE_OF_CPU = 0.25;
  static final double STRICT_VS_ITS_PARTS = 1.1;
  static final double SPARK_VS_TWO_THREADS = 0.7;

  /**
   * One target: what was measured against what it must reach.
   *
   * @param issues the issues that set it ({@link #FIRST}, {@link #SECOND}, {@link #BOTH}, {@link
   *     #SPARK})
   * @param name the target, as the issue words it
   * @param measured the numbers the ratio is of
   * @param ratio the ratio judged, NaN for a target that is not a ratio
   * @param threshold what the ratio must reach (at least, or at most, as the name says)
   * @param pass whether it did
   */
  record Target(
      String issues, String name, String measured, double ratio, double threshold, boolean pass) {}

  private final Map<String, Result> read;
  private final RunFacts run;
  private final Double worstScaling;
  private final List<Target> out = new ArrayList<>();

  private Targets(Map<String, Result> read, RunFacts run, Double worstScaling) {
    this.read = read;
    this.run = run;
    this.worstScaling = worstScaling;
  }

  /**
   * Every target the run has the numbers for, the first issue's first.
   *
   * @param read the scores of {@link ReadAndValidateBenchmark}, by method name
   * @param run the run's other facts
   * @param worstScaling the larger cost per KB at 80 and 320 KB over that at 20 KB, or null
   */
  static List<Target> of(Map<String, Result> read, RunFacts run, Double worstScaling) {
    Targets t = new Targets(read, run, worstScaling);
    t.firstIssue();
    t.secondIssue();
    t.sparkJob();
    return List.copyOf(t.out);
  }

  private void firstIssue() {
    atLeast(
        BOTH, "typed event ≥ 0.7 × readTree", "typedEvent", "jacksonReadTree", TYPED_VS_READ_TREE);
    atLeast(
        FIRST,
        "default profile ≥ 2 × networknt alone",
        "validatorDefault",
        "networkntAlone",
        DEFAULT_VS_NETWORKNT);
    atLeast(
        FIRST,
        "strict profile ≥ 0.8 × networknt alone",
        "validatorStrict",
        "networkntAlone",
        STRICT_VS_NETWORKNT);
    RunFacts.Timed one = run.timed("check1");
    RunFacts.Timed two = run.timed("check2");
    RunFacts.Corpus corpus = run.corpus("corpus");
    if (one != null && two != null && corpus != null) {
      add(
          BOTH,
          "check of " + gb(corpus.bytes()) + " completes with -Xmx" + run.get("xmx", "256m"),
          "exit " + one.exit() + " and " + two.exit(),
          Double.NaN,
          Double.NaN,
          one.completed() && two.completed());
      long rss = Math.max(one.rssKb(), two.rssKb()) * 1024;
      add(
          BOTH,
          "peak resident memory < 512 MB",
          mb(rss) + " MB",
          rss / (double) MAX_RSS_BYTES,
          1.0,
          rss > 0 && rss < MAX_RSS_BYTES);
      twoThreadsVsOne(FIRST, "typical mix: 2 threads ≥ 1.7 × 1 thread", "", TWO_THREADS_VS_ONE);
      twoThreadsVsGzip(FIRST, "typical mix: 2 threads ≥ 0.5 × gzip -dc", "", TWO_THREADS_VS_GZIP);
    }
    if (worstScaling != null) {
      add(
          BOTH,
          "cost per KB at 80 and 320 KB ≤ 1.2 × at 20 KB",
          "worst " + format(worstScaling) + " × the 20 KB cost",
          worstScaling,
          LINEAR_SLACK,
          worstScaling <= LINEAR_SLACK);
    }
    RunFacts.Timed few = run.timed("files.few");
    RunFacts.Timed many = run.timed("files.many");
    if (few != null && many != null && few.rssKb() > 0 && many.rssKb() > 0) {
      add(
          BOTH,
          "memory does not grow with the number of files",
          mb(many.rssKb() * 1024)
              + " MB for "
              + run.get("files.many.files", "?")
              + " files vs "
              + mb(few.rssKb() * 1024)
              + " MB for "
              + run.get("files.few.files", "?"),
          many.rssKb() / (double) few.rssKb(),
          FILES_SLACK,
          many.rssKb() <= few.rssKb() * FILES_SLACK);
    }
  }

  private void secondIssue() {
    String other = RunFacts.prefix(CorpusMix.OTHER_ONLY);
    String sparse = RunFacts.prefix(CorpusMix.MEDIACONVERT_1PCT);
    String only = RunFacts.prefix(CorpusMix.MEDIACONVERT_ONLY);
    twoThreadsVsGzip(
        SECOND, "other services only: 2 threads ≥ 1.0 × gzip -dc", other, OTHER_ONLY_VS_GZIP);
    twoThreadsVsGzip(SECOND, "1% MediaConvert: 2 threads ≥ 0.8 × gzip -dc", sparse, SPARSE_VS_GZIP);
    twoThreadsVsOne(
        SECOND, "MediaConvert only: 2 threads ≥ 1.7 × 1 thread", only, MEDIACONVERT_TWO_VS_ONE);
    oneEvent();
    atLeast(
        SECOND,
        "default profile ≥ 0.6 × readTree",
        "validatorDefault",
        "jacksonReadTree",
        DEFAULT_VS_READ_TREE);
    compileShare(only);
    strictVsItsParts();
  }

  private void atLeast(String issues, String name, String of, String against, double threshold) {
    Result a = read.get(of);
    Result b = read.get(against);
    if (a == null || b == null) {
      return;
    }
    double ratio = a.score() / b.score();
    add(
        issues,
        name,
        events(a.score()) + " vs " + events(b.score()) + " events/s",
        ratio,
        threshold,
        ratio >= threshold);
  }

  /** check --threads 2 over check --threads 1 on the corpus of {@code prefix}. */
  private void twoThreadsVsOne(String issues, String name, String prefix, double threshold) {
    RunFacts.Timed one = run.timed(prefix + "check1");
    RunFacts.Timed two = run.timed(prefix + "check2");
    if (one == null || two == null) {
      return;
    }
    if (!one.completed() || !two.completed()) {
      add(issues, name, failed(one, two), Double.NaN, threshold, false);
      return;
    }
    double ratio = one.seconds() / two.seconds();
    add(
        issues,
        name,
        rate(prefix, two) + " vs " + rate(prefix, one) + " MB/s",
        ratio,
        threshold,
        ratio >= threshold);
  }

  /** check --threads 2 over gzip -dc on the corpus of {@code prefix}. */
  private void twoThreadsVsGzip(String issues, String name, String prefix, double threshold) {
    RunFacts.Timed gzip = run.timed(prefix + "gzip");
    RunFacts.Timed two = run.timed(prefix + "check2");
    if (gzip == null || two == null) {
      return;
    }
    if (!gzip.exit().equals("0") || !two.completed()) {
      add(issues, name, failed(gzip, two), Double.NaN, threshold, false);
      return;
    }
    double ratio = gzip.seconds() / two.seconds();
    add(
        issues,
        name,
        rate(prefix, two) + " vs " + rate(prefix, gzip) + " MB/s",
        ratio,
        threshold,
        ratio >= threshold);
  }

  private void oneEvent() {
    RunFacts.Repeated check = run.repeated("one_event");
    RunFacts.Repeated java = run.repeated("java_version");
    if (check == null || java == null) {
      return;
    }
    String name = "one event through ./mctrail ≤ 6 × java -version";
    if (!(check.exit().equals("0") || check.exit().equals("1"))) {
      add(SECOND, name, "./mctrail exited " + check.exit(), Double.NaN, 6, false);
      return;
    }
    double ratio = check.seconds() / java.seconds();
    add(
        SECOND,
        name,
        Figures.seconds(check.seconds()) + " vs " + Figures.seconds(java.seconds()) + " (medians)",
        ratio,
        ONE_EVENT_VS_JAVA_VERSION,
        ratio <= ONE_EVENT_VS_JAVA_VERSION);
  }

  /**
   * The Spark job in local[2] over check --threads 2 on the 1% MediaConvert corpus: its rate, and
   * the same summary line (the same files, events, skips and findings).
   */
  private void sparkJob() {
    String prefix = RunFacts.prefix(CorpusMix.MEDIACONVERT_1PCT);
    RunFacts.Timed two = run.timed(prefix + "check2");
    RunFacts.Timed job = run.timed(prefix + "spark");
    if (two == null || job == null) {
      return;
    }
    String name = "1% MediaConvert: Spark job in local[2] ≥ 0.7 × check --threads 2, same summary";
    if (!job.exit().equals("0") || !two.completed()) {
      add(SPARK, name, failed(two, job), Double.NaN, SPARK_VS_TWO_THREADS, false);
      return;
    }
    boolean same = job.summary().equals(two.summary());
    double ratio = two.seconds() / job.seconds();
    add(
        SPARK,
        name,
        rate(prefix, job)
            + " vs "
            + rate(prefix, two)
            + " MB/s"
            + (same ? ", the same summary" : ", NOT the same summary"),
        ratio,
        SPARK_VS_TWO_THREADS,
        same && ratio >= SPARK_VS_TWO_THREADS);
  }

  /** The compilation -XX:+CITime counts in check --threads 2 over that run's CPU time. */
  private void compileShare(String prefix) {
    RunFacts.Timed two = run.timed(prefix + "check2");
    if (two == null) {
      return;
    }
    String name = "MediaConvert only, 2 threads: compilation ≤ 25% of the CPU time";
    double share = two.compileShare();
    if (Double.isNaN(share)) {
      add(SECOND, name, "not recorded", Double.NaN, COMPILE_SHARE_OF_CPU, false);
      return;
    }
    add(
        SECOND,
        name,
        Figures.seconds(two.compileSeconds())
            + " of compilation in "
            + Figures.seconds(two.cpuSeconds())
            + " of CPU",
        share,
        COMPILE_SHARE_OF_CPU,
        share <= COMPILE_SHARE_OF_CPU);
  }

  /**
   * The strict profile's cost per event over the sum of networknt alone's, Hibernate Validator
   * alone's and the default profile's: the strict profile is those three on one reading.
   */
  private void strictVsItsParts() {
    Result strict = read.get("validatorStrict");
    Result networknt = read.get("networkntAlone");
    Result hibernate = read.get("hibernateValidatorAlone");
    Result defaults = read.get("validatorDefault");
    if (strict == null || networknt == null || hibernate == null || defaults == null) {
      return;
    }
    double parts = micros(networknt) + micros(hibernate) + micros(defaults);
    double ratio = micros(strict) / parts;
    add(
        SECOND,
        "strict ≤ 1.1 × (networknt alone + Hibernate Validator alone + default), per event",
        format(micros(strict))
            + " vs "
            + format(micros(networknt))
            + " + "
            + format(micros(hibernate))
            + " + "
            + format(micros(defaults))
            + " = "
            + format(parts)
            + " µs",
        ratio,
        STRICT_VS_ITS_PARTS,
        ratio <= STRICT_VS_ITS_PARTS);
  }

  private static double micros(Result r) {
    return 1e6 / r.score();
  }

  /** Uncompressed MB a second of a command timed over the corpus of {@code prefix}. */
  private String rate(String prefix, RunFacts.Timed timed) {
    RunFacts.Corpus corpus = run.corpus(prefix + "corpus");
    return corpus == null ? "?" : format(corpus.bytes() / timed.seconds() / 1e6);
  }

  private static String failed(RunFacts.Timed a, RunFacts.Timed b) {
    return "did not complete: exit " + a.exit() + " and " + b.exit();
  }

  private void add(
      String issues, String name, String measured, double ratio, double threshold, boolean pass) {
    out.add(new Target(issues, name, measured, ratio, threshold, pass));
  }
}
