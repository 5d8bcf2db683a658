package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_POINTER;
import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.quoted;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.records.InputLimits;
import io.mctrail.validation.Validator;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of bad input (issue 7), end to end through {@code mctrail check}: for each kind,
 * the finding it gives, with its rule and pointer, and that the other records of the same file (or,
 * where a file can hold nothing else, the other files of the run) are still checked. The reader's
 * and the validator's own tests of the same kinds are {@code RecordReaderBadInputTest} and {@code
 * BadRecordCatalogueTest}.
 */
class CheckBadInputCatalogueTest {

  private static final String H264 =
      "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/codecSettings"
          + "/h264Settings";
  private static final String SHARPNESS =
      "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/sharpness";

  @TempDir Path dir;

  /** {@code seed(eventID(n))} on one line. */
  private static String good(int n) {
    return compact(seed(eventID(n)));
  }

  /** A seed whose JSON text has the first {@code from} replaced by {@code to}. */
  private static String seedWith(int n, String from, String to) {
    String s = good(n);
    assertThat(s).contains(from);
    int at = s.indexOf(from);
    return s.substring(0, at) + to + s.substring(at + from.length());
  }

  private Run check(Path file, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "check";
    args[1] = "--format";
    args[2] = "json";
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = file.toString();
    return mctrail(args);
  }

  /**
   * The entry of record {@code index}: its eventID is {@code eventID(n)}, its findings the seed's.
   */
  private static void assertSeedChecked(List<JsonNode> events, int index, int n) {
    assertSeedChecked(events.get(index), index, n);
  }

  /**
   * {@code e} is the entry of record {@code index} of its file, the seed with {@code eventID(n)}.
   */
  private static void assertSeedChecked(JsonNode e, int index, int n) {
    assertThat(e.get("index").asInt()).isEqualTo(index);
    assertThat(text(e, "eventID")).isEqualTo(eventID(n));
    assertThat(e.get("findings"))
        .filteredOn(f -> !text(f, "rule").startsWith("syntax."))
        .extracting(f -> text(f, "rule") + " " + text(f, "pointer"))
        .containsExactly(SEED_RULE + " " + SEED_POINTER);
  }

  /** The one finding of record {@code index}, which has no eventID (it could not be read). */
  private static JsonNode onlyFinding(List<JsonNode> events, int index) {
    JsonNode e = events.get(index);
    assertThat(e.get("index").asInt()).isEqualTo(index);
    assertThat(e.get("findings")).hasSize(1);
    return e.get("findings").get(0);
  }

