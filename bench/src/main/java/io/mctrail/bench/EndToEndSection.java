package io.mctrail.bench;

import static io.mctrail.bench.Figures.cells;
import static io.mctrail.bench.Figures.format;
import static io.mctrail.bench.Figures.gb;
import static io.mctrail.bench.Figures.mb;

import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end part of RESULTS.md: on each corpus, {@code gzip -dc} and {@code mctrail check}
 * with 1 and 2 threads, each with its wall time, rate, CPU time and the compilation time {@code
 * -XX:+CITime} counted beside it; memory against the number of files; one event through {@code
 * ./mctrail} beside {@code java -version}.
 */
final class EndToEndSection {

  /** The corpora of the second performance issue, in its order, then the typical one. */
  static final List<CorpusMix> MIXES =
      List.of(
          CorpusMix.OTHER_ONLY,
          CorpusMix.MEDIACONVERT_1PCT,
          CorpusMix.MEDIACONVERT_ONLY,
          CorpusMix.TYPICAL);

  /** The typical corpus of a full run, checked in -Xmx256m: 2 GiB uncompressed. */
  static final long FULL_TYPICAL_BYTES = 2L << 30;

  /** Each corpus of a mix in a full run: 1 GiB uncompressed. */
  static final long FULL_MIX_BYTES = 1L << 30;

  private final RunFacts run;

  EndToEndSection(RunFacts run) {
    this.run = run;
  }

  /** What makes the run's corpora those of a trial ("a corpus of 0.03 GB, not 2 GB"), if any. */
  static List<String> smallCorpora(RunFacts run) {
    List<String> small = new ArrayList<>();
    RunFacts.Corpus typical = run.corpus("corpus");
    if (typical != null && typical.bytes() < FULL_TYPICAL_BYTES) {
      small.add("a typical corpus of " + gb(typical.bytes()) + ", not 2 GB");
    }
    long smallest = Long.MAX_VALUE;
    for (CorpusMix mix : MIXES) {
      RunFacts.Corpus c = mix == CorpusMix.TYPICAL ? null : run.corpus(corpus(mix));
      if (c != null) {
        smallest = Math.min(smallest, c.bytes());
      }
    }
    if (smallest < FULL_MIX_BYTES) {
      small.add("corpora of the mixes from " + gb(smallest) + ", not 1 GB");
    }
    return small;
  }

  /** Appends the section; nothing when the run had no end-to-end runs. */
  void appendTo(StringBuilder b) {
    boolean any = run.repeated("one_event") != null;
    for (CorpusMix mix : MIXES) {
      any |= run.corpus(corpus(mix)) != null;
    }
    if (!any) {
      return;
    }
    b.append("## End to end: `mctrail check`\n\n")
        .append(
            "Corpora built by `CorpusBuilder`, gzipped log files in the S3 layout; on each, one")
        .append(" after the other with the files in the page cache, `gzip -dc` over all of them to")
        .append(" /dev/null, then `")
        .append(
            run.get("check.command", "java -Xmx256m -XX:+CITime -jar mctrail-cli-all.jar check"))
        .append("` with 1 and 2 threads. CPU s is user and system time (GNU time); compile s is")
        .append(" the total compilation time -XX:+CITime counts: each compilation timed by the")
        .append(
            " clock, added up over the compiler threads, so that a compiler thread waiting for a")
        .append(" core counts too (on a loaded machine it can exceed the CPU time); × gzip is the")
        .append(" rate over that of `gzip -dc` on the same files, for 1 thread as for 2, so that a")
        .append(" ratio of 2 threads over 1 is read beside the rate of each.\n\n");
    oneEvent(b);
    for (CorpusMix mix : MIXES) {
      corpusTable(b, mix);
    }
    files(b);
  }

  private void oneEvent(StringBuilder b) {
    RunFacts.Repeated check = run.repeated("one_event");
    RunFacts.Repeated java = run.repeated("java_version");
    if (check == null) {
      return;
    }
    b.append("### One event through `./mctrail`\n\n")
        .append("Each command run once to warm (the launcher builds what is missing), then timed")
        .append(" several times; the median is compared.\n\n")
        .append("| command | median s | each run, s | exit |\n|---|---:|---|---|\n");
    cells(
        b,
        "`" + run.get("one_event.command", "./mctrail check EVENT") + "`",
        format(check.seconds()),
        check.runs(),
        check.exit());
    if (java != null) {
      cells(b, "`java -version`", format(java.seconds()), java.runs(), java.exit());
    }
    b.append('\n');
  }

