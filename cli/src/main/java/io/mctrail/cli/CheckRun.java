package io.mctrail.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.input.InputItem;
import io.mctrail.cli.input.InputLimits;
import io.mctrail.cli.input.RecordReader;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Rule;
import io.mctrail.validation.SyntaxRules;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.Report;
import io.mctrail.validation.report.ReportStream;
import io.mctrail.validation.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of {@code mctrail check}: reads the inputs one after the other, cuts each into records on
 * the calling thread, validates records on a pool of threads (on the calling thread itself, as each
 * is cut, when the run has one thread), and adds the results to the report in input order (file,
 * then record index), whatever the number of threads, as they complete: the report is written as
 * the run goes, so memory does not grow with the number of records. At most a bounded number of
 * records, and of their bytes ({@value #MAX_IN_FLIGHT_BYTES}, or one record), are in flight, so
 * memory grows neither with the size of a file nor with the size of its records.
 */
final class CheckRun {

  /** The most bytes of records read and not yet collected (beyond one record). */
  static final long MAX_IN_FLIGHT_BYTES = 128L * 1024 * 1024;

  /** What happened to one item of an input, in input order. */
  private sealed interface Outcome permits Checked, Skipped {}

  private record Checked(EventReport report) implements Outcome {}

  private record Skipped() implements Outcome {}

  private final Validator validator;
  private final int threads;
  private final boolean allSources;
  private final InputLimits limits;
  private final InputStream stdin;
  private final Opener opener;

  /** Opens a file to read; {@link Files#newInputStream} but where a test needs a failing one. */
  interface Opener {
    InputStream open(Path path) throws IOException;
  }

  CheckRun(
      Validator validator, int threads, boolean allSources, InputLimits limits, InputStream stdin) {
    this(validator, threads, allSources, limits, stdin, Files::newInputStream);
  }

  CheckRun(
      Validator validator,
      int threads,
      boolean allSources,
      InputLimits limits,
      InputStream stdin,
      Opener opener) {
    this.validator = validator;
    this.threads = threads;
    this.allSources = allSources;
    this.limits = limits;
    this.stdin = stdin;
    this.opener = opener;
  }

  /**
   * The report of the run, held in memory; {@code readable} counts the inputs that could be opened.
   */
  Report run(InputFiles files, Progress progress, AtomicInteger readable) {
    Report.Builder report = Report.builder();
    try {
      run(files, progress, readable, new Collected(report));
    } catch (IOException e) {
      throw new UncheckedIOException("a report in memory cannot fail to be written", e);
    }
    return report.build();
  }

  /**
   * Runs the check, adding every record's entry to {@code report} as it completes, in input order;
   * {@code readable} counts the inputs that could be opened. The caller finishes the report.
   *
   * @throws IOException when the report cannot be written
   */
  void run(InputFiles files, Progress progress, AtomicInteger readable, ReportStream report)
      throws IOException {
    for (InputFiles.Problem p : files.problems()) {
      report.event(unreadable(p.name(), p.reason()));
    }
    // One thread reads and validates each record as it is cut, so that --threads 1 costs one core;
    // with more, this thread reads and a pool of that many validates.
    ExecutorService pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "mctrail-check");
                  t.setDaemon(true);
                  return t;
                });
    int maxInFlight = pool == null ? 1 : Math.max(64, threads * 256);
    try {
      for (InputFiles.Input input : files.inputs()) {
        report.source(input.name());
        InputStream in;
        try {
          in = input.isStdin() ? stdin : opener.open(input.path());
        } catch (IOException e) {
          report.event(unreadable(input.name(), reason(e)));
          progress.files.incrementAndGet();
          continue;
        }
        readable.incrementAndGet();
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        ArrayDeque<Integer> sizes = new ArrayDeque<>();
        long inFlightBytes = 0;
        // A note on the file's encoding goes with the first entry the file gives.
        String[] note = {null};
        try (RecordReader reader = RecordReader.open(in, limits)) {
          note[0] = reader.encodingNote();
          for (InputItem item = reader.next(); item != null; item = reader.next()) {
            int size = item instanceof InputItem.Record r ? r.json().length : 0;
            while (!inFlight.isEmpty()
                && (inFlight.size() >= maxInFlight || inFlightBytes + size > MAX_IN_FLIGHT_BYTES)) {
              collect(inFlight.poll(), input.name(), report, progress, note);
              inFlightBytes -= sizes.poll();
            }
            inFlight.add(submit(pool, input.name(), item));
            sizes.add(size);
            inFlightBytes += size;
          }
        } catch (IOException e) {
          inFlight.add(
              CompletableFuture.completedFuture(new Checked(unreadable(input.name(), reason(e)))));
        }
        while (!inFlight.isEmpty()) {
          collect(inFlight.poll(), input.name(), report, progress, note);
        }
        progress.files.incrementAndGet();
      }
    } catch (ReportFailure e) {
      throw e.getCause();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The outcome of an item: validated on {@code pool}, or at once on this thread without one. */
  private Future<Outcome> submit(ExecutorService pool, String source, InputItem item) {
    if (item instanceof InputItem.Record r) {
      return pool == null
          ? CompletableFuture.completedFuture(check(source, r))
          : pool.submit(() -> check(source, r));
    }
    if (item instanceof InputItem.Broken b) {
      return CompletableFuture.completedFuture(
          new Checked(
              new EventReport(
                  source, b.index(), null, null, finding(SyntaxRules.RECORD_BROKEN, b.reason()))));
    }
    if (item instanceof InputItem.Empty e) {
      return CompletableFuture.completedFuture(
          new Checked(
              new EventReport(
                  source,
                  e.index(),
                  null,
                  null,
                  finding(
                      SyntaxRules.INPUT_EMPTY,
                      "the input is empty or holds only whitespace: no record to check"))));
    }
    return CompletableFuture.completedFuture(new Skipped());
  }

  /** A finding of {@code rule} on a whole record or input, or none when the rule is off. */
  private List<Finding> finding(Rule rule, String message) {
    if (!validator.config().isEnabled(rule)) {
      return List.of();
    }
    return List.of(
        new Finding(rule.id(), validator.config().severityOf(rule), "", null, message, null, null));
  }

  /**
   * Validates one record; records of other services are skipped unless asked for. The validator
   * never throws for bad input; should a defect make it, the record still gets its entry.
   */
  private Outcome check(String source, InputItem.Record record) {
    try {
      return validate(source, record);
    } catch (RuntimeException | StackOverflowError e) {
      return new Checked(
          new EventReport(
              source,
              record.index(),
              null,
              null,
              finding(
                  SyntaxRules.CHECK_FAILED,
                  "the record could not be checked: " + e.getClass().getSimpleName())));
    }
  }

  private Outcome validate(String source, InputItem.Record record) {
    Validator.Parsed parsed = validator.parse(record.json());
    if (parsed.failure() != null) {
      return new Checked(EventReport.of(source, record.index(), parsed.failure()));
    }
    JsonNode tree = parsed.tree();
    if (!allSources && tree.isObject() && !isMediaConvert(tree)) {
      return new Skipped();
    }
    return new Checked(EventReport.of(source, record.index(), validator.validate(parsed)));
  }

  private static boolean isMediaConvert(JsonNode tree) {
    JsonNode source = tree.get("eventSource");
    return source != null && "mediaconvert.amazonaws.com".equals(source.asText());
  }

  private void collect(
      Future<Outcome> future,
      String source,
      ReportStream report,
      Progress progress,
      String[] encodingNote) {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (ExecutionException e) {
      outcome =
          new Checked(
              unreadable(
                  source,
                  "a record could not be checked: " + e.getCause().getClass().getSimpleName()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    progress.records.incrementAndGet();
    if (outcome instanceof Checked c) {
      EventReport entry = c.report();
      if (encodingNote[0] != null) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(finding(SyntaxRules.ENCODING, encodingNote[0]));
        findings.addAll(entry.findings());
        entry =
            new EventReport(
                entry.source(), entry.index(), entry.eventName(), entry.eventID(), findings);
        encodingNote[0] = null;
      }
      try {
        report.event(entry);
      } catch (IOException e) {
        throw new ReportFailure(e);
      }
      progress.findings.addAndGet(entry.findings().size());
    } else {
      try {
        report.skipped(source, 1);
      } catch (IOException e) {
        throw new ReportFailure(e);
      }
    }
  }

  /**
   * The report could not be written: carried past the handling of the inputs' own read errors,
   * which it must not be taken for.
   */
  private static final class ReportFailure extends RuntimeException {
    ReportFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** A report stream that adds to a report built in memory. */
  private static final class Collected implements ReportStream {
    private final Report.Builder report;

    Collected(Report.Builder report) {
      this.report = report;
    }

    @Override
    public void source(String source) {
      report.source(source);
    }

    @Override
    public void skipped(String source, long count) {
      report.skipped(source, count);
    }

    @Override
    public void event(EventReport event) {
      report.event(event);
    }

    @Override
    public Summary finish() {
      return report.build().summary();
    }

    @Override
    public void close() {}
  }

  private EventReport unreadable(String source, String reason) {
    return new EventReport(
        source, 0, null, null, finding(SyntaxRules.INPUT_UNREADABLE, source + ": " + reason));
  }

  private static String reason(IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "NoSuchFileException" -> "no such file (it may have vanished during the run)";
      case "AccessDeniedException" -> "permission denied";
      default -> "cannot be read (" + kind + ")";
    };
  }
}
