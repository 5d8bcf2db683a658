package io.mctrail.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.bench.ResultsReport.Result;
import io.mctrail.bench.Targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * RESULTS.md from one run: JMH's events per second with megabytes per second from the events' mean
 * size, every target of the two performance issues judged on the ratio of two numbers of the same
 * run, the scaling judged on the cost per kilobyte, the end-to-end rates on the corpus's
 * uncompressed bytes with the CPU and compilation time beside each run.
 */
class ResultsReportTest {

  private static final String READ = ResultsReport.READ;

  @Test
  void jmhJsonIsReadWithParametersAndAMissingError() throws Exception {
    String json =
        """
        [{"benchmark": "io.mctrail.bench.LayerBenchmark.validatorLayer",
          "params": {"layer": "semantics"},
          "primaryMetric": {"score": 1234.5, "scoreError": "NaN", "scoreUnit": "ops/s"}},
         {"benchmark": "io.mctrail.bench.ReadAndValidateBenchmark.typedEvent",
          "primaryMetric": {"score": 10.0, "scoreError": 0.5, "scoreUnit": "ops/s"}}]
        """;

    List<Result> results = ResultsReport.readJmh(new ObjectMapper().readTree(json));

    assertThat(results)
        .containsExactly(
            new Result(ResultsReport.LAYER, Map.of("layer", "semantics"), 1234.5, Double.NaN),
            new Result(READ + "typedEvent", Map.of(), 10.0, 0.5));
  }

  @Test
  void howTheScoresWereMeasuredIsSaidWhenAllWereMeasuredAlike() throws Exception {
    String one =
        """
        {"benchmark": "io.mctrail.bench.ReadAndValidateBenchmark.%s", "forks": 3,
         "warmupIterations": 8, "warmupTime": "5 s",
         "measurementIterations": 5, "measurementTime": "3 s",
         "primaryMetric": {"score": %s, "scoreError": 1.0, "scoreUnit": "ops/s"}}
        """;
    String json =
        "[" + one.formatted("typedEvent", "10.0") + "," + one.formatted("jacksonReadTree", "20.0");
    List<Result> alike = ResultsReport.readJmh(new ObjectMapper().readTree(json + "]"));
    String differs =
        json + "," + one.replace("\"forks\": 3", "\"forks\": 1").formatted("networkntAlone", "5.0");
    List<Result> unlike = ResultsReport.readJmh(new ObjectMapper().readTree(differs + "]"));

    assertThat(report(alike, new Properties()).markdown())
        .contains("JMH: 3 forks, warm-up 8 × 5 s, measured 5 × 3 s (± is JMH's 99.9% interval).");
    assertThat(report(unlike, new Properties()).markdown()).doesNotContain("JMH: ");
  }

  @Test
  void eachTargetIsTheRatioOfTwoNumbersOfTheRun() {
    // typed 0.7 × readTree: met; default 1.67 × networknt: missed; strict 0.83 × networknt: met.
    ResultsReport report = report(readResults(7_000, 10_000, 1_000, 600, 500), fullRun());

    assertThat(report.targets())
        .extracting(Target::issues, Target::name, Target::pass)
        .containsExactly(
            tuple("I, II", "typed event ≥ 0.7 × readTree", true),
            tuple("I", "default profile ≥ 2 × networknt alone", false),
            tuple("I", "strict profile ≥ 0.8 × networknt alone", true),
            tuple("I, II", "check of 2.15 GB completes with -Xmx256m", true),
            tuple("I, II", "peak resident memory < 512 MB", true),
            tuple("I", "typical mix: 2 threads ≥ 1.7 × 1 thread", true),
            tuple("I", "typical mix: 2 threads ≥ 0.5 × gzip -dc", false),
            tuple("I, II", "memory does not grow with the number of files", true),
            tuple("II", "default profile ≥ 0.6 × readTree", false));
    assertThat(report.targets().get(0).ratio()).isEqualTo(0.7);
    assertThat(report.targets().get(1).ratio()).isEqualTo(1_000 / 600.0);
  }

