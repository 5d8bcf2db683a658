package io.mctrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns one run of {@code bench/run.sh} into {@code bench/RESULTS.md}: the JMH results (JSON, as
 * {@code -rf json} writes them) in events per second and megabytes per second, the ratios against
 * the targets of the benchmarks' issue with pass or fail, the scaling of the cost with the event's
 * size, the end-to-end runs of {@code mctrail check}, and the machine they ran on.
 *
 * <p>JMH reports operations (events) per second; megabytes per second are that times the mean size
 * of the events the benchmark read, which is known because they are built from a seed: this class
 * builds them again. A megabyte is 10<sup>6</sup> bytes; a kilobyte in the scaling table is 1024.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.mctrail.bench.ResultsReport \
 *     --jmh jmh.json --run run.properties --out bench/RESULTS.md
 * </pre>
 */
public final class ResultsReport {

  static final String READ = "io.mctrail.bench.ReadAndValidateBenchmark.";
  static final String LAYER = "io.mctrail.bench.LayerBenchmark.validatorLayer";
  static final String SCALING = "io.mctrail.bench.ScalingBenchmark.";

  /** The targets, as ratios within one run. */
  static final double TYPED_VS_READ_TREE = 0.7;

  static final double DEFAULT_VS_NETWORKNT = 2.0;
  static final double STRICT_VS_NETWORKNT = 0.8;
  static final double TWO_THREADS_VS_ONE = 1.7;
  static final double TWO_THREADS_VS_GZIP = 0.5;
  static final double SPARK_VS_TWO_THREADS = 0.7;
  static final long MAX_RSS_BYTES = 512L << 20;

  /** The end-to-end corpus of a full run: 2 GiB uncompressed. */
  static final long FULL_CORPUS_BYTES = 2L << 30;

  /** The cost per KB of the larger events may exceed that of the 20 KB ones by this factor. */
  static final double LINEAR_SLACK = 1.2;

  /** Many small files may take this much more peak memory than a few big ones. */
  static final double FILES_SLACK = 1.2;

  private static final List<String> READ_ORDER =
      List.of(
          "jacksonStreaming",
          "jacksonReadTree",
          "typedEvent",
          "validatorDefault",
          "validatorStrict",
          "networkntAlone");

  /** One JMH result: the benchmark, its parameters, its score and error in operations a second. */
  record Result(
      String benchmark, Map<String, String> params, double score, double error, String how) {
    Result(String benchmark, Map<String, String> params, double score, double error) {
      this(benchmark, params, score, error, "");
    }
  }

  /** What the results are about besides the JMH scores. */
  record Context(
      double meanEventBytes, int eventCount, String events, Map<Integer, Double> scalingBytes) {}

  /** One target: what was measured against what it must reach. */
  record Target(String name, String measured, double ratio, double threshold, boolean pass) {}

  private final Map<String, Result> read = new LinkedHashMap<>();
  private final Map<String, Result> layers = new LinkedHashMap<>();
  private final Map<Integer, Map<String, Result>> scaling = new TreeMap<>();
  private final Properties run;
  private final Context context;

  ResultsReport(List<Result> results, Properties run, Context context) {
    this.run = run;
    this.context = context;
    for (Result r : results) {
      if (r.benchmark().startsWith(READ)) {
        read.put(r.benchmark().substring(READ.length()), r);
      } else if (r.benchmark().equals(LAYER)) {
        layers.put(r.params().get("layer"), r);
      } else if (r.benchmark().startsWith(SCALING)) {
        scaling
            .computeIfAbsent(Integer.parseInt(r.params().get("sizeKb")), k -> new LinkedHashMap<>())
            .put(r.benchmark().substring(SCALING.length()), r);
      }
    }
  }

