package io.mctrail.cli;

import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.quoted;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.records.InputLimits;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.Report;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing is lost (issue 7): over a folder of mixed files (good records, broken ones, other
 * services' records, a digest, every wrapper, an empty file, a truncated gzip, a path that does not
 * exist), every record read has an entry in the report or is a counted skip, and the summary's
 * counts add up to the records in the input, file by file, whatever the number of threads.
 */
class NothingLostTest {

  @TempDir Path dir;

  /** For each input: how many records (and broken records, and input problems) it holds. */
  private final Map<String, Integer> expected = new LinkedHashMap<>();

  /** Of those, how many are other services' records or digests: skipped by default. */
  private final Map<String, Integer> skippable = new LinkedHashMap<>();

  private int n;

  private ObjectNode mediaConvert() {
    return n % 3 == 0 ? clean().put("eventID", eventID(n++)) : seed(eventID(n++));
  }

  private ObjectNode other() {
    return otherService().put("eventID", eventID(n++));
  }

  private void file(String name, byte[] bytes, int records, int skipped) {
    Path p = write(dir, "logs/" + name, bytes);
    expected.put(p.toString(), records);
    skippable.put(p.toString(), skipped);
  }

  private void file(String name, String text, int records, int skipped) {
    file(name, text.getBytes(StandardCharsets.UTF_8), records, skipped);
  }

  @BeforeEach
  void mixedFiles() {
    // A log file: 6 MediaConvert records, 2 of another service.
    file(
        "a-log.json",
        logFile(
            mediaConvert(),
            other(),
            mediaConvert(),
            mediaConvert(),
            other(),
            mediaConvert(),
            mediaConvert(),
            mediaConvert()),
        8,
        2);
    // The same, gzipped, cut inside its fifth record: 4 records, then 1 broken.
    String whole = logFile(mediaConvert(), mediaConvert(), other(), mediaConvert(), mediaConvert());
    String cut = whole.substring(0, whole.length() - compact(clean()).length() / 2);
    file("b-cut.json.gz", gzip(cut), 5, 1);
    // Newline-delimited: a record, garbage, a record that is not JSON, another service, a record.
    file(
        "c-events.jsonl",
        compact(mediaConvert())
            + "\nnot json at all\n{\"eventName\": CreateJob}\n"
            + compact(other())
            + "\n"
            + compact(mediaConvert())
            + "\n",
        5,
        1);
    // A digest file: 1 skip.
    file(
        "d-digest.json",
        "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"2024-01-01T00:00:00Z\","
            + "\"digestEndTime\":\"2024-01-01T01:00:00Z\",\"logFiles\":[]}",
        1,
        1);
    // LookupEvents output: 3 records, one of them not JSON, one of another service.
    file(
        "e-lookup.json",
        "{\"Events\":[{\"CloudTrailEvent\":"
            + quoted(compact(mediaConvert()))
            + "},{\"CloudTrailEvent\":\"{not json\"},{\"CloudTrailEvent\":"
            + quoted(compact(other()))
            + "},{\"EventId\":\"no CloudTrailEvent\"}]}",
        4,
        1);
    // A CloudWatch Logs subscription payload, base64 of gzip: 2 records.
    String payload =
        "{\"messageType\":\"DATA_MESSAGE\",\"logEvents\":[{\"id\":\"1\",\"message\":"
            + quoted(compact(mediaConvert()))
            + "},{\"id\":\"2\",\"message\":"
            + quoted(compact(mediaConvert()))
            + "}]}";
    file("f-subscription.b64", Base64.getEncoder().encode(gzip(payload)), 2, 0);
    // An EventBridge event: 1 record.
    file(
        "g-eventbridge.json",
        "{\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":"
            + compact(mediaConvert())
            + "}",
        1,
        0);
    // An empty file: 1 entry, its warning.
    file("h-empty.json", "", 1, 0);
    // A JSON array with a record over the limit of one record.
    String huge = compact(mediaConvert().put("userAgent", "x".repeat(70_000)));
    file("i-array.json", "[" + compact(mediaConvert()) + "," + huge + "]", 2, 0);
    // A CloudWatch Logs export with timestamps, and a UTF-16 file.
    file(
        "j-export.log",
        "2024-01-01T00:00:00.000Z "
            + compact(mediaConvert())
            + "\n2024-01-01T00:00:01.000Z "
            + compact(other())
            + "\n",
        2,
        1);
    file(
        "k-utf16.json",
        logFile(mediaConvert(), mediaConvert()).getBytes(StandardCharsets.UTF_16),
        2,
        0);
  }