  @Test
  void everyTargetOfTheSecondIssueIsJudgedOnItsCorpusOrItsBenchmarks() {
    // µs per event: strict 2500; networknt 1000, Hibernate Validator 500, default 400: 1900.
    List<Result> results = readResults(7_000, 10_000, 2_500, 1_000, 400);
    results.add(new Result(READ + "hibernateValidatorAlone", Map.of(), 2_000, 20));
    Properties run = fullRun();
    mixRun(run, "other-only", 4.0, 9.0, 4.0, 1.0); // 2 threads at 1.0 × gzip: met
    mixRun(run, "mediaconvert-1pct", 4.0, 9.0, 5.5, 1.0); // 0.73 × gzip: missed
    mixRun(run, "mediaconvert-only", 4.0, 90.0, 50.0, 12.0); // 1.8 × 1 thread; 12 of 90 s CPU
    run.setProperty("one_event.seconds", "0.540");
    run.setProperty("one_event.exit", "1");
    run.setProperty("java_version.seconds", "0.100");
    run.setProperty("java_version.exit", "0");

    List<Target> second =
        report(results, run).targets().stream().filter(t -> t.issues().equals("II")).toList();

    assertThat(second)
        .extracting(Target::name, Target::pass)
        .containsExactly(
            tuple("other services only: 2 threads ≥ 1.0 × gzip -dc", true),
            tuple("1% MediaConvert: 2 threads ≥ 0.8 × gzip -dc", false),
            tuple("MediaConvert only: 2 threads ≥ 1.7 × 1 thread", true),
            tuple("one event through ./mctrail ≤ 6 × java -version", true),
            tuple("default profile ≥ 0.6 × readTree", false),
            tuple("MediaConvert only, 2 threads: compilation ≤ 25% of the CPU time", true),
            tuple(
                "strict ≤ 1.1 × (networknt alone + Hibernate Validator alone + default), per event",
                false));
    double[] ratios = {1.0, 4.0 / 5.5, 90.0 / 50.0, 5.4, 0.25, 12.0 / 90.0, 2500 / 1900.0};
    for (int i = 0; i < ratios.length; i++) {
      assertThat(second.get(i).ratio()).as(second.get(i).name()).isCloseTo(ratios[i], within(1e-9));
    }
    assertThat(second.get(6).measured()).isEqualTo("2,500 vs 1,000 + 500 + 400 = 1,900 µs");
  }

  @Test
  void aTargetOfAtMostFailsAboveItsThreshold() {
    Properties run = new Properties();
    mixRun(run, "mediaconvert-only", 4.0, 90.0, 50.0, 23.0); // 23 of 90 s CPU
    run.setProperty("one_event.seconds", "0.61");
    run.setProperty("one_event.exit", "0");
    run.setProperty("java_version.seconds", "0.10");

    List<Target> targets = report(List.of(), run).targets();

    assertThat(targets)
        .extracting(Target::name, Target::pass)
        .contains(
            tuple("one event through ./mctrail ≤ 6 × java -version", false),
            tuple("MediaConvert only, 2 threads: compilation ≤ 25% of the CPU time", false));
  }

  @Test
  void aCheckThatDidNotCompleteFailsItsTargetsWhateverItsTime() {
    Properties run = new Properties();
    mixRun(run, "other-only", 4.0, 9.0, 1.0, 1.0);
    run.setProperty("mix.other-only.check2.exit", "2");
    mixRun(run, "mediaconvert-only", 4.0, 90.0, 10.0, 1.0);
    run.setProperty("mix.mediaconvert-only.check2.exit", "137");
    run.remove("mix.mediaconvert-only.check2.compile_seconds");

    List<Target> targets = report(List.of(), run).targets();

    assertThat(targets)
        .extracting(Target::name, Target::measured, Target::pass)
        .containsExactly(
            tuple(
                "other services only: 2 threads ≥ 1.0 × gzip -dc",
                "did not complete: exit 0 and 2",
                false),
            tuple(
                "MediaConvert only: 2 threads ≥ 1.7 × 1 thread",
                "did not complete: exit 0 and 137",
                false),
            tuple(
                "MediaConvert only, 2 threads: compilation ≤ 25% of the CPU time",
                "not recorded", false));
  }

