package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_POINTER;
import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.records.Sniff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing silent (issue 18): a file that is not a CloudTrail log (a JSON object that is no record,
 * a binary file, a text file) is a finding, never a green run with everything skipped, and one
 * finding, not one per fragment; other services' records stay counted skips and a MediaConvert
 * record that lacks a member is still checked.
 */
class CheckWrongInputTest {

  private static final String NOT_A_RECORD = "syntax.not-a-record";

  @TempDir Path dir;

  private Run check(Path file, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "check";
    args[1] = "--format";
    args[2] = "json";
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = file.toString();
    return mctrail(args);
  }

  /** The rule and pointer of each finding of {@code e}. */
  private static List<String> findings(JsonNode e) {
    return e.get("findings").findValuesAsText("rule").stream().toList();
  }

  private static void assertNotARecord(JsonNode e, int index) {
    assertThat(e.get("index").asInt()).isEqualTo(index);
    assertThat(e.get("findings")).hasSize(1);
    JsonNode f = e.get("findings").get(0);
    assertThat(text(f, "rule")).isEqualTo(NOT_A_RECORD);
    assertThat(text(f, "severity")).isEqualTo("ERROR");
    assertThat(text(f, "pointer")).isEmpty();
  }

  @Test
  void aJsonObjectThatIsNoRecordIsAnErrorNotASkip() {
    Run run = check(write(dir, "settings.json", "{\"foo\": 1}"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.summary().get("skipped").asInt()).isZero();
    assertThat(run.events()).singleElement().satisfies(e -> assertNotARecord(e, 0));
    assertThat(text(run.events().get(0).get("findings").get(0), "message"))
        .contains("neither a CloudTrail record nor a form of input that holds records");
  }

  @Test
  void anObjectThatIsNoRecordIsAFindingWithAllSourcesToo() {
    Run run = check(write(dir, "empty-object.json", "{}"), "--all-sources");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.events()).singleElement().satisfies(e -> assertNotARecord(e, 0));
  }

  @Test
  void objectsThatAreNoRecordsAmongRecordsAreFindingsAndTheRecordsAroundThemAreCheckedOrSkipped() {
    String lines =
        compact(seed(eventID(0)))
            + "\n{\"foo\":1}\n"
            + compact(otherService())
            + "\n{}\n"
            + logFile(seed(eventID(4)))
            + "\n";

    Run run = check(write(dir, "mixed.jsonl", lines));

    List<JsonNode> events = run.events();
    assertThat(events).hasSize(4);
    assertThat(text(events.get(0), "eventID")).isEqualTo(eventID(0));
    assertNotARecord(events.get(1), 1);
    assertNotARecord(events.get(2), 3);
    assertThat(text(events.get(3), "eventID")).isEqualTo(eventID(4));
    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
  }

  @Test
  void anElementOfALogFileThatIsNoRecordIsAFinding() {
    String file =
        "{\"Records\":["
            + compact(seed(eventID(0)))
            + ",{\"Records\":[]},"
            + compact(seed(eventID(2)))
            + "]}";

    List<JsonNode> events = check(write(dir, "log.json", file)).events();

    assertThat(events).hasSize(3);
    assertNotARecord(events.get(1), 1);
    assertThat(events.get(2).get("findings"))
        .extracting(f -> text(f, "rule") + " " + text(f, "pointer"))
        .containsExactly(SEED_RULE + " " + SEED_POINTER);
  }