  private int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void everyRecordHasAnEntryOrIsACountedSkipFileByFile(int threads) {
    InputFiles files = InputFiles.expand(List.of(dir.resolve("logs").toString()));
    Report report;
    try (Progress progress =
        Progress.start(0, new PrintStream(OutputStream.nullOutputStream()), false)) {
      report =
          new CheckRun(
                  Validator.create(),
                  threads,
                  false,
                  new InputLimits(64 * 1024),
                  InputStream.nullInputStream())
              .run(files, progress, new AtomicInteger());
    }

    assertThat(report.sources()).containsExactlyElementsOf(expected.keySet());
    for (String source : expected.keySet()) {
      List<EventReport> entries =
          report.events().stream().filter(e -> e.source().equals(source)).toList();
      Set<Integer> indexes = new HashSet<>();
      entries.forEach(e -> indexes.add(e.index()));
      assertThat(indexes).as("%s: one entry per index", source).hasSameSizeAs(entries);
      assertThat(entries.size() + report.skipped(source))
          .as("%s: entries and skips", source)
          .isEqualTo(expected.get(source).longValue());
      assertThat(report.skipped(source))
          .as("%s: skips", source)
          .isEqualTo(skippable.get(source).longValue());
      assertThat(indexes)
          .as("%s: indexes within the file", source)
          .allMatch(i -> i < expected.get(source));
    }
    assertThat(report.summary().events() + report.summary().skipped())
        .isEqualTo((long) total(expected));
    assertThat(report.summary().skipped()).isEqualTo((long) total(skippable));
    assertThat(report.summary().files()).isEqualTo((long) expected.size());
  }

  @Test
  void theCommandsSummaryAddsUpToTheRecordsInTheInput() {
    String missing = dir.resolve("no-such-file.json").toString();

    Run run =
        mctrail(
            "check",
            "--format",
            "json",
            "--threads",
            "3",
            "--max-record-bytes",
            "65536",
            missing,
            dir.resolve("logs").toString());

    JsonNode summary = run.summary();
    int problems = 1; // the missing path: an entry of its own
    assertThat(summary.get("events").asInt()).isEqualTo(run.events().size());
    assertThat(summary.get("events").asInt() + summary.get("skipped").asInt())
        .isEqualTo(total(expected) + problems);
    assertThat(summary.get("skipped").asInt()).isEqualTo(total(skippable));
    assertThat(summary.get("files").asInt()).isEqualTo(expected.size() + problems);
    long findings = 0;
    for (JsonNode e : run.events()) {
      findings += e.get("findings").size();
    }
    assertThat(
            summary.get("errors").asLong()
                + summary.get("warnings").asLong()
                + summary.get("infos").asLong())
        .isEqualTo(findings);
    // Every record without an eventName is a broken record or a problem with a syntax finding.
    assertThat(run.events())
        .filteredOn(e -> text(e, "eventName") == null)
        .allMatch(e -> e.get("findings").toString().contains("\"syntax."));
  }

  @Test
  void withAllSourcesOtherServicesHaveEntriesAndOnlyDigestsAreSkipped() {
    Run run =
        mctrail(
            "check",
            "--format",
            "json",
            "--all-sources",
            "--max-record-bytes",
            "65536",
            dir.resolve("logs").toString());

    JsonNode summary = run.summary();
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("events").asInt()).isEqualTo(total(expected) - 1);
    List<String> ids = new ArrayList<>();
    run.events().forEach(e -> ids.add(text(e, "eventID")));
    assertThat(ids).filteredOn(id -> id != null).doesNotHaveDuplicates();
    assertThat(Files.exists(dir.resolve("logs/a-log.json"))).isTrue();
  }
}