  @Test
  void eachRunShowsItsCpuAndCompilationTimeBesideItsWallTime() {
    Properties run = new Properties();
    mixRun(run, "mediaconvert-only", 4.0, 90.0, 50.0, 12.0);

    String md = report(List.of(), run).markdown();

    // 1 GiB: gzip 268 MB/s; 2 threads in 50 s: 21.5 MB/s, 0.08 × gzip, 45 s CPU, 12 s compiling.
    assertThat(md).contains("### MediaConvert only\n");
    assertThat(md).contains("`--mix mediaconvert-only`, seed 0x2a: 500 files, 90000 records,");
    assertThat(md).contains("| gzip -dc to /dev/null | 4.00 | 268 | 1.00 | 3.80 |  |  | 2 |");
    assertThat(md)
        .contains(
            "| check --threads 2 | 50.0 | 21.5 | 0.08 | 90.0 | 12.0 | 13% | 280 | 30 | 0 |"
                + " 500 files |");
    assertThat(md).doesNotContain("A trial run");
  }

  @Test
  void smallCorporaMakeATrial() {
    Properties run = new Properties();
    mixRun(run, "other-only", 4.0, 9.0, 4.0, 1.0);
    run.setProperty("mix.other-only.corpus.bytes", Long.toString(30L << 20));

    assertThat(report(List.of(), run).markdown())
        .contains("**A trial run** (corpora of the mixes from 0.03 GB, not 1 GB)");
  }

  @Test
  void theOneEventCheckIsShownBesideJavaVersion() {
    Properties run = new Properties();
    run.setProperty("one_event.command", "./mctrail check seed.json");
    run.setProperty("one_event.seconds", "0.540");
    run.setProperty("one_event.runs", "0.530 0.540 0.610");
    run.setProperty("one_event.exit", "1");
    run.setProperty("java_version.seconds", "0.100");
    run.setProperty("java_version.runs", "0.090 0.100 0.120");
    run.setProperty("java_version.exit", "0");

    String md = report(List.of(), run).markdown();

    assertThat(md).contains("| `./mctrail check seed.json` | 0.54 | 0.530 0.540 0.610 | 1 |");
    assertThat(md).contains("| `java -version` | 0.10 | 0.090 0.100 0.120 | 0 |");
    assertThat(md).contains("| II | one event through ./mctrail ≤ 6 × java -version | 0.54 s vs");
  }

  @Test
  void megabytesPerSecondAreEventsPerSecondTimesTheMeanSize() {
    String md = report(readResults(7_000, 10_000, 1_000, 400, 600), new Properties()).markdown();

    // 1,000 events/s of 11,000 bytes: 11.0 MB/s; 1.0 × readTree would be 10,000.
    assertThat(md).contains("| validatorDefault | 1,000 | 10.0 | 11.0 | 0.10 |");
    assertThat(md).contains("| jacksonReadTree | 10,000 | 100 | 110 | 1.00 |");
    assertThat(md).doesNotContain("A trial run");
  }

  @Test
  void theEndToEndRatesAreTheCorpusBytesOverWallTime() {
    Properties run = fullRun();
    run.setProperty("run.quick", "1");

    String md = report(List.of(), run).markdown();

    // 2,147,483,648 bytes in 100 s: 21.5 MB/s, 0.04 × gzip's 4 s.
    assertThat(md)
        .contains("| check --threads 1 | 100 | 21.5 | 0.04 | 110 | 9.50 | 9% | 300 | 40 | 0 |");
    assertThat(md).contains("| gzip -dc to /dev/null | 4.00 | 537 | 1.00 |");
    assertThat(md).contains("**A trial run** (short JMH iterations)");
  }

