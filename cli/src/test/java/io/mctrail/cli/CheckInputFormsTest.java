package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_ID;
import static io.mctrail.cli.Cli.SEED_POINTER;
import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.mctrailReading;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.quoted;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mctrail check} finds the MediaConvert records in every form CloudTrail records come in,
 * and reports each with its file and its position in it.
 */
class CheckInputFormsTest {

  static final String A = eventID(1);
  static final String B = eventID(2);

  @TempDir Path dir;

  @Test
  void oneEvent() {
    Path file = write(dir, "event.json", seed().toPrettyString());

    Run run = mctrail("check", "--format", "json", file.toString());

    assertSeedsChecked(run, file.toString(), SEED_ID);
  }

  @Test
  void aJsonArrayOfEvents() {
    Path file = write(dir, "events.json", "[" + compact(seed(A)) + ",\n" + compact(seed(B)) + "]");

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void aCloudTrailLogFile() {
    Path file = write(dir, "trail.json", logFile(seed(A), seed(B)));

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void newlineDelimitedEvents() {
    Path file = write(dir, "events.jsonl", compact(seed(A)) + "\n" + compact(seed(B)) + "\n");

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void aGzippedLogFile() {
    Path file = write(dir, "trail.json.gz", gzip(logFile(seed(A), seed(B))));

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void anEventBridgeEventHoldsTheRecordInDetail() {
    String event =
        "{\"version\":\"0\",\"id\":\"6a7e8feb-b491-4cf7-a9f1-bf3703467718\","
            + "\"detail-type\":\"AWS API Call via CloudTrail\",\"source\":\"aws.mediaconvert\","
            + "\"account\":\"123456789000\",\"time\":\"2017-11-15T02:57:32Z\","
            + "\"region\":\"us-west-2\",\"resources\":[],\"detail\":"
            + compact(seed())
            + "}";
    Path file = write(dir, "eventbridge.json", event);

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), SEED_ID);
  }

  /** A CloudWatch Logs subscription payload of the seeds with ids A and B. */
  private static String subscriptionPayload() {
    return "{\"messageType\":\"DATA_MESSAGE\",\"owner\":\"123456789000\","
        + "\"logGroup\":\"aws-cloudtrail-logs\",\"logStream\":\"123456789000_CloudTrail_us-west-2\","
        + "\"subscriptionFilters\":[\"mediaconvert\"],\"logEvents\":["
        + "{\"id\":\"1\",\"timestamp\":1510714652000,\"message\":"
        + quoted(compact(seed(A)))
        + "},{\"id\":\"2\",\"timestamp\":1510714653000,\"message\":"
        + quoted(compact(seed(B)))
        + "}]}";
  }

  @Test
  void aCloudWatchLogsSubscriptionPayloadGzippedThenBase64() {
    Path file =
        write(dir, "subscription.b64", Base64.getEncoder().encode(gzip(subscriptionPayload())));

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void theEventLambdaReceivesFromACloudWatchLogsSubscription() {
    String event =
        "{\"awslogs\":{\"data\":\""
            + Base64.getEncoder().encodeToString(gzip(subscriptionPayload()))
            + "\"}}";
    Path file = write(dir, "lambda-event.json", event);

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void aCloudWatchLogsControlMessageIsCountedAsSkipped() {
    String control =
        "{\"messageType\":\"CONTROL_MESSAGE\",\"owner\":\"CloudwatchLogs\",\"logGroup\":\"\","
            + "\"logStream\":\"\",\"subscriptionFilters\":[],\"logEvents\":[{\"id\":\"\","
            + "\"timestamp\":1510714652000,"
            + "\"message\":\"CWL CONTROL MESSAGE: Checking health of destination Firehose.\"}]}";
    Path file = write(dir, "firehose.json.gz", gzip(control + subscriptionPayload()));

    Run run = mctrail("check", "-f", "json", file.toString());

    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
    assertThat(run.events()).extracting(e -> text(e, "eventID")).containsExactly(A, B);
    assertThat(run.events()).extracting(e -> e.get("index").asInt()).containsExactly(1, 2);
    assertThat(run.rules()).containsExactly(SEED_RULE, SEED_RULE);
  }

  @Test
  void aCloudWatchLogsExportWithATimestampBeforeEachEvent() {
    String export =
        "2017-11-15T02:57:32.000Z "
            + compact(seed(A))
            + "\n2017-11-15T02:57:33.000Z "
            + compact(seed(B))
            + "\n";
    Path file = write(dir, "000000.log", export);

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void lookupEventsOutputWithTheRecordAsAString() {
    String lookup =
        "{\"Events\":[{\"EventId\":\"a\",\"EventName\":\"CreateJob\",\"ReadOnly\":\"false\","
            + "\"EventTime\":\"2017-11-15T02:57:32Z\",\"EventSource\":\"mediaconvert.amazonaws.com\","
            + "\"CloudTrailEvent\":"
            + quoted(compact(seed(A)))
            + "},{\"EventId\":\"b\",\"EventName\":\"CreateJob\",\"CloudTrailEvent\":"
            + quoted(compact(seed(B)))
            + "}],\"NextToken\":\"token\"}";
    Path file = write(dir, "lookup-events.json", lookup);

    assertSeedsChecked(mctrail("check", "-f", "json", file.toString()), file.toString(), A, B);
  }

  @Test
  void standardInput() {
    byte[] stdin = gzip(logFile(seed(A), seed(B)));

    Run run = mctrailReading(stdin, "check", "-f", "json", "-");

    assertSeedsChecked(run, "-", A, B);
  }

  @Test
  void aDigestFileIsCountedAsSkipped() {
    String digest =
        "{\"awsAccountId\":\"123456789000\",\"digestStartTime\":\"2017-11-15T01:57:32Z\","
            + "\"digestEndTime\":\"2017-11-15T02:57:32Z\",\"digestS3Bucket\":\"trail\","
            + "\"digestS3Object\":\"digest.json.gz\",\"digestPublicKeyFingerprint\":\"ab\","
            + "\"digestSignatureAlgorithm\":\"SHA256withRSA\",\"newestEventTime\":null,"
            + "\"oldestEventTime\":null,\"previousDigestS3Bucket\":null,"
            + "\"previousDigestS3Object\":null,\"previousDigestHashValue\":null,"
            + "\"previousDigestHashAlgorithm\":null,\"previousDigestSignature\":null,"
            + "\"logFiles\":[]}";
    Path file =
        write(
            dir,
            "123456789000_CloudTrail-Digest_us-west-2_trail_us-west-2_20171115T025732Z.json.gz",
            gzip(digest));

    Run run = mctrail("check", "-f", "json", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.summary().get("files").asInt()).isEqualTo(1);
    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
    assertThat(run.summary().get("events").asInt()).isZero();
    assertThat(run.events()).isEmpty();
  }

  @Test
  void anotherServicesRecordIsSkippedByDefault() {
    Path file = write(dir, "trail.json", logFile(otherService(), seed()));

    Run run = mctrail("check", "-f", "json", file.toString());

    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
    assertThat(run.summary().get("events").asInt()).isEqualTo(1);
    assertThat(run.events())
        .singleElement()
        .satisfies(e -> assertThat(e.get("index").asInt()).isEqualTo(1));
  }

  @Test
  void anotherServicesRecordIsCheckedWithAllSources() {
    Path file = write(dir, "lambda.json", otherService().toPrettyString());

    Run run = mctrail("check", "-f", "json", "--all-sources", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.summary().get("skipped").asInt()).isZero();
    assertThat(run.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(text(e, "eventName")).isEqualTo("Invoke");
              assertThat(text(e, "eventID")).isEqualTo("0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b");
            });
  }

  /**
   * The run read {@code source} and checked one seed per id, in order, each with the seed's one
   * ERROR, and exited 1 for it.
   */
  private static void assertSeedsChecked(Run run, String source, String... eventIDs) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode summary = run.summary();
    assertThat(summary.get("files").asInt()).isEqualTo(1);
    assertThat(summary.get("events").asInt()).isEqualTo(eventIDs.length);
    assertThat(summary.get("skipped").asInt()).isZero();
    assertThat(summary.get("errors").asInt()).isEqualTo(eventIDs.length);
    List<JsonNode> events = run.events();
    assertThat(events).hasSize(eventIDs.length);
    for (int i = 0; i < eventIDs.length; i++) {
      JsonNode event = events.get(i);
      assertThat(text(event, "source")).isEqualTo(source);
      assertThat(event.get("index").asInt()).isEqualTo(i);
      assertThat(text(event, "eventName")).isEqualTo("CreateJob");
      assertThat(text(event, "eventID")).isEqualTo(eventIDs[i]);
      assertThat(event.get("findings"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(text(f, "rule")).isEqualTo(SEED_RULE);
                assertThat(text(f, "pointer")).isEqualTo(SEED_POINTER);
              });
    }
  }
}
