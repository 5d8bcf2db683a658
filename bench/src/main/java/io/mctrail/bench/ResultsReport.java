package io.mctrail.bench;

import static io.mctrail.bench.Figures.cells;
import static io.mctrail.bench.Figures.events;
import static io.mctrail.bench.Figures.format;

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
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns one run of {@code bench/run.sh} into {@code bench/RESULTS.md}: the JMH results (JSON, as
 * {@code -rf json} writes them) in events per second and megabytes per second, every target of the
 * two performance issues with pass or fail ({@link Targets}), the scaling of the cost with the
 * event's size, the end-to-end runs ({@link EndToEndSection}), and the machine they ran on.
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

  private static final List<String> READ_ORDER =
      List.of(
          "jacksonStreaming",
          "jacksonReadTree",
          "typedEvent",
          "validatorDefault",
          "validatorStrict",
          "networkntAlone",
          "hibernateValidatorAlone");

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

  private final Map<String, Result> read = new LinkedHashMap<>();
  private final Map<String, Result> layers = new LinkedHashMap<>();
  private final Map<Integer, Map<String, Result>> scaling = new TreeMap<>();
  private final RunFacts run;
  private final Context context;

  ResultsReport(List<Result> results, Properties run, Context context) {
    this.run = new RunFacts(run);
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

  /** Every target the run has the numbers for, the first performance issue's first. */
  List<Targets.Target> targets() {
    return Targets.of(read, run, worstScaling());
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
        .append(run.has("run.date") ? ", " + run.get("run.date", "") : "")
        .append(run.has("run.commit") ? ", of commit `" + run.get("run.commit", "") + "`" : "")
        .append(". Reproduce it with:\n\n```sh\n")
        .append(run.get("run.command", "bench/run.sh"))
        .append("\n```\n\n");
    List<String> trial = new ArrayList<>();
    if ("1".equals(run.get("run.quick", ""))) {
      trial.add("short JMH iterations");
    }
    trial.addAll(EndToEndSection.smallCorpora(run));
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
    new EndToEndSection(run).appendTo(b);
    return b.toString();
  }

  private void machine(StringBuilder b) {
    b.append("## Machine\n\n| | |\n|---|---|\n");
    row(b, "CPU", run.get("machine.cpu", "?"));
    row(b, "cores", run.get("machine.cores", "?"));
    row(b, "memory", run.get("machine.memory", "?"));
    row(b, "system", run.get("machine.os", "?"));
    row(b, "Java", run.get("machine.java", "?"));
    if (run.has("machine.load")) {
      row(b, "load average before the run", run.get("machine.load", ""));
    }
    b.append('\n');
  }

  private void targetsTable(StringBuilder b) {
    b.append("## Targets\n\n")
        .append("Issue I is the first performance issue, II \"Performance II\"; every ratio is of")
        .append(" two numbers of this run.\n\n")
        .append("| issue | target | measured | ratio | |\n|---|---|---|---:|---|\n");
    for (Targets.Target t : targets()) {
      cells(
          b,
          t.issues(),
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
   * {@code key=value} facts: machine, corpora, timings), {@code --out FILE}. The events are built
   * again from the system properties the benchmarks read ({@link BenchEvents}). Prints each
   * target's verdict; a bad option or an unreadable file is a message and exit code 2.
   */
  public static void main(String[] args) throws IOException {
    Path jmh = null;
    Path runFile = null;
    Path out = null;
    List<Result> results;
    Properties run = new Properties();
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
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
      results =
          jmh == null || !Files.exists(jmh)
              ? List.of()
              : readJmh(new ObjectMapper().readTree(jmh.toFile()));
      if (runFile != null) {
        try (Reader r = Files.newBufferedReader(runFile, StandardCharsets.UTF_8)) {
          run.load(r);
        }
      }
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("ResultsReport: " + e.getMessage());
      System.exit(2);
      return;
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
    for (Targets.Target t : report.targets()) {
      System.out.println((t.pass() ? "pass  " : "FAIL  ") + t.name() + ": " + t.measured());
    }
  }
}