  @Test
  void theSparkJobIsJudgedAgainstTwoThreadsOnTheSameCorpusAndMustGiveTheSameSummary() {
    String summary = "800 files, 1600 events (158400 skipped): 0 errors, 0 warnings, 5 infos";
    Properties run = new Properties();
    run.setProperty("mix.mediaconvert-1pct.corpus.bytes", "1000000000");
    run.setProperty("mix.mediaconvert-1pct.corpus.files", "800");
    run.setProperty("mix.mediaconvert-1pct.check2.seconds", "20.0");
    run.setProperty("mix.mediaconvert-1pct.check2.exit", "0");
    run.setProperty("mix.mediaconvert-1pct.check2.summary", summary);
    run.setProperty("mix.mediaconvert-1pct.spark.seconds", "25.0");
    run.setProperty("mix.mediaconvert-1pct.spark.exit", "0");
    run.setProperty("mix.mediaconvert-1pct.spark.summary", summary);

    Target fast = spark(run);
    run.setProperty("mix.mediaconvert-1pct.spark.summary", "799" + summary.substring(3));
    Target differs = spark(run);
    run.setProperty("mix.mediaconvert-1pct.spark.summary", summary);
    run.setProperty("mix.mediaconvert-1pct.spark.seconds", "40.0");
    Target slow = spark(run);
    run.setProperty("mix.mediaconvert-1pct.spark.seconds", "25.0");
    run.setProperty("mix.mediaconvert-1pct.spark.exit", "1");
    Target failed = spark(run);

    assertThat(fast.issues()).isEqualTo("Spark");
    assertThat(fast.ratio()).isEqualTo(0.8);
    assertThat(fast.pass()).isTrue();
    assertThat(fast.measured()).isEqualTo("40.0 vs 50.0 MB/s, the same summary");
    assertThat(differs.pass()).isFalse();
    assertThat(differs.measured()).endsWith("NOT the same summary");
    assertThat(slow.ratio()).isEqualTo(0.5);
    assertThat(slow.pass()).isFalse();
    assertThat(failed.pass()).isFalse();
  }

