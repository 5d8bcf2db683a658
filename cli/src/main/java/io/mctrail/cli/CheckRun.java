package io.mctrail.cli;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mctrail.cli.input.InputItem;
import io.mctrail.cli.input.InputLimits;
import io.mctrail.cli.input.RecordReader;
import io.mctrail.validation.Finding;
import io.mctrail.validation.SyntaxRules;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of {@code mctrail check}: reads the inputs one after the other, cuts each into records on
 * the calling thread, validates records on a pool of threads, and collects the results in input
 * order (file, then record index), whatever the number of threads. At most a bounded number of
 * records are in flight, so memory does not grow with the size of a file.
 */
final class CheckRun {

  /** What happened to one item of an input, in input order. */
  private sealed interface Outcome permits Checked, Skipped {}

  private record Checked(EventReport report) implements Outcome {}

  private record Skipped() implements Outcome {}

  private final Validator validator;
  private final int threads;
  private final boolean allSources;
  private final InputLimits limits;
  private final InputStream stdin;
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  CheckRun(
      Validator validator, int threads, boolean allSources, InputLimits limits, InputStream stdin) {
    this.validator = validator;
    this.threads = threads;
    this.allSources = allSources;
    this.limits = limits;
    this.stdin = stdin;
  }

  /** The report of the run; {@code readable} counts the inputs that could be opened. */
  Report run(InputFiles files, Progress progress, AtomicInteger readable) {
    Report.Builder report = Report.builder();
    for (InputFiles.Problem p : files.problems()) {
      report.event(unreadable(p.name(), p.reason()));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "mctrail-check");
              t.setDaemon(true);
              return t;
            });
    int maxInFlight = Math.max(64, threads * 256);
    try {
      for (InputFiles.Input input : files.inputs()) {
        report.source(input.name());
        InputStream in;
        try {
          in = input.isStdin() ? stdin : Files.newInputStream(input.path());
        } catch (IOException e) {
          report.event(unreadable(input.name(), reason(e)));
          progress.files.incrementAndGet();
          continue;
        }
        readable.incrementAndGet();
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try (RecordReader reader = RecordReader.open(in, limits)) {
          for (InputItem item = reader.next(); item != null; item = reader.next()) {
            inFlight.add(submit(pool, input.name(), item));
            while (inFlight.size() > maxInFlight) {
              collect(inFlight.poll(), input.name(), report, progress);
            }
          }
        } catch (IOException e) {
          inFlight.add(
              CompletableFuture.completedFuture(new Checked(unreadable(input.name(), reason(e)))));
        }
        while (!inFlight.isEmpty()) {
          collect(inFlight.poll(), input.name(), report, progress);
        }
        progress.files.incrementAndGet();
      }
    } finally {
      pool.shutdownNow();
    }
    return report.build();
  }

  private Future<Outcome> submit(ExecutorService pool, String source, InputItem item) {
    if (item instanceof InputItem.Record r) {
      return pool.submit(() -> check(source, r));
    }
    if (item instanceof InputItem.Broken b) {
      Finding f =
          new Finding(
              SyntaxRules.RECORD_BROKEN.id(),
              validator.config().severityOf(SyntaxRules.RECORD_BROKEN),
              "",
              null,
              b.reason(),
              null,
              null);
      return CompletableFuture.completedFuture(
          new Checked(new EventReport(source, b.index(), null, null, List.of(f))));
    }
    return CompletableFuture.completedFuture(new Skipped());
  }

  /** Validates one record; records of other services are skipped unless asked for. */
  private Outcome check(String source, InputItem.Record record) {
    JsonNode tree;
    try {
      tree = mapper.readTree(record.json());
    } catch (IOException notJson) {
      return new Checked(EventReport.of(source, record.index(), validator.validate(record.json())));
    }
    if (!allSources && tree != null && tree.isObject() && !isMediaConvert(tree)) {
      return new Skipped();
    }
    ValidationResult result = validator.validate(tree);
    return new Checked(EventReport.of(source, record.index(), result));
  }

  private static boolean isMediaConvert(JsonNode tree) {
    JsonNode source = tree.get("eventSource");
    return source != null && "mediaconvert.amazonaws.com".equals(source.asText());
  }

  private void collect(
      Future<Outcome> future, String source, Report.Builder report, Progress progress) {
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
      report.event(c.report());
      progress.findings.addAndGet(c.report().findings().size());
    } else {
      report.skipped(source, 1);
    }
  }

  private EventReport unreadable(String source, String reason) {
    Finding f =
        new Finding(
            SyntaxRules.INPUT_UNREADABLE.id(),
            validator.config().severityOf(SyntaxRules.INPUT_UNREADABLE),
            "",
            null,
            source + ": " + reason,
            null,
            null);
    return new EventReport(source, 0, null, null, List.of(f));
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