  private static JsonNode finding(List<JsonNode> events, int index, String rule) {
    JsonNode e = events.get(index);
    assertThat(e.get("index").asInt()).isEqualTo(index);
    for (JsonNode f : e.get("findings")) {
      if (text(f, "rule").equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " in " + e);
  }

  private static String lines(String... records) {
    return String.join("\n", records) + "\n";
  }

  // ------------------------------------------------------------------ files with nothing in them

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t\r\n  "})
  void anEmptyOrBlankFileIsAWarningAndTheOtherFilesAreChecked(String content) {
    write(dir, "logs/a-empty.json", content);
    write(dir, "logs/b-good.json", good(1));

    Run run = mctrail("check", "--format", "json", dir.resolve("logs").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> events = run.events();
    assertThat(events).hasSize(2);
    JsonNode empty = onlyFinding(events, 0);
    assertThat(text(empty, "rule")).isEqualTo("syntax.input-empty");
    assertThat(text(empty, "severity")).isEqualTo("WARNING");
    assertSeedChecked(events.get(1), 0, 1);
    assertThat(run.summary().get("files").asInt()).isEqualTo(2);
  }

  @Test
  void anEmptyListOfRecordsIsNoFinding() {
    Run run = check(write(dir, "none.json", "{\"Records\":[]}"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.events()).isEmpty();
  }

  // ------------------------------------------------------------------ encodings

  @Test
  void aUtf8ByteOrderMarkIsAWarningAndEveryRecordIsChecked() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = lines(good(0), good(1)).getBytes(UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, 3);
    System.arraycopy(text, 0, file, 3, text.length);

    List<JsonNode> events = check(write(dir, "bom.jsonl", file)).events();

    assertThat(events).hasSize(2);
    assertThat(text(finding(events, 0, "syntax.encoding"), "message")).contains("byte-order mark");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 1, 1);
  }

  @Test
  void invalidUtf8InOneRecordIsInvalidJsonAndTheOthersAreChecked() {
    byte[] overlong = seedWith(1, "test user", "test\u00ffuser").getBytes(UTF_8);
    int at = indexOf(overlong, (byte) 0xC3);
    overlong[at] = (byte) 0xC0;
    overlong[at + 1] = (byte) 0xAF;
    byte[] invalid = good(2).getBytes(UTF_8);
    invalid[10] = (byte) 0xFF;
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes((good(0) + "\n").getBytes(UTF_8));
    file.writeBytes(overlong);
    file.writeBytes("\n".getBytes(UTF_8));
    file.writeBytes(invalid);
    file.writeBytes(("\n" + good(3) + "\n").getBytes(UTF_8));

    List<JsonNode> events = check(write(dir, "utf8.jsonl", file.toByteArray())).events();

    assertThat(events).hasSize(4);
    for (int bad : new int[] {1, 2}) {
      JsonNode f = onlyFinding(events, bad);
      assertThat(text(f, "rule")).isEqualTo("syntax.invalid-json");
      assertThat(text(f, "message")).contains("UTF-8");
    }
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 3, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE"})
  void aUtf16OrUtf32FileIsAWarningAndEveryRecordIsChecked(String charset) {
    byte[] file = logFile(seed(eventID(0)), seed(eventID(1))).getBytes(Charset.forName(charset));

    List<JsonNode> events = check(write(dir, "utf16.json", file)).events();

    assertThat(events).hasSize(2);
    assertThat(text(finding(events, 0, "syntax.encoding"), "message"))
        .contains(charset.equals("UTF-16") ? "UTF-16BE" : charset);
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 1, 1);
  }

  // ------------------------------------------------------------------ damaged files

  @Test
  void aTruncatedRecordIsBrokenAfterTheRecordsBeforeIt() {
    String whole = logFile(seed(eventID(0)), seed(eventID(1)), seed(eventID(2)));
    String cut = whole.substring(0, whole.length() - good(2).length() / 2);

    List<JsonNode> events = check(write(dir, "cut.json", cut)).events();

    assertThat(events).hasSize(3);
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 1, 1);
    assertThat(text(onlyFinding(events, 2), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(events, 2), "message")).contains("ends inside");
  }

  @Test
  void aGzipCutInsideItsHeaderIsABrokenRecordAndTheOtherFilesAreChecked() {
    byte[] gz = gzip(logFile(seed(eventID(0))));
    write(dir, "logs/a.json.gz", Arrays.copyOf(gz, 6));
    write(dir, "logs/b.json.gz", gz);

    Run run = mctrail("check", "--format", "json", dir.resolve("logs").toString());

    List<JsonNode> events = run.events();
    assertThat(events).hasSize(2);
    assertThat(text(onlyFinding(events, 0), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(events, 0), "message")).contains("gzip");
    assertSeedChecked(events.get(1), 0, 0);
  }

  @Test
  void aGzipHoldingSomethingThatIsNotJsonGivesBrokenRecordsAndTheRecordsInItAreChecked() {
    byte[] gz = gzip("this is not JSON\n" + good(1) + "\n\u0001\u0002binary\n" + good(3) + "\n");

    List<JsonNode> events = check(write(dir, "odd.json.gz", gz)).events();

    assertThat(events).hasSize(4);
    assertThat(text(onlyFinding(events, 0), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(events, 0), "message")).contains("this is not JSON");
    assertSeedChecked(events, 1, 1);
    assertThat(text(onlyFinding(events, 2), "rule")).isEqualTo("syntax.record-broken");
    assertSeedChecked(events, 3, 3);
  }