  private void corpusTable(StringBuilder b, CorpusMix mix) {
    RunFacts.Corpus corpus = run.corpus(corpus(mix));
    if (corpus == null) {
      return;
    }
    String prefix = RunFacts.prefix(mix);
    String title = mix.title();
    b.append("### ")
        .append(Character.toUpperCase(title.charAt(0)))
        .append(title.substring(1))
        .append(mix == CorpusMix.TYPICAL ? ", in -Xmx256m" : "")
        .append("\n\n")
        .append("`--mix ")
        .append(mix.id())
        .append("`, seed ")
        .append(corpus.seed())
        .append(": ")
        .append(corpus.files())
        .append(" files, ")
        .append(corpus.records())
        .append(" records, ")
        .append(gb(corpus.bytes()))
        .append(" uncompressed (")
        .append(mb(corpus.gzipBytes()))
        .append(" MB gzipped).\n\n")
        .append("| run | wall s | MB/s | × gzip | CPU s | compile s | compile / CPU |")
        .append(" peak RSS MB | max heap after GC MB | exit | report |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    RunFacts.Timed gzip = run.timed(prefix + "gzip");
    row(b, "gzip -dc to /dev/null", gzip, corpus, gzip);
    row(b, "check --threads 1", run.timed(prefix + "check1"), corpus, gzip);
    row(b, "check --threads 2", run.timed(prefix + "check2"), corpus, gzip);
    row(b, "Spark job, spark-submit in local[2]", run.timed(prefix + "spark"), corpus, gzip);
    b.append('\n');
  }

  private static void row(
      StringBuilder b, String name, RunFacts.Timed t, RunFacts.Corpus corpus, RunFacts.Timed gzip) {
    if (t == null) {
      return;
    }
    cells(
        b,
        name,
        format(t.seconds()),
        format(corpus.bytes() / t.seconds() / 1e6),
        gzip == null ? "" : format(gzip.seconds() / t.seconds()),
        Double.isNaN(t.cpuSeconds()) ? "" : format(t.cpuSeconds()),
        Double.isNaN(t.compileSeconds()) ? "" : format(t.compileSeconds()),
        Double.isNaN(t.compileShare()) ? "" : Math.round(100 * t.compileShare()) + "%",
        t.rssKb() > 0 ? mb(t.rssKb() * 1024) : "",
        t.heapMb(),
        t.exit(),
        t.summary());
  }

  private void files(StringBuilder b) {
    RunFacts.Corpus few = run.corpus("files.few");
    RunFacts.Corpus many = run.corpus("files.many");
    if (few == null || many == null) {
      return;
    }
    b.append("### Memory against the number of files\n\n")
        .append("The same volume of the typical mix in a few big files and in many small ones,")
        .append(" `check --threads 2`.\n\n")
        .append("| files | records a file | MB | wall s | CPU s | compile s | peak RSS MB |")
        .append(" max heap after GC MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String key : List.of("files.few", "files.many")) {
      RunFacts.Corpus c = run.corpus(key);
      RunFacts.Timed t = run.timed(key);
      if (t == null) {
        continue;
      }
      cells(
          b,
          c.files(),
          run.get(key + ".per_file", ""),
          mb(c.bytes()),
          format(t.seconds()),
          Double.isNaN(t.cpuSeconds()) ? "" : format(t.cpuSeconds()),
          Double.isNaN(t.compileSeconds()) ? "" : format(t.compileSeconds()),
          mb(t.rssKb() * 1024),
          t.heapMb());
    }
    b.append('\n');
  }

  /** The key prefix of the corpus of {@code mix}: {@code corpus}, {@code mix.other-only.corpus}. */
  private static String corpus(CorpusMix mix) {
    return RunFacts.prefix(mix) + "corpus";
  }
}