  /** The results of a JMH JSON file. */
  static List<Result> readJmh(JsonNode json) {
    List<Result> out = new ArrayList<>();
    for (JsonNode b : json) {
      Map<String, String> params = new TreeMap<>();
      b.path("params")
          .fields()
          .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = b.path("primaryMetric");
      double error = metric.path("scoreError").asDouble(Double.NaN);
      String how =
          b.path("forks").asInt()
              + (b.path("forks").asInt() == 1 ? " fork" : " forks")
              + ", warm-up "
              + b.path("warmupIterations").asInt()
              + " × "
              + b.path("warmupTime").asText()
              + ", measured "
              + b.path("measurementIterations").asInt()
              + " × "
              + b.path("measurementTime").asText();
      out.add(
          new Result(
              b.path("benchmark").asText(),
              params,
              metric.path("score").asDouble(),
              error,
              b.has("forks") ? how : ""));
    }
    return out;
  }

  // ---------------------------------------------------------------- targets

  /** Every target the run has the numbers for, in the order. */
  List<Target> targets() {
    List<Target> t = new ArrayList<>();
    ratio(t, "typed event ≥ 0.7 × readTree", "typedEvent", "jacksonReadTree", TYPED_VS_READ_TREE);
    ratio(
        t,
        "default profile ≥ 2 × networknt alone",
        "validatorDefault",
        "networkntAlone",
        DEFAULT_VS_NETWORKNT);
    ratio(
        t,
        "strict profile ≥ 0.8 × networknt alone",
        "validatorStrict",
        "networkntAlone",
        STRICT_VS_NETWORKNT);
    if (run.containsKey("check2.seconds")) {
      boolean completed =
          "0".equals(run.getProperty("check1.exit", "0"))
              || "1".equals(run.getProperty("check1.exit"));
      completed &=
          "0".equals(run.getProperty("check2.exit", "0"))
              || "1".equals(run.getProperty("check2.exit"));
      t.add(
          new Target(
              "check of " + gb(bytes()) + " completes with -Xmx" + run.getProperty("xmx", "256m"),
              "exit " + run.getProperty("check1.exit") + " and " + run.getProperty("check2.exit"),
              Double.NaN,
              Double.NaN,
              completed));
      long rss = Math.max(rssBytes("check1"), rssBytes("check2"));
      t.add(
          new Target(
              "peak resident memory < 512 MB",
              mb(rss) + " MB",
              rss / (double) MAX_RSS_BYTES,
              1.0,
              rss > 0 && rss < MAX_RSS_BYTES));
      double one = rate("check1");
      double two = rate("check2");
      double gzip = rate("gzip");
      t.add(
          new Target(
              "2 threads ≥ 1.7 × 1 thread",
              format(two / 1e6) + " vs " + format(one / 1e6) + " MB/s",
              two / one,
              TWO_THREADS_VS_ONE,
              two / one >= TWO_THREADS_VS_ONE));
      t.add(
          new Target(
              "2 threads ≥ 0.5 × gzip -dc",
              format(two / 1e6) + " vs " + format(gzip / 1e6) + " MB/s",
              two / gzip,
              TWO_THREADS_VS_GZIP,
              two / gzip >= TWO_THREADS_VS_GZIP));
    }
    if (run.containsKey("spark.job.seconds") && run.containsKey("spark.check2.seconds")) {
      double job = rate("spark.corpus", "spark.job");
      double two = rate("spark.corpus", "spark.check2");
      boolean same =
          run.getProperty("spark.job.summary", "").equals(run.getProperty("spark.check2.summary"));
      t.add(
          new Target(
              "Spark job in local[2] ≥ 0.7 × check --threads 2 (1% MediaConvert)",
              format(job / 1e6)
                  + " vs "
                  + format(two / 1e6)
                  + " MB/s"
                  + (same ? ", the same summary" : ", NOT the same summary"),
              job / two,
              SPARK_VS_TWO_THREADS,
              same && job / two >= SPARK_VS_TWO_THREADS));
    }
    Double linear = worstScaling();
    if (linear != null) {
      t.add(
          new Target(
              "cost per KB at 80 and 320 KB ≤ 1.2 × at 20 KB",
              "worst " + format(linear) + " × the 20 KB cost",
              linear,
              LINEAR_SLACK,
              linear <= LINEAR_SLACK));
    }
    if (run.containsKey("files.many.rss_kb")) {
      long few = rssBytes("files.few");
      long many = rssBytes("files.many");
      t.add(
          new Target(
              "memory does not grow with the number of files",
              mb(many)
                  + " MB for "
                  + run.getProperty("files.many.files")
                  + " files vs "
                  + mb(few)
                  + " MB for "
                  + run.getProperty("files.few.files"),
              many / (double) few,
              FILES_SLACK,
              many <= few * FILES_SLACK));
    }
    return t;
  }

