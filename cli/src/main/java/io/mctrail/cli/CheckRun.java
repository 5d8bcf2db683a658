package io.mctrail.cli;

import io.mctrail.records.InputItem;
import io.mctrail.records.InputLimits;
import io.mctrail.records.RecordReader;
import io.mctrail.records.SkipReason;
import io.mctrail.s3.S3ReadException;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.ItemCheck;
import io.mctrail.validation.report.ItemCheck.Checked;
import io.mctrail.validation.report.ItemCheck.Outcome;
import io.mctrail.validation.report.ItemCheck.Skipped;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of {@code mctrail check}. With one thread, the calling thread reads each input, cuts it
 * into records, checks each as it is cut and writes its entry, so that one thread costs one core.
 * With N threads, N inputs are read (decompressed, cut and checked) at once, each by a worker of a
 * pool of N; a worker whose record finds another worker idle hands it the record, so one large
 * input still spreads its checking over the threads. The calling thread writes the entries in input
 * order (file, then record index) as they complete, so the report is the same, byte for byte,
 * whatever the number of threads, and it is written as the run goes: memory grows with neither the
 * number of records nor the size of an input. At most N inputs are open, at most {@value
 * #MAX_AHEAD_OUTCOMES} entries of an input wait for the inputs before it to be written, and at most
 * {@value #MAX_IN_FLIGHT_BYTES} bytes of records handed to other workers are in flight.
 */
final class CheckRun {

  /** The most bytes of records handed to other workers and not yet checked (beyond one record). */
  static final long MAX_IN_FLIGHT_BYTES = 128L * 1024 * 1024;

  /** The most entries of an input that wait for the inputs before it before its reader waits. */
  static final int MAX_AHEAD_OUTCOMES = 1 << 16;

  /**
   * How many outcomes of an input the reader hands to the writing thread at once. A record of
   * another service costs about a microsecond to cut and skip; one hand-over per record would cost
   * more than that, in the threads' meeting, and make two threads slower than one.
   */
  private static final int BATCH = 256;

  /** The most records one reader hands to other workers and has not seen checked. */
  private static final int MAX_HANDED_OVER = 256;

  /** The end of an input's outcomes. */
  private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

  private final ItemCheck items;
  private final int threads;
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
    this.items = new ItemCheck(validator, allSources);
    this.threads = threads;
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
    try {
      if (threads == 1) {
        for (InputFiles.Input input : files.inputs()) {
          report.source(input.name());
          InputCheck check = new InputCheck(input, readable, null);
          check.read(
              f -> {
                if (f != END) {
                  collect(f, check, report, progress);
                }
              });
          progress.files.incrementAndGet();
        }
      } else {
        runInParallel(files.inputs(), progress, readable, report);
      }
    } catch (ReportFailure e) {
      throw e.getCause();
    }
  }

  private void runInParallel(
      List<InputFiles.Input> inputs, Progress progress, AtomicInteger readable, ReportStream report)
      throws IOException {
    Workers workers = new Workers(threads);
    try {
      InputCheck[] checks = new InputCheck[inputs.size()];
      int started = 0;
      for (int head = 0; head < checks.length; head++) {
        // The input being written and the N - 1 after it are read at once.
        while (started < checks.length && started < head + threads) {
          InputCheck check = new InputCheck(inputs.get(started), readable, workers);
          checks[started++] = check;
          workers.start(check);
        }
        InputCheck check = checks[head];
        checks[head] = null;
        report.source(check.input.name());
        boolean end = false;
        while (!end) {
          for (Future<Outcome> f : take(check.outcomes)) {
            if (f == END) {
              end = true;
            } else {
              collect(f, check, report, progress);
            }
          }
        }
        progress.files.incrementAndGet();
      }
    } finally {
      workers.pool.shutdownNow();
    }
  }

  private static List<Future<Outcome>> take(BlockingQueue<List<Future<Outcome>>> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The pool of N workers, and how many of them are taken: by an input being read or a record being
   * checked, counted from when it is handed over, so that a record is handed over only to a worker
   * that is idle.
   */
  private static final class Workers {
    final ExecutorService pool;
    final int size;
    final AtomicInteger taken = new AtomicInteger();

    Workers(int size) {
      this.size = size;
      this.pool =
          Executors.newFixedThreadPool(
              size,
              r -> {
                Thread t = new Thread(r, "mctrail-check");
                t.setDaemon(true);
                return t;
              });
    }

    void start(InputCheck check) {
      taken.incrementAndGet();
      pool.execute(
          () -> {
            try {
              check.read(check::put);
            } finally {
              taken.decrementAndGet();
            }
          });
    }

    /** Takes an idle worker, if there is one. */
    boolean reserve() {
      for (int n = taken.get(); n < size; n = taken.get()) {
        if (taken.compareAndSet(n, n + 1)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One input: read by one thread, its outcomes taken in order by the thread that writes. */
  private final class InputCheck {
    final InputFiles.Input input;
    final AtomicInteger readable;
    final Workers workers;
    final BlockingQueue<List<Future<Outcome>>> outcomes =
        new LinkedBlockingQueue<>(MAX_AHEAD_OUTCOMES / BATCH);

    /** The outcomes not yet queued, of the reader's thread only. */
    private List<Future<Outcome>> batch = new ArrayList<>(BATCH);

    /** The note on the input's encoding, for its first entry; set before the first outcome. */
    volatile String encodingNote;

    InputCheck(InputFiles.Input input, AtomicInteger readable, Workers workers) {
      this.input = input;
      this.readable = readable;
      this.workers = workers;
    }

    /** Where an outcome goes, in order: written at once, or queued for the writing thread. */
    interface Sink {
      void accept(Future<Outcome> outcome);
    }

    /**
     * Queues an outcome for the writing thread, {@value #BATCH} at a time (and the last with the
     * end), so that the threads meet once a batch, not once a record; a reader interrupted at the
     * end of a run stops.
     */
    void put(Future<Outcome> outcome) {
      batch.add(outcome);
      if (outcome != END && batch.size() < BATCH) {
        return;
      }
      try {
        outcomes.put(batch);
        batch = new ArrayList<>(BATCH);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    /** Reads the input to its end, giving every item's outcome to {@code sink} in order. */
    void read(Sink sink) {
      try {
        try {
          readItems(sink);
        } catch (Stopped | ReportFailure e) {
          throw e;
        } catch (RuntimeException | Error e) {
          // A defect must not cost the input its end: the writing thread waits for it.
          sink.accept(
              done(
                  new Checked(
                      unreadable(
                          input.name(),
                          "the input could not be read further: "
                              + e.getClass().getSimpleName()))));
        }
        sink.accept(END);
      } catch (Stopped e) {
        // the run has ended: nobody takes this input's outcomes
      }
    }

    private void readItems(Sink sink) {
      String source = input.name();
      if (input.skip() != null) {
        readable.incrementAndGet();
        sink.accept(done(new Skipped(input.skip())));
        return;
      }
      InputStream in;
      try {
        in =
            input.isStdin()
                ? stdin
                : input.remote() != null ? input.remote().open() : opener.open(input.path());
      } catch (IOException e) {
        sink.accept(done(new Checked(unreadable(source, reason(e)))));
        return;
      }
      readable.incrementAndGet();
      ArrayDeque<Future<Outcome>> handedOver = new ArrayDeque<>();
      ArrayDeque<Integer> sizes = new ArrayDeque<>();
      long handedOverBytes = 0;
      // Items skipped one after the other for one reason: one outcome for the run, not one each.
      SkipRun run = null;
      try (RecordReader reader = RecordReader.open(in, source, limits)) {
        encodingNote = reader.encodingNote();
        for (InputItem item = reader.next(); item != null; item = reader.next()) {
          SkipReason skip = skipReason(item);
          if (skip != null && run != null && run.reason == skip) {
            run.count++;
            continue;
          }
          if (run != null) {
            sink.accept(run);
            run = null;
          }
          if (skip != null) {
            run = new SkipRun(skip);
            continue;
          }
          if (item instanceof InputItem.Record r && workers != null) {
            int size = r.json().length;
            while (!handedOver.isEmpty()
                && (handedOver.size() >= MAX_HANDED_OVER
                    || handedOverBytes + size > MAX_IN_FLIGHT_BYTES / threads
                    || handedOver.peek().isDone())) {
              await(handedOver.poll());
              handedOverBytes -= sizes.poll();
            }
            if (workers.reserve()) {
              FutureTask<Outcome> task =
                  new FutureTask<>(
                      () -> {
                        try {
                          return items.check(r);
                        } finally {
                          workers.taken.decrementAndGet();
                        }
                      });
              workers.pool.execute(task);
              handedOver.add(task);
              sizes.add(size);
              handedOverBytes += size;
              sink.accept(task);
              continue;
            }
          }
          sink.accept(done(items.check(item)));
        }
      } catch (IOException e) {
        if (run != null) {
          sink.accept(run);
          run = null;
        }
        sink.accept(done(new Checked(unreadable(source, reason(e)))));
      }
      if (run != null) {
        sink.accept(run);
      }
    }

    /**
     * Why the item is skipped, or {@code null}; a defect in deciding it is left to {@link
     * ItemCheck#check}, which reports it on the record.
     */
    private SkipReason skipReason(InputItem item) {
      try {
        return items.skipReason(item);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** A run of items skipped for one reason, one after the other: one outcome for them all. */
  private static final class SkipRun implements Future<Outcome> {
    final SkipReason reason;
    long count = 1;

    SkipRun(SkipReason reason) {
      this.reason = reason;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return false;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean isDone() {
      return true;
    }

    @Override
    public Outcome get() {
      return new Skipped(reason);
    }

    @Override
    public Outcome get(long timeout, TimeUnit unit) {
      return get();
    }
  }

  /** Thrown where a reader is interrupted because the run has ended. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private static Future<Outcome> done(Outcome outcome) {
    return CompletableFuture.completedFuture(outcome);
  }

  /**
   * Waits for an outcome; one handed to a worker that has not started it yet is computed here: a
   * reader never waits for work queued behind other readers.
   */
  private static Outcome await(Future<Outcome> future) {
    if (future instanceof RunnableFuture<Outcome> task && !task.isDone()) {
      task.run();
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a check cannot fail: it reports its failure", e);
    }
  }

  /** Writes the entry of an outcome, with the input's encoding note on its first. */
  private void collect(
      Future<Outcome> future, InputCheck check, ReportStream report, Progress progress) {
    String source = check.input.name();
    if (future instanceof SkipRun run) {
      progress.records.addAndGet(run.count);
      try {
        report.skipped(source, run.reason.label(), run.count);
      } catch (IOException e) {
        throw new ReportFailure(e);
      }
      return;
    }
    Outcome outcome;
    try {
      outcome = await(future);
    } catch (IllegalStateException e) {
      outcome =
          new Checked(
              unreadable(
                  source,
                  "a record could not be checked: " + e.getCause().getClass().getSimpleName()));
    }
    progress.records.incrementAndGet();
    try {
      if (outcome instanceof Checked c) {
        EventReport entry = c.report();
        String note = check.encodingNote;
        if (note != null) {
          entry = items.withEncodingNote(entry, note);
          check.encodingNote = null;
        }
        report.event(entry);
        progress.findings.addAndGet(entry.findings().size());
      } else {
        report.skipped(source, ((Skipped) outcome).reason().label(), 1);
      }
    } catch (IOException e) {
      throw new ReportFailure(e);
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
    public void skipped(String source, String reason, long count) {
      report.skipped(source, reason, count);
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
    return items.unreadable(source, reason);
  }

  /** Why an input could not be read: an S3 object's own reason, or a file's. */
  private static String reason(IOException e) {
    return e instanceof S3ReadException s3 ? s3.reason() : ItemCheck.reason(e);
  }
}
