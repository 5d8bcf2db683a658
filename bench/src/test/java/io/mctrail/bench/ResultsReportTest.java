package io.mctrail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.bench.ResultsReport.Result;
import io.mctrail.bench.ResultsReport.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * RESULTS.md from one run: JMH's events per second with megabytes per second from the events' mean
 * size, every target judged on the ratio of two numbers of the same run, the scaling judged on the
 * cost per kilobyte, the end-to-end rates on the corpus's uncompressed bytes.
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
        .extracting(Target::name, Target::pass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("typed event ≥ 0.7 × readTree", true),
            org.assertj.core.groups.Tuple.tuple("default profile ≥ 2 × networknt alone", false),
            org.assertj.core.groups.Tuple.tuple("strict profile ≥ 0.8 × networknt alone", true),
            org.assertj.core.groups.Tuple.tuple("check of 2.15 GB completes with -Xmx256m", true),
            org.assertj.core.groups.Tuple.tuple("peak resident memory < 512 MB", true),
            org.assertj.core.groups.Tuple.tuple("2 threads ≥ 1.7 × 1 thread", true),
            org.assertj.core.groups.Tuple.tuple("2 threads ≥ 0.5 × gzip -dc", false),
            org.assertj.core.groups.Tuple.tuple(
                "memory does not grow with the number of files", true));
    assertThat(report.targets().get(0).ratio()).isEqualTo(0.7);
    assertThat(report.targets().get(1).ratio()).isEqualTo(1_000 / 600.0);
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

    // 2,147,483,648 bytes in 100 s: 21.5 MB/s.
    assertThat(md).contains("| check --threads 1 | 100.0 | 21.5 | 300 | 40 | 0 |");
    assertThat(md).contains("| gzip -dc to /dev/null | 4.0 | 537 |");
    assertThat(md).contains("**A trial run** (short JMH iterations)");
  }

  @Test
  void theSparkJobIsJudgedAgainstTwoThreadsOnTheSameCorpusAndMustGiveTheSameSummary() {
    Properties run = new Properties();
    run.setProperty("spark.corpus.bytes", "1000000000");
    run.setProperty("spark.corpus.files", "800");
    run.setProperty("spark.check2.seconds", "20.0");
    run.setProperty("spark.check2.summary", "800 files, 1600 events (158400 skipped): 0 errors");
    run.setProperty("spark.job.seconds", "25.0");
    run.setProperty("spark.job.summary", "800 files, 1600 events (158400 skipped): 0 errors");

    Target fast = report(List.of(), run).targets().get(0);
    run.setProperty("spark.job.summary", "799 files, 1600 events (158400 skipped): 0 errors");
    Target differs = report(List.of(), run).targets().get(0);
    run.setProperty("spark.job.summary", run.getProperty("spark.check2.summary"));
    run.setProperty("spark.job.seconds", "40.0");
    Target slow = report(List.of(), run).targets().get(0);

    assertThat(fast.ratio()).isEqualTo(0.8);
    assertThat(fast.pass()).isTrue();
    assertThat(fast.measured()).isEqualTo("40.0 vs 50.0 MB/s, the same summary");
    assertThat(differs.pass()).isFalse();
    assertThat(slow.pass()).isFalse();
    assertThat(report(List.of(), run).markdown()).contains("| Spark job, local[2] | 40.0 | 25.0 |");
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
    p.setProperty("check2.seconds", "55.0");
    p.setProperty("check2.exit", "0");
    p.setProperty("check2.rss_kb", Long.toString(320 * 1024));
    p.setProperty("files.few.files", "18");
    p.setProperty("files.few.rss_kb", Long.toString(300 * 1024));
    p.setProperty("files.many.files", "3600");
    p.setProperty("files.many.rss_kb", Long.toString(310 * 1024));
    return p;
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