  private void ratio(List<Target> t, String name, String of, String against, double threshold) {
    Result a = read.get(of);
    Result b = read.get(against);
    if (a == null || b == null) {
      return;
    }
    double ratio = a.score() / b.score();
    t.add(
        new Target(
            name,
            events(a.score()) + " vs " + events(b.score()) + " events/s",
            ratio,
            threshold,
            ratio >= threshold));
  }

  /**
   * The cost per KB of the default profile at 80 and 320 KB over that at 20 KB, the larger of the
   * two; {@code null} without the scaling results.
   */
  Double worstScaling() {
    Double base = microsPerKb(20, "validatorDefault");
    if (base == null) {
      return null;
    }
    double worst = 0;
    for (int size : new int[] {80, 320}) {
      Double cost = microsPerKb(size, "validatorDefault");
      if (cost == null) {
        return null;
      }
      worst = Math.max(worst, cost / base);
    }
    return worst;
  }

  private Double microsPerKb(int size, String benchmark) {
    Map<String, Result> bySize = scaling.get(size);
    Double bytes = context.scalingBytes().get(size);
    if (bySize == null || bytes == null || !bySize.containsKey(benchmark)) {
      return null;
    }
    return 1e6 / bySize.get(benchmark).score() / (bytes / 1024);
  }

  // ---------------------------------------------------------------- markdown