  private static Target spark(Properties run) {
    return report(List.of(), run).targets().stream()
        .filter(t -> t.issues().equals("Spark"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theHeadingNamesTheDateAndTheCommitOfTheRun() {
    Properties run = new Properties();
    run.setProperty("run.date", "2026-12-03T12:47Z");
    run.setProperty("run.commit", "1f1eb8c + changes");

    String md = report(List.of(), run).markdown();

    assertThat(md)
        .contains(
            "The latest run of `bench/run.sh`, 2026-12-03T12:47Z, of commit `1f1eb8c + changes`.");
    assertThat(report(List.of(), new Properties()).markdown())
        .contains("The latest run of `bench/run.sh`. Reproduce it with:");
  }

  @Test
  void aCostPerKilobyteThatStaysFlatIsLinearAndOneThatGrowsIsNot() {
    // Mean sizes of exactly 20, 80 and 320 KB; µs per event 100, 400, 1600: 5 µs/KB throughout.
    Map<Integer, Double> sizes = Map.of(20, 20 * 1024.0, 80, 80 * 1024.0, 320, 320 * 1024.0);
    List<Result> linear = List.of(scaling(20, 10_000), scaling(80, 2_500), scaling(320, 625));
    List<Result> quadratic = List.of(scaling(20, 10_000), scaling(80, 2_500), scaling(320, 300));

    assertThat(report(linear, new Properties(), sizes).worstScaling()).isEqualTo(1.0);
    Target verdict = report(quadratic, new Properties(), sizes).targets().get(0);
    assertThat(verdict.name()).isEqualTo("cost per KB at 80 and 320 KB ≤ 1.2 × at 20 KB");
    assertThat(verdict.pass()).isFalse();
    assertThat(verdict.ratio()).isGreaterThan(2);
  }

  private static Result scaling(int sizeKb, double eventsPerSecond) {
    return new Result(
        ResultsReport.SCALING + "validatorDefault",
        Map.of("sizeKb", Integer.toString(sizeKb)),
        eventsPerSecond,
        Double.NaN);
  }

  private static List<Result> readResults(
      double typed, double readTree, double defaults, double networknt, double strict) {
    List<Result> out = new ArrayList<>();
    out.add(new Result(READ + "jacksonReadTree", Map.of(), readTree, readTree / 100));
    out.add(new Result(READ + "typedEvent", Map.of(), typed, typed / 100));
    out.add(new Result(READ + "validatorDefault", Map.of(), defaults, defaults / 100));
    out.add(new Result(READ + "validatorStrict", Map.of(), strict, strict / 100));
    out.add(new Result(READ + "networkntAlone", Map.of(), networknt, networknt / 100));
    return out;
  }

  /** A run of 2 GiB: gzip in 4 s, 1 thread in 100 s, 2 threads in 55 s. */
  private static Properties fullRun() {
    Properties p = new Properties();
    p.setProperty("corpus.bytes", Long.toString(2L << 30));
    p.setProperty("corpus.files", "1600");
    p.setProperty("corpus.records", "320000");
    p.setProperty("corpus.gzip_bytes", Long.toString(300L << 20));
    p.setProperty("gzip.seconds", "4.0");
    p.setProperty("check1.seconds", "100.0");
    p.setProperty("check1.exit", "0");
    p.setProperty("check1.rss_kb", Long.toString(300 * 1024));
    p.setProperty("check1.heap_mb", "40");
    p.setProperty("check1.cpu_seconds", "110.0");
    p.setProperty("check1.compile_seconds", "9.5");
    p.setProperty("check2.seconds", "55.0");
    p.setProperty("check2.exit", "0");
    p.setProperty("check2.rss_kb", Long.toString(320 * 1024));
    p.setProperty("files.few.files", "18");
    p.setProperty("files.few.seconds", "20.0");
    p.setProperty("files.many.seconds", "21.0");
    p.setProperty("files.few.rss_kb", Long.toString(300 * 1024));
    p.setProperty("files.many.files", "3600");
    p.setProperty("files.many.rss_kb", Long.toString(310 * 1024));
    return p;
  }

  /**
   * The runs over the 1 GiB corpus of a mix: gzip, 1 and 2 threads in the seconds given, the second
   * taking 90 s of CPU of which {@code compile} compiling.
   */
  private static void mixRun(
      Properties p, String mix, double gzip, double one, double two, double compile) {
    String k = "mix." + mix + ".";
    p.setProperty(k + "corpus.bytes", Long.toString(1L << 30));
    p.setProperty(k + "corpus.files", "500");
    p.setProperty(k + "corpus.records", "90000");
    p.setProperty(k + "corpus.gzip_bytes", Long.toString(150L << 20));
    p.setProperty(k + "corpus.seed", "0x2a");
    p.setProperty(k + "gzip.seconds", Double.toString(gzip));
    p.setProperty(k + "gzip.exit", "0");
    p.setProperty(k + "gzip.rss_kb", "2048");
    p.setProperty(k + "gzip.cpu_seconds", "3.8");
    for (String run : List.of("check1", "check2")) {
      p.setProperty(k + run + ".seconds", Double.toString(run.equals("check1") ? one : two));
      p.setProperty(k + run + ".exit", "0");
      p.setProperty(k + run + ".rss_kb", Long.toString(280 * 1024));
      p.setProperty(k + run + ".heap_mb", "30");
      p.setProperty(k + run + ".cpu_seconds", "90.0");
      p.setProperty(k + run + ".compile_seconds", Double.toString(compile));
      p.setProperty(k + run + ".summary", "500 files");
    }
  }

  private static ResultsReport report(List<Result> results, Properties run) {
    return report(results, run, Map.of());
  }

  private static ResultsReport report(
      List<Result> results, Properties run, Map<Integer, Double> scalingBytes) {
    return new ResultsReport(
        results, run, new ResultsReport.Context(11_000, 1000, "test events", scalingBytes));
  }
}