  @Test
  void trailingGarbageAfterARecordIsBrokenAndTheNextIsChecked() {
    String file = lines(good(0) + " trailing garbage", good(2));

    List<JsonNode> events = check(write(dir, "garbage.jsonl", file)).events();

    assertThat(events).hasSize(3);
    assertSeedChecked(events, 0, 0);
    assertThat(text(onlyFinding(events, 1), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(events, 1), "message")).contains("trailing garbage");
    assertSeedChecked(events, 2, 2);
  }

  // ------------------------------------------------------------------ records that parse badly

  @Test
  void duplicateKeysAreInvalidJsonAndTheOtherRecordsAreChecked() {
    String dup = good(1).substring(0, good(1).length() - 1) + ",\"eventName\":\"GetJob\"}";

    List<JsonNode> events = check(write(dir, "dup.jsonl", lines(good(0), dup, good(2)))).events();

    assertThat(text(onlyFinding(events, 1), "rule")).isEqualTo("syntax.invalid-json");
    assertThat(text(onlyFinding(events, 1), "message")).contains("Duplicate field 'eventName'");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 2, 2);
  }

  @Test
  void nanAndInfinityAreInvalidJsonAndTheOtherRecordsAreChecked() {
    String file =
        lines(
            good(0),
            seedWith(1, "\"gopSize\":90,", "\"gopSize\":NaN,"),
            seedWith(2, "\"gopSize\":90,", "\"gopSize\":-Infinity,"),
            good(3));

    List<JsonNode> events = check(write(dir, "nan.jsonl", file)).events();

    assertThat(events).hasSize(4);
    assertThat(text(onlyFinding(events, 1), "message")).contains("'NaN'");
    assertThat(text(onlyFinding(events, 2), "message")).contains("'-Infinity'");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 3, 3);
  }

  @Test
  void numbersBeyondLongAndDoubleAreFindingsAtTheirPointerAndTheOtherRecordsAreChecked() {
    String file =
        lines(
            good(0),
            seedWith(1, "\"sharpness\":50", "\"sharpness\":9223372036854775808"),
            seedWith(2, "\"gopSize\":90,", "\"gopSize\":1e400,"),
            good(3));

    List<JsonNode> events = check(write(dir, "numbers.jsonl", file)).events();

    assertThat(events).hasSize(4);
    assertThat(text(finding(events, 1, "constraints.unreadable"), "pointer")).isEqualTo(SHARPNESS);
    assertThat(text(onlyFinding(events, 2), "rule")).isEqualTo("syntax.limit-exceeded");
    assertThat(text(onlyFinding(events, 2), "pointer")).isEqualTo(H264 + "/gopSize");
    assertThat(text(onlyFinding(events, 2), "message")).contains("beyond the range of a double");
    assertThat(events.get(1).get("findings")).noneMatch(f -> text(f, "rule").startsWith("syntax."));
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 3, 3);
  }

  /** A 50 MB string: the default limits stop it at 10 million characters, at its pointer. */
  @Test
  void aFiftyMegabyteStringIsALimitFindingAtItsPointerAndTheOtherRecordsAreChecked()
      throws IOException {
    Path file = dir.resolve("big.jsonl");
    String big = good(1);
    int at = big.indexOf("\"userAgent\":\"") + "\"userAgent\":\"".length();
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((good(0) + "\n" + big.substring(0, at)).getBytes(UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write((big.substring(at) + "\n" + good(2) + "\n").getBytes(UTF_8));
    }

    List<JsonNode> events = check(file).events();

    assertThat(events).hasSize(3);
    JsonNode limit = onlyFinding(events, 1);
    assertThat(text(limit, "rule")).isEqualTo("syntax.limit-exceeded");
    assertThat(text(limit, "pointer")).isEqualTo("/userAgent");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 2, 2);

    // With a record limit below the record's size, the record is not even kept whole.
    List<JsonNode> small = check(file, "--max-record-bytes", "1048576").events();
    assertThat(small).hasSize(3);
    assertThat(text(onlyFinding(small, 1), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(small, 1), "message")).contains("larger than the limit of 1048576");
    assertSeedChecked(small, 2, 2);
  }

  @Test
  void tenThousandLevelsOfNestingAreALimitFindingAndTheOtherRecordsAreChecked() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String file =
        lines(good(0), seedWith(1, "\"gopSize\":90,", "\"gopSize\":" + deep + ","), good(2));

    List<JsonNode> events = check(write(dir, "deep.jsonl", file)).events();

    assertThat(events).hasSize(3);
    JsonNode limit = onlyFinding(events, 1);
    assertThat(text(limit, "rule")).isEqualTo("syntax.limit-exceeded");
    assertThat(text(limit, "pointer")).startsWith(H264 + "/gopSize/0/0/0");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 2, 2);
  }

  @Test
  void theReadLimitsAreOptionsOfTheCommand() {
    String file =
        lines(
            good(0),
            seedWith(1, "\"gopSize\":90,", "\"gopSize\":" + "[".repeat(40) + "]".repeat(40) + ","),
            seedWith(2, "\"userAgent\":\"", "\"userAgent\":\"" + "x".repeat(3000)),
            seedWith(3, "\"gopSize\":90,", "\"gopSize\":9" + "0".repeat(100) + ","),
            seedWith(4, "\"gopSize\":90,", "\"gopSize\":[" + "1,".repeat(3000) + "1],"),
            good(5));
    Path path = write(dir, "limits.jsonl", file);

    List<JsonNode> events =
        check(
                path,
                "--max-depth",
                "32",
                "--max-string-length",
                "2048",
                "--max-number-length",
                "64",
                "--max-tokens",
                "2048")
            .events();

    assertThat(events).hasSize(6);
    assertThat(text(onlyFinding(events, 1), "pointer")).startsWith(H264 + "/gopSize/0");
    assertThat(text(onlyFinding(events, 2), "pointer")).isEqualTo("/userAgent");
    assertThat(text(onlyFinding(events, 3), "pointer")).isEqualTo(H264 + "/gopSize");
    assertThat(text(onlyFinding(events, 4), "pointer")).startsWith(H264 + "/gopSize/");
    for (int i = 1; i <= 4; i++) {
      assertThat(text(onlyFinding(events, i), "rule")).isEqualTo("syntax.limit-exceeded");
    }
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 5, 5);
    assertThat(check(path).events())
        .filteredOn(e -> e.get("findings").toString().contains("limit-exceeded"))
        .isEmpty();
    Run tooSmall = mctrail("check", "--max-depth", "3", path.toString());
    assertThat(tooSmall.exitCode()).isEqualTo(2);
    assertThat(tooSmall.err()).contains("--max-depth must be at least 16");
  }

  @Test
  void theLimitsAreDocumentedInTheHelp() {
    Run help = mctrail("check", "--help");
    assertThat(help.out())
        .contains("--max-record-bytes")
        .contains("--max-depth")
        .contains("--max-string-length")
        .contains("--max-number-length")
        .contains("--max-tokens")
        .contains("--max-findings");
  }

  // ------------------------------------------------------------------ values of the wrong kind

  @Test
  void nullInPlaceOfValuesAndTheOtherRecordsAreChecked() {
    ObjectNode withNulls = seed(eventID(1));
    ((ObjectNode) withNulls.at("/requestParameters")).putNull("role");
    ((ArrayNode) withNulls.at("/requestParameters/settings/inputs")).addNull();
    ((ObjectNode) withNulls.at("/requestParameters/userMetadata")).putNull("Name");
    ((ObjectNode) withNulls.at(H264)).putNull("gopSize");
    String file = lines(good(0), compact(withNulls), good(2));

    List<JsonNode> events = check(write(dir, "nulls.jsonl", file)).events();

    assertThat(events).hasSize(3);
    assertThat(events.get(1).get("findings"))
        .extracting(f -> text(f, "rule") + " " + text(f, "pointer"))
        .contains(
            "constraints.required /requestParameters/role",
            "constraints.null-element /requestParameters/settings/inputs/1",
            "constraints.null-element /requestParameters/userMetadata/Name");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 2, 2);
  }

  @Test
  void wrongJsonTypesAreFindingsAtTheirPointerAndTheOtherRecordsAreChecked() {
    ObjectNode objectForList = seed(eventID(1));
    ((ObjectNode) objectForList.at("/requestParameters/settings")).putObject("outputGroups");
    ObjectNode listForString = seed(eventID(2));
    ((ObjectNode) listForString.at(H264)).putArray("codecProfile").add("HIGH");
    ObjectNode stringForPayload = seed(eventID(3));
    stringForPayload.put("requestParameters", "settings");
    String file =
        lines(
            good(0),
            compact(objectForList),
            compact(listForString),
            compact(stringForPayload),
            good(4));

    List<JsonNode> events = check(write(dir, "types.jsonl", file)).events();

    assertThat(events).hasSize(5);
    assertThat(text(finding(events, 1, "constraints.unreadable"), "pointer"))
        .isEqualTo("/requestParameters/settings/outputGroups");
    assertThat(text(finding(events, 2, "constraints.unreadable"), "pointer"))
        .isEqualTo(H264 + "/codecProfile");
    assertThat(text(finding(events, 3, "constraints.unreadable"), "pointer"))
        .isEqualTo("/requestParameters");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 4, 4);
  }

  // ------------------------------------------------------------------ wrappers

  @Test
  void aRecordsMemberThatIsNotAListIsBrokenAndTheNextLogFileInTheSameFileIsChecked() {
    String file =
        "{\"Records\":" + good(0) + "}\n" + logFile(seed(eventID(1)), seed(eventID(2))) + "\n";

    List<JsonNode> events = check(write(dir, "notlist.json", file)).events();

    assertThat(events).hasSize(3);
    assertThat(text(onlyFinding(events, 0), "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(onlyFinding(events, 0), "message")).contains("not a list");
    assertSeedChecked(events, 1, 1);
    assertSeedChecked(events, 2, 2);
  }

  @Test
  void aLookupEventsCloudTrailEventThatIsNotJsonIsInvalidJsonAndTheOthersAreChecked() {
    String file =
        "{\"Events\":["
            + "{\"EventId\":\"0\",\"CloudTrailEvent\":"
            + quoted(good(0))
            + "},{\"EventId\":\"1\",\"CloudTrailEvent\":"
            + quoted("{\"eventVersion\":\"1.08\",\"eventName\": CreateJob}")
            + "},{\"EventId\":\"2\",\"CloudTrailEvent\":"
            + quoted(good(2))
            + "}],\"NextToken\":\"x\"}";

    List<JsonNode> events = check(write(dir, "lookup.json", file)).events();

    assertThat(events).hasSize(3);
    assertThat(text(onlyFinding(events, 1), "rule")).isEqualTo("syntax.invalid-json");
    assertThat(text(onlyFinding(events, 1), "message")).contains("line 1, column");
    assertSeedChecked(events, 0, 0);
    assertSeedChecked(events, 2, 2);
  }

  // ------------------------------------------------------------------ files and folders

  @Test
  void aFileThatVanishesBetweenListingAndReadingIsUnreadableAndTheOthersAreChecked()
      throws IOException {
    Path gone = write(dir, "logs/a-gone.json", good(0));
    write(dir, "logs/b-good.json", good(1));
    InputFiles files = InputFiles.expand(List.of(dir.resolve("logs").toString()));
    Files.delete(gone);

    Report report = run(files, Files::newInputStream);

    assertThat(report.events()).hasSize(2);
    EventReport vanished = report.events().get(0);
    assertThat(vanished.source()).isEqualTo(gone.toString());
    assertThat(vanished.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.input-unreadable");
              assertThat(f.message()).contains("vanished");
            });
    assertThat(report.events().get(1).eventID()).isEqualTo(eventID(1));
  }

  @Test
  void aFileThatFailsDuringReadingHasItsRecordsBeforeCheckedThenABrokenRecord() {
    Path failing = write(dir, "logs/a-failing.jsonl", lines(good(0), good(1), good(2)));
    write(dir, "logs/b-good.json", good(3));
    InputFiles files = InputFiles.expand(List.of(dir.resolve("logs").toString()));
    int failAfter = good(0).length() + good(1).length() + 2;

    Report report =
        run(
            files,
            path ->
                path.equals(failing)
                    ? failingAfter(Files.readAllBytes(path), failAfter)
                    : Files.newInputStream(path));

    List<EventReport> events = report.events();
    assertThat(events).extracting(EventReport::eventID).startsWith(eventID(0), eventID(1));
    EventReport broken = events.get(2);
    assertThat(broken.source()).isEqualTo(failing.toString());
    assertThat(broken.index()).isEqualTo(2);
    assertThat(broken.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.record-broken");
              assertThat(f.message()).contains("Input/output error").doesNotContain("gzip");
            });
    assertThat(events.get(3).eventID()).isEqualTo(eventID(3));
  }

  /** Permission denied, as the file system says it: simulated, so it holds when run as root. */
  @Test
  void aFileThatCannotBeOpenedIsUnreadableAndTheOthersAreChecked() {
    Path denied = write(dir, "logs/a-denied.json", good(0));
    write(dir, "logs/b-good.json", good(1));
    InputFiles files = InputFiles.expand(List.of(dir.resolve("logs").toString()));

    Report report =
        run(
            files,
            path -> {
              if (path.equals(denied)) {
                throw new AccessDeniedException(path.toString());
              }
              return Files.newInputStream(path);
            });

    assertThat(report.events().get(0).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.input-unreadable");
              assertThat(f.message()).contains("permission denied");
            });
    assertThat(report.events().get(1).eventID()).isEqualTo(eventID(1));
  }

  /**
   * Permission denied for real. Root reads a file whatever its permissions, so there the test is
   * skipped (the simulated test above covers the command's handling).
   */
  @Test
  void aFileWithoutReadPermissionIsUnreadableAndTheOthersAreChecked() throws IOException {
    Path denied = write(dir, "logs/a-denied.json", good(0));
    write(dir, "logs/b-good.json", good(1));
    Files.setPosixFilePermissions(denied, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(denied), "the file stays readable: running as root");

      Run run = mctrail("check", "--format", "json", dir.resolve("logs").toString());

      List<JsonNode> events = run.events();
      assertThat(text(onlyFinding(events, 0), "rule")).isEqualTo("syntax.input-unreadable");
      assertThat(text(onlyFinding(events, 0), "message")).contains("permission denied");
      assertSeedChecked(events.get(1), 0, 1);
    } finally {
      Files.setPosixFilePermissions(denied, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aFolderWithACycleOfSymbolicLinksIsReportedAndEveryFileIsCheckedOnce() throws IOException {
    Path logs = Files.createDirectories(dir.resolve("logs/sub"));
    write(dir, "logs/a.json", good(0));
    write(dir, "logs/sub/b.json", good(1));
    Files.createSymbolicLink(logs.resolve("loop"), dir.resolve("logs"));

    Run run = mctrail("check", "--format", "json", dir.resolve("logs").toString());

    List<JsonNode> events = run.events();
    assertThat(events).hasSize(3);
    assertThat(events)
        .filteredOn(e -> e.get("findings").toString().contains("syntax.input-unreadable"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(text(e, "source")).endsWith("loop");
              assertThat(text(e.get("findings").get(0), "message"))
                  .contains("a cycle of symbolic links");
            });
    assertThat(events).extracting(e -> text(e, "eventID")).contains(eventID(0), eventID(1));
    assertThat(run.err()).contains("a cycle of symbolic links");
  }

  // ------------------------------------------------------------------ helpers

  private static Report run(InputFiles files, CheckRun.Opener opener) {
    CheckRun run =
        new CheckRun(
            Validator.create(),
            2,
            false,
            InputLimits.DEFAULT,
            InputStream.nullInputStream(),
            opener);
    try (Progress progress =
        Progress.start(0, new PrintStream(OutputStream.nullOutputStream()), false)) {
      return run.run(files, progress, new AtomicInteger());
    }
  }

  /**
   * A stream of {@code bytes} that fails, as a disk or network file system may, after {@code n}.
   */
  private static InputStream failingAfter(byte[] bytes, int n) {
    return new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos >= n) {
          throw new IOException("Input/output error");
        }
        return pos < bytes.length ? bytes[pos++] & 0xff : -1;
      }
    };
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no byte " + b);
  }
}