  /** The whole of RESULTS.md. */
  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Benchmark results\n\n");
    b.append("The latest run of `bench/run.sh`")
        .append(run.containsKey("run.date") ? ", " + run.getProperty("run.date") : "")
        .append(
            run.containsKey("run.commit")
                ? ", of commit `" + run.getProperty("run.commit") + "`"
                : "")
        .append(". Reproduce it with:\n\n```sh\n")
        .append(run.getProperty("run.command", "bench/run.sh"))
        .append("\n```\n\n");
    List<String> trial = new ArrayList<>();
    if ("1".equals(run.getProperty("run.quick"))) {
      trial.add("short JMH iterations");
    }
    if (run.containsKey("corpus.bytes") && bytes() < FULL_CORPUS_BYTES) {
      trial.add("a corpus of " + gb(bytes()) + ", not 2 GB");
    }
    if (!trial.isEmpty()) {
      b.append("**A trial run** (")
          .append(String.join(", ", trial))
          .append("): it shows the harness works; the targets are judged on a full run,")
          .append(" `bench/run.sh` with its defaults, on a quiet machine.\n\n");
    }
    b.append(
        "JMH's scores are events per second, single thread; MB/s is that times the mean size of"
            + " the events read (1 MB = 10^6 bytes). The end-to-end rates are uncompressed bytes of"
            + " the log files over wall time.\n\n");
    machine(b);
    targetsTable(b);
    readTable(b);
    layerTable(b);
    scalingTable(b);
    endToEnd(b);
    sparkJob(b);
    return b.toString();
  }

  private void machine(StringBuilder b) {
    b.append("## Machine\n\n| | |\n|---|---|\n");
    row(b, "CPU", run.getProperty("machine.cpu", "?"));
    row(b, "cores", run.getProperty("machine.cores", "?"));
    row(b, "memory", run.getProperty("machine.memory", "?"));
    row(b, "system", run.getProperty("machine.os", "?"));
    row(b, "Java", run.getProperty("machine.java", "?"));
    if (run.containsKey("machine.load")) {
      row(b, "load average before the run", run.getProperty("machine.load"));
    }
    b.append('\n');
  }

  private void targetsTable(StringBuilder b) {
    b.append("## Targets\n\n| target | measured | ratio | |\n|---|---|---:|---|\n");
    for (Target t : targets()) {
      cells(
          b,
          t.name(),
          t.measured(),
          Double.isNaN(t.ratio()) ? "" : format(t.ratio()),
          t.pass() ? "pass" : "**FAIL**");
    }
    b.append('\n');
  }

  private void readTable(StringBuilder b) {
    if (read.isEmpty()) {
      return;
    }
    b.append("## Reading and validating\n\n")
        .append("On ")
        .append(context.events())
        .append(": ")
        .append(context.eventCount())
        .append(" events of ")
        .append(format(context.meanEventBytes() / 1024))
        .append(" KB on average.")
        .append(how(read.values()))
        .append("\n\n")
        .append("| benchmark | events/s | ± | MB/s | × readTree |\n|---|---:|---:|---:|---:|\n");
    Result tree = read.get("jacksonReadTree");
    for (String name : ordered(read.keySet(), READ_ORDER)) {
      Result r = read.get(name);
      cells(
          b,
          name,
          events(r.score()),
          Double.isNaN(r.error()) ? "" : events(r.error()),
          format(r.score() * context.meanEventBytes() / 1e6),
          tree == null ? "" : format(r.score() / tree.score()));
    }
    b.append('\n');
  }

  /** How the results were measured, when they all were alike: " JMH: 3 forks, ...". */
  private static String how(java.util.Collection<Result> results) {
    java.util.Set<String> hows = new java.util.TreeSet<>();
    for (Result r : results) {
      hows.add(r.how());
    }
    return hows.size() == 1 && !hows.iterator().next().isEmpty()
        ? " JMH: " + hows.iterator().next() + " (± is JMH's 99.9% interval)."
        : "";
  }

  private void layerTable(StringBuilder b) {
    if (layers.isEmpty()) {
      return;
    }
    b.append("## Each layer alone\n\n")
        .append(
            "The same events; the record is parsed and checked by one layer (schema in the strict")
        .append(" profile, the others in the default one).")
        .append(how(layers.values()))
        .append("\n\n")
        .append("| layer | events/s | ± | MB/s |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Result> e : layers.entrySet()) {
      Result r = e.getValue();
      cells(
          b,
          e.getKey(),
          events(r.score()),
          Double.isNaN(r.error()) ? "" : events(r.error()),
          format(r.score() * context.meanEventBytes() / 1e6));
    }
    b.append('\n');
  }

  private void scalingTable(StringBuilder b) {
    if (scaling.isEmpty()) {
      return;
    }
    b.append("## Cost against the event's size\n\n")
        .append("CreateJob records of more and more outputs, ")
        .append(ScalingBenchmark.EVENTS)
        .append(" of each size. Linear growth keeps the cost per KB flat (or falling, as a fixed")
        .append(" cost per event spreads).\n\n")
        .append(
            "| size | mean KB | default events/s | default µs/event | default µs/KB |"
                + " readTree µs/KB |\n|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, Result>> e : scaling.entrySet()) {
      int size = e.getKey();
      Result v = e.getValue().get("validatorDefault");
      Double bytes = context.scalingBytes().get(size);
      Double perKb = microsPerKb(size, "validatorDefault");
      Double treePerKb = microsPerKb(size, "jacksonReadTree");
      cells(
          b,
          size + " KB",
          bytes == null ? "" : format(bytes / 1024),
          v == null ? "" : events(v.score()),
          v == null ? "" : format(1e6 / v.score()),
          perKb == null ? "" : format(perKb),
          treePerKb == null ? "" : format(treePerKb));
    }
    b.append('\n');
  }

  private void endToEnd(StringBuilder b) {
    if (!run.containsKey("corpus.bytes")) {
      return;
    }
    b.append("## End to end: `mctrail check`\n\n")
        .append("A corpus built by `CorpusBuilder` (seed ")
        .append(run.getProperty("corpus.seed", "?"))
        .append("): ")
        .append(run.getProperty("corpus.files"))
        .append(" gzipped log files in the S3 layout, ")
        .append(run.getProperty("corpus.records"))
        .append(" records, ")
        .append(gb(bytes()))
        .append(" uncompressed (")
        .append(mb(Long.parseLong(run.getProperty("corpus.gzip_bytes", "0"))))
        .append(" MB gzipped). Each run one after the other, the files in the page cache; `")
        .append(run.getProperty("check.command", "java -Xmx256m -jar mctrail-cli-all.jar check"))
        .append("`.\n\n")
        .append("| run | wall s | MB/s | peak RSS MB | max heap after GC MB | exit | report |\n")
        .append("|---|---:|---:|---:|---:|---|---|\n");
    e2eRow(b, "gzip -dc to /dev/null", "gzip");
    e2eRow(b, "check --threads 1", "check1");
    e2eRow(b, "check --threads 2", "check2");
    b.append('\n');
    if (run.containsKey("files.few.files")) {
      b.append("### Memory against the number of files\n\n")
          .append("The same volume in a few big files and in many small ones, `check --threads 2`.")
          .append("\n\n| files | records a file | MB | wall s | peak RSS MB |")
          .append(" max heap after GC MB |\n|---:|---:|---:|---:|---:|---:|\n");
      for (String k : List.of("files.few", "files.many")) {
        cells(
            b,
            run.getProperty(k + ".files"),
            run.getProperty(k + ".per_file"),
            mb(Long.parseLong(run.getProperty(k + ".bytes", "0"))),
            run.getProperty(k + ".seconds"),
            mb(rssBytes(k)),
            run.getProperty(k + ".heap_mb", ""));
      }
      b.append('\n');
    }
  }

  private void sparkJob(StringBuilder b) {
    if (!run.containsKey("spark.corpus.bytes")) {
      return;
    }
    long bytes = Long.parseLong(run.getProperty("spark.corpus.bytes"));
    b.append("## End to end: the Spark job\n\n")
        .append("A corpus of an organisation trail, where MediaConvert is one service of many: ")
        .append(run.getProperty("spark.corpus.files"))
        .append(" gzipped log files, ")
        .append(run.getProperty("spark.corpus.records"))
        .append(" records, ")
        .append(run.getProperty("spark.corpus.mediaconvert_percent", "1"))
        .append("% of them MediaConvert's, ")
        .append(gb(bytes))
        .append(" uncompressed (")
        .append(mb(Long.parseLong(run.getProperty("spark.corpus.gzip_bytes", "0"))))
        .append(" MB gzipped). `mctrail check --threads 2` in -Xmx")
        .append(run.getProperty("xmx", "256m"))
        .append(", then `")
        .append(run.getProperty("spark.command", "spark-submit"))
        .append("` with Spark 3.5's own jars; the job's time includes starting Spark and writing")
        .append(" the table.\n\n")
        .append("| run | wall s | MB/s | peak RSS MB | exit | summary |\n")
        .append("|---|---:|---:|---:|---|---|\n");
    for (String[] r :
        List.of(
            new String[] {"check --threads 2", "spark.check2"},
            new String[] {"Spark job, local[2]", "spark.job"})) {
      if (run.containsKey(r[1] + ".seconds")) {
        cells(
            b,
            r[0],
            run.getProperty(r[1] + ".seconds"),
            format(rate("spark.corpus", r[1]) / 1e6),
            run.containsKey(r[1] + ".rss_kb") ? mb(rssBytes(r[1])) : "",
            run.getProperty(r[1] + ".exit", ""),
            run.getProperty(r[1] + ".summary", ""));
      }
    }
    b.append('\n');
  }

  private void e2eRow(StringBuilder b, String name, String key) {
    if (!run.containsKey(key + ".seconds")) {
      return;
    }
    cells(
        b,
        name,
        run.getProperty(key + ".seconds"),
        format(rate(key) / 1e6),
        run.containsKey(key + ".rss_kb") ? mb(rssBytes(key)) : "",
        run.getProperty(key + ".heap_mb", ""),
        run.getProperty(key + ".exit", ""),
        run.getProperty(key + ".summary", ""));
  }

  // ---------------------------------------------------------------- numbers

  private long bytes() {
    return Long.parseLong(run.getProperty("corpus.bytes", "0"));
  }

  /** Uncompressed bytes a second of a timed run. */
  private double rate(String key) {
    return rate("corpus", key);
  }

  /** Uncompressed bytes of {@code corpus} a second of a timed run over it. */
  private double rate(String corpus, String key) {
    return Long.parseLong(run.getProperty(corpus + ".bytes", "0"))
        / Double.parseDouble(run.getProperty(key + ".seconds", "NaN"));
  }

  private long rssBytes(String key) {
    return Long.parseLong(run.getProperty(key + ".rss_kb", "0")) * 1024;
  }

  private static String mb(long bytes) {
    return Long.toString(Math.round(bytes / 1048576.0));
  }

  private static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }

  private static String events(double perSecond) {
    return perSecond >= 100
        ? String.format(Locale.ROOT, "%,.0f", perSecond)
        : String.format(Locale.ROOT, "%.1f", perSecond);
  }

  /** Three significant figures, at most two decimals. */
  static String format(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "n/a";
    }
    double a = Math.abs(x);
    String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, x);
  }

  /** A row of a Markdown table. */
  private static void cells(StringBuilder b, Object... cells) {
    b.append('|');
    for (Object cell : cells) {
      b.append(' ').append(cell).append(" |");
    }
    b.append('\n');
  }

  private static void row(StringBuilder b, String name, String value) {
    cells(b, name, value.replace("|", "\\|"));
  }

  private static List<String> ordered(Iterable<String> names, List<String> order) {
    List<String> out = new ArrayList<>();
    for (String o : order) {
      for (String n : names) {
        if (n.equals(o)) {
          out.add(n);
        }
      }
    }
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Writes RESULTS.md. Options: {@code --jmh FILE} (JMH's JSON), {@code --run FILE} (the run's
   * {@code key=value} facts: machine, corpus, timings), {@code --out FILE}. The events are built
   * again from the system properties the benchmarks read ({@link BenchEvents}).
   */
  public static void main(String[] args) throws IOException {
    Path jmh = null;
    Path runFile = null;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--jmh" -> jmh = Path.of(args[i + 1]);
        case "--run" -> runFile = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException(
          "usage: ResultsReport [--jmh FILE] [--run FILE] --out FILE");
    }
    List<Result> results =
        jmh == null || !Files.exists(jmh)
            ? List.of()
            : readJmh(new ObjectMapper().readTree(jmh.toFile()));
    Properties run = new Properties();
    if (runFile != null) {
      try (Reader r = Files.newBufferedReader(runFile, StandardCharsets.UTF_8)) {
        run.load(r);
      }
    }
    List<byte[]> events = BenchEvents.load();
    Map<Integer, Double> scalingBytes = new TreeMap<>();
    for (Result r : results) {
      if (r.benchmark().startsWith(SCALING)) {
        int size = Integer.parseInt(r.params().get("sizeKb"));
        scalingBytes.computeIfAbsent(
            size, s -> BenchEvents.meanSize(ScalingBenchmark.events(BenchEvents.seed(), s)));
      }
    }
    Context context =
        new Context(
            BenchEvents.meanSize(events), events.size(), BenchEvents.describe(), scalingBytes);
    ResultsReport report = new ResultsReport(results, run, context);
    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
    for (Target t : report.targets()) {
      System.out.println((t.pass() ? "pass  " : "FAIL  ") + t.name() + ": " + t.measured());
    }
  }
}
