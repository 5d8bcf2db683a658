package io.mctrail.cli;

import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.parse;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.records.InputLimits;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.ReportFormat;
import io.mctrail.validation.report.ReportStream;
import io.mctrail.validation.report.ReportWriter;
import io.mctrail.validation.report.Summary;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mctrail check} writes its report while it runs, so that memory does not grow with the
 * records: with one thread each record's entry reaches the report before the next input is read,
 * with N no more than N inputs are read before their entries are written, and the report file is
 * moved into place whole at the end.
 */
class CheckReportStreamingTest {

  @TempDir Path dir;

  @Test
  void withOneThreadEachRecordsEntryIsWrittenBeforeTheNextInputIsRead() throws Exception {
    Path first = write(dir, "a/first.json", seed(Cli.eventID(1)).toString());
    Path second = write(dir, "a/second.json", seed(Cli.eventID(2)).toString());

    Opened opened = check(1);

    assertThat(opened.writtenWhenOpened()).containsOnlyKeys(first, second);
    assertThat(opened.writtenWhenOpened().get(first)).isEmpty();
    assertThat(opened.writtenWhenOpened().get(second))
        .startsWith(first + "#0 CreateJob eventID " + Cli.eventID(1))
        .doesNotContain(second.toString());
    assertThat(opened.summary().events()).isEqualTo(2);
    assertThat(opened.summary().errors()).isEqualTo(2);
  }

  @Test
  void withNThreadsAnInputIsOpenedOnlyOnceTheInputNBeforeItIsWritten() throws Exception {
    Path first = write(dir, "a/first.json", seed(Cli.eventID(1)).toString());
    Path second = write(dir, "a/second.json", seed(Cli.eventID(2)).toString());
    Path third = write(dir, "a/third.json", seed(Cli.eventID(3)).toString());

    Opened opened = check(2);

    // Two inputs are read at once; the third waits until the first's entries are written.
    assertThat(opened.writtenWhenOpened()).containsOnlyKeys(first, second, third);
    assertThat(opened.writtenWhenOpened().get(first)).isEmpty();
    assertThat(opened.writtenWhenOpened().get(third))
        .startsWith(first + "#0 CreateJob eventID " + Cli.eventID(1))
        .doesNotContain(third.toString());
    assertThat(opened.summary().events()).isEqualTo(3);
  }

  /** What a text report held when each input was opened, and the run's summary. */
  private record Opened(Map<Path, String> writtenWhenOpened, Summary summary) {}

  private Opened check(int threads) throws Exception {
    StringWriter out = new StringWriter();
    Map<Path, String> writtenWhenOpened = new ConcurrentHashMap<>();
    CheckRun run =
        new CheckRun(
            Validator.create(),
            threads,
            false,
            InputLimits.DEFAULT,
            InputStream.nullInputStream(),
            path -> {
              synchronized (out) {
                writtenWhenOpened.put(path, out.toString());
              }
              return Files.newInputStream(path);
            });
    Summary summary;
    try (ReportStream report = ReportWriter.of(ReportFormat.TEXT).open(new Locked(out));
        Progress progress =
            Progress.start(0, new PrintStream(OutputStream.nullOutputStream()), false)) {
      run.run(
          InputFiles.expand(List.of(dir.resolve("a").toString())),
          progress,
          new AtomicInteger(),
          report);
      summary = report.finish();
    }
    return new Opened(writtenWhenOpened, summary);
  }

  /** A writer whose writes and reads of {@code out} are never at once. */
  private static final class Locked extends Writer {
    private final StringWriter out;

    Locked(StringWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      synchronized (out) {
        out.write(chars, off, len);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void anEarlierReportInTheFolderBeingCheckedIsReadAsItWasBeforeTheRun() throws Exception {
    Path logs = dir.resolve("logs");
    write(logs, "seed.json", seed().toString());
    String report = logs.resolve("report.json").toString();
    Run earlier = mctrail("check", "-f", "json", "-o", report, logs.toString());

    Run run = mctrail("check", "-f", "json", "-o", report, logs.toString());

    assertThat(earlier.exitCode()).isEqualTo(1);
    assertThat(run.exitCode()).isEqualTo(1);
    // The earlier report holds an "events" array, so it reads as a CloudWatch Logs export whose
    // element has no message: read whole, not found empty as a report truncated early would be.
    JsonNode written = parse(Files.readString(Path.of(report)));
    assertThat(written.get("summary").get("files").asInt()).isEqualTo(2);
    List<String> rulesOfTheEarlierReport = new ArrayList<>();
    for (JsonNode event : written.get("events")) {
      if (event.get("source").asText().equals(report)) {
        event.get("findings").forEach(f -> rulesOfTheEarlierReport.add(f.get("rule").asText()));
      }
    }
    assertThat(rulesOfTheEarlierReport).containsExactly("syntax.record-broken");
    assertThat(leftOver(logs)).isEmpty();
  }

  @Test
  void aReportReplacesTheFilesEarlierContentWhole() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "x".repeat(100_000));
    String input = write(dir, "in/seed.json", seed().toString()).toString();

    Run run = mctrail("check", "-o", report.toString(), input);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readString(report))
        .doesNotContain("x".repeat(100))
        .endsWith("1 file, 1 event (0 skipped): 1 error, 0 warnings, 0 infos\n");
    assertThat(leftOver(dir)).isEmpty();
  }

  @Test
  void aReportToADeviceIsWrittenInPlace() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    String input = write(dir, "seed.json", seed().toString()).toString();

    Run run = mctrail("check", "-f", "junit", "-o", devNull.toString(), input);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  /** Temporary report files left in {@code folder}. */
  private static List<Path> leftOver(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