  @Test
  void anEventBridgeEventThatCloudTrailDidNotSendIsAFindingOnItsDetail() {
    String jobStateChange =
        "{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"MediaConvert Job State Change\","
            + "\"source\":\"aws.mediaconvert\",\"account\":\"111122223333\","
            + "\"time\":\"2024-06-20T14:25:31Z\",\"region\":\"us-west-2\",\"resources\":[],"
            + "\"detail\":{\"timestamp\":1718893531000,\"accountId\":\"111122223333\","
            + "\"queue\":\"Default\",\"jobId\":\"1718893470000-abc123\",\"status\":\"COMPLETE\"}}";

    Run run = check(write(dir, "job-state.json", jobStateChange));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.events()).singleElement().satisfies(e -> assertNotARecord(e, 0));
    assertThat(text(run.events().get(0).get("findings").get(0), "message"))
        .startsWith("the EventBridge event's detail is not a CloudTrail record");
  }

  @Test
  void aMediaConvertRecordWithoutItsEventVersionIsStillChecked() {
    ObjectNode record = seed(eventID(0));
    record.remove("eventVersion");

    Run run = check(write(dir, "no-version.json", compact(record)));

    assertThat(run.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(text(e, "eventID")).isEqualTo(eventID(0));
              assertThat(findings(e)).contains(SEED_RULE).doesNotContain(NOT_A_RECORD);
              assertThat(e.get("findings").findValuesAsText("pointer")).contains("/eventVersion");
            });
  }

  @Test
  void anInsightsEventWithoutEventSourceIsStillAnotherServicesSkip() {
    String insight =
        "{\"eventVersion\":\"1.07\",\"eventTime\":\"2019-11-14T00:51:00Z\","
            + "\"awsRegion\":\"us-east-1\",\"eventID\":\"a\",\"eventType\":\"AwsCloudTrailInsight\","
            + "\"recipientAccountId\":\"123456789012\",\"insightDetails\":{\"state\":\"Start\","
            + "\"eventSource\":\"ssm.amazonaws.com\",\"eventName\":\"UpdateInstanceInformation\"}}";

    Run run = check(write(dir, "insight.json", "{\"Records\":[" + insight + "]}"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.events()).isEmpty();
    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
  }

  /** A jar: a zip whose first entry, a folder, is stored, and whose others are deflated. */
  private static byte[] jar() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry folder = new ZipEntry("META-INF/");
      folder.setMethod(ZipEntry.STORED);
      folder.setSize(0);
      folder.setCrc(0);
      zip.putNextEntry(folder);
      zip.closeEntry();
      for (int i = 0; i < 20; i++) {
        zip.putNextEntry(new ZipEntry("io/example/Type" + i + ".class"));
        zip.write(("{\"type\":" + i + "}\n[" + "\u0000\u00ff".repeat(i) + "]\n").getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aBinaryFileIsOneFindingForTheFileAndTheOtherFilesAreChecked() throws IOException {
    Path jar = write(dir, "tool.jar", jar());
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(jar());
    }
    Path gzipped = write(dir, "tool.jar.gz", gz.toByteArray());
    Path good = write(dir, "good.json", compact(seed(eventID(0))));

    // Named, a file is read whatever its name; a folder's walk takes only the names of logs.
    Run run =
        mctrail("check", "--format", "json", jar.toString(), gzipped.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> events = run.events();
    assertThat(events).hasSize(3);
    for (JsonNode binary : events.subList(0, 2)) {
      assertThat(binary.get("findings")).hasSize(1);
      JsonNode f = binary.get("findings").get(0);
      assertThat(text(f, "rule")).isEqualTo("syntax.record-broken");
      assertThat(text(f, "message"))
          .startsWith("the input is binary, not JSON text: a NUL byte at line 2, column 1")
          .endsWith("the rest of the input is not read");
    }
    assertThat(text(events.get(2), "eventID")).isEqualTo(eventID(0));
  }

  @Test
  void aTextFileWithoutJsonIsOneFindingForTheFile() {
    Run run =
        check(
            write(
                dir,
                "notes.txt",
                "Transcoding notes\n=================\n\n- ladder: 1080p, 720p, 480p\n- DRM: none\n"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.events()).singleElement();
    JsonNode f = run.events().get(0).get("findings").get(0);
    assertThat(text(f, "rule")).isEqualTo("syntax.record-broken");
    assertThat(text(f, "message"))
        .isEqualTo(
            "unexpected content where a record should start: Transcoding notes (4 lines without a"
                + " record)");
  }

  /**
   * The members that make an object a record are the envelope's: every member of the model's
   * CloudTrailEvent alone makes an object a record, and a name it does not have does not.
   */
  @Test
  void everyMemberOfTheModelsCloudTrailEventMakesAnObjectARecord() {
    List<MemberDescriptor<CloudTrailEvent>> members = CloudTrailEvent.DESCRIPTOR.members();
    assertThat(members).hasSizeGreaterThan(30);
    for (MemberDescriptor<CloudTrailEvent> m : members) {
      assertThat(sniff("{\"" + m.jsonName() + "\":null}").kind())
          .as(m.jsonName())
          .isEqualTo(Sniff.Kind.OBJECT);
      String other = m.jsonName().toUpperCase(java.util.Locale.ROOT);
      assertThat(CloudTrailEvent.DESCRIPTOR.memberByJsonName(other)).isNull();
      assertThat(sniff("{\"" + other + "\":null}").kind())
          .as(other)
          .isEqualTo(Sniff.Kind.NOT_A_RECORD);
    }
  }

  private static Sniff sniff(String json) {
    return Sniff.of(json.getBytes(StandardCharsets.UTF_8));
  }
}
