package io.mctrail.cli;

import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.onlyWarnings;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.s3.FaultProxy;
import io.mctrail.s3.FaultProxy.Answer;
import io.mctrail.s3.FaultProxy.Cut;
import io.mctrail.s3.S3Server;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mctrail check s3://...} against a real S3-compatible server on 127.0.0.1 (s3proxy, in this
 * JVM), with faults injected between the command and the server: the report for a bucket is the
 * report for the same files read from disk, but for the names of their sources.
 */
class CheckS3Test {

  private static final String BUCKET = "trail-bucket";
  private static final String ACCOUNT = "111122223333";
  private static final String ORG_ACCOUNT = "444455556666";
  private static final String TRAIL = "AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/";
  private static final String ORG_TRAIL =
      "AWSLogs/o-abc123def4/" + ORG_ACCOUNT + "/CloudTrail/eu-west-1/";
  private static final String DIGESTS = "AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/us-east-1/";

  private static final String NOV_30_EARLY =
      TRAIL + "2026/11/30/" + ACCOUNT + "_CloudTrail_us-east-1_20261130T0005Z_a1.json.gz";
  private static final String NOV_30_LARGE =
      TRAIL + "2026/11/30/" + ACCOUNT + "_CloudTrail_us-east-1_20261130T1200Z_b2.json.gz";
  private static final String DEC_1 =
      TRAIL + "2026/12/01/" + ACCOUNT + "_CloudTrail_us-east-1_20261201T0800Z_c3.json.gz";
  private static final String DEC_1_TRUNCATED =
      TRAIL + "2026/12/01/" + ACCOUNT + "_CloudTrail_us-east-1_20261201T0900Z_d4.json.gz";
  private static final String ORG_NOV_30 =
      ORG_TRAIL + "2026/11/30/" + ORG_ACCOUNT + "_CloudTrail_eu-west-1_20261130T0930Z_e5.json.gz";
  private static final String DIGEST_NOV_30 =
      DIGESTS
          + "2026/11/30/"
          + ACCOUNT
          + "_CloudTrail-Digest_us-east-1_trail_us-east-1_20261130T010000Z.json.gz";

  @TempDir static Path dir;
  private static Path disk;
  private static S3Server server;

  @BeforeAll
  static void writeTheTrailToDiskAndBucket() {
    server = S3Server.start(dir);
    server.createBucket(BUCKET);
    disk = dir.resolve("disk");
    both(NOV_30_EARLY, gzip(logFile(seed(eventID(1)), otherService(), clean())));
    List<JsonNode> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(i % 3 == 0 ? onlyWarnings() : seed(eventID(100 + i)));
    }
    both(NOV_30_LARGE, gzip(logFile(many.toArray(JsonNode[]::new))));
    both(DEC_1, gzip(logFile(clean(), seed(eventID(2)))));
    byte[] whole = gzip(logFile(seed(eventID(3)), seed(eventID(4)), seed(eventID(5))));
    both(DEC_1_TRUNCATED, Arrays.copyOf(whole, whole.length * 2 / 3));
    both(ORG_NOV_30, gzip(logFile(seed(eventID(6)))));
    both(
        DIGEST_NOV_30,
        gzip(
            "{\"awsAccountId\":\""
                + ACCOUNT
                + "\",\"digestStartTime\":\"2026-11-30T00:00:00Z\","
                + "\"digestEndTime\":\"2026-11-30T01:00:00Z\",\"logFiles\":[]}"));
    both(TRAIL + "2026/11/30/README.txt", "not a log file".getBytes(UTF_8));
    both(TRAIL + "2026/11/30/.hidden/" + ACCOUNT + "_x.json", logFile(seed()).getBytes(UTF_8));
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private static void both(String key, byte[] content) {
    write(disk, key, content);
    server.put(BUCKET, key, content);
  }

  private static Run checkS3(String endpoint, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("check", "--format", "json", "--threads", "2", "--endpoint-url", endpoint));
    all.addAll(List.of(args));
    return mctrail(all.toArray(String[]::new));
  }

  private static Run checkDisk(String... paths) {
    List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--threads", "2"));
    Stream.of(paths).map(p -> disk.resolve(p).toString()).forEach(all::add);
    return mctrail(all.toArray(String[]::new));
  }

  /** The disk run's report, its sources named as the bucket's objects. */
  private static String asFromTheBucket(Run diskRun) {
    return diskRun.out().replace(disk.toString() + "/", "s3://" + BUCKET + "/");
  }

  @Test
  void aBucketGivesTheReportItsFilesGiveOnDisk() {
    Run fromDisk = checkDisk("");
    Run fromBucket = checkS3(server.endpoint().toString(), "s3://" + BUCKET);

    assertThat(fromBucket.exitCode()).isEqualTo(fromDisk.exitCode()).isEqualTo(1);
    assertThat(fromBucket.out()).isEqualTo(asFromTheBucket(fromDisk));
    // The folder's files, with the digest file counted and skipped, not the README or the hidden.
    assertThat(fromBucket.summary().get("files").asInt()).isEqualTo(6);
    assertThat(fromBucket.summary().get("skipped").asInt()).isEqualTo(2);
    assertThat(fromBucket.events())
        .extracting(e -> text(e, "source"))
        .contains("s3://" + BUCKET + "/" + ORG_NOV_30, "s3://" + BUCKET + "/" + DEC_1_TRUNCATED);
  }

  @Test
  void throttlingServerErrorsAndCutConnectionsChangeNothingInTheReport() throws Exception {
    Run fromDisk = checkDisk("");
    try (FaultProxy proxy = FaultProxy.start(server.endpoint())) {
      proxy.inject("list-type=2", Answer.slowDown(), Answer.internalError());
      proxy.inject(NOV_30_LARGE, Answer.slowDown(), new Cut(700, false), new Cut(900, true));
      proxy.inject(NOV_30_EARLY, new Cut(100, true));
      proxy.inject(ORG_NOV_30, Answer.internalError(), Answer.slowDown());

      Run fromBucket = checkS3(proxy.endpoint().toString(), "s3://" + BUCKET + "/AWSLogs/");

      assertThat(fromBucket.out()).isEqualTo(asFromTheBucket(fromDisk));
      assertThat(proxy.requests())
          .filteredOn(r -> r.path().endsWith(NOV_30_LARGE))
          .extracting(FaultProxy.Request::range)
          .contains("bytes=700-");
    }
  }

  @Test
  void anObjectThatCannotBeReadIsAFindingOnItAndTheOthersAreRead() throws Exception {
    try (FaultProxy proxy = FaultProxy.start(server.endpoint())) {
      proxy.inject(DEC_1, Answer.accessDenied());

      Run run = checkS3(proxy.endpoint().toString(), "s3://" + BUCKET + "/" + TRAIL);

      JsonNode denied =
          run.events().stream()
              .filter(e -> text(e, "source").endsWith(DEC_1))
              .findFirst()
              .orElseThrow();
      assertThat(denied.get("findings"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(text(f, "rule")).isEqualTo("syntax.input-unreadable");
                assertThat(text(f, "message"))
                    .isEqualTo(
                        "s3://trail-bucket/"
                            + DEC_1
                            + ": access denied (AccessDenied, HTTP 403): check the credentials"
                            + " and the bucket's policy");
              });
      assertThat(run.events())
          .extracting(e -> text(e, "source"))
          .contains(
              "s3://" + BUCKET + "/" + NOV_30_LARGE, "s3://" + BUCKET + "/" + DEC_1_TRUNCATED);
    }
  }

  @Test
  void sinceAndUntilReadTheirDaysOfEveryAccountAndRegion() {
    Run fromDisk =
        checkDisk(DIGESTS + "2026/11/30", TRAIL + "2026/11/30", ORG_TRAIL + "2026/11/30");
    Run fromBucket =
        checkS3(
            server.endpoint().toString(),
            "--since",
            "2026-11-30",
            "--until",
            "2026-11-30T23:59:59Z",
            "s3://" + BUCKET);

    assertThat(fromBucket.out()).isEqualTo(asFromTheBucket(fromDisk));
    assertThat(fromBucket.events())
        .extracting(e -> text(e, "source"))
        .noneMatch(s -> s.contains("/2026/12/01/"));
  }

  @Test
  void localPathsAndBucketsMixInArgumentOrder() {
    Path local = write(dir, "local/one.json", Cli.compact(seed(eventID(42))));

    Run run =
        mctrail(
            "check",
            "--format",
            "json",
            "--endpoint-url",
            server.endpoint().toString(),
            "s3://" + BUCKET + "/" + ORG_NOV_30,
            local.toString());

    assertThat(run.events())
        .extracting(e -> text(e, "source"))
        .containsExactly("s3://" + BUCKET + "/" + ORG_NOV_30, local.toString());
  }

  @Test
  void aMissingBucketIsSaidOnStandardErrorAndNothingElseIsRead() {
    Run run = checkS3(server.endpoint().toString(), "s3://no-such-bucket/AWSLogs/");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("mctrail check: s3://no-such-bucket/AWSLogs/: no such bucket (NoSuchBucket,")
        .contains("nothing could be read");
  }

  @Test
  void anAwsProfileThatDoesNotExistIsSaidAndNothingIsRead() {
    Run run =
        mctrail(
            "check",
            "--endpoint-url",
            server.endpoint().toString(),
            "--aws-profile",
            "nobody",
            "s3://" + BUCKET + "/" + DEC_1);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("s3://" + BUCKET + "/" + DEC_1 + ": no request to S3 succeeded: ")
        .contains("nobody");
  }

  @Test
  void badS3OptionsAndLocationsAreUsageErrorsThatSayWhy() {
    Run badWhen = mctrail("check", "--since", "yesterday", "s3://" + BUCKET);
    assertThat(badWhen.exitCode()).isEqualTo(2);
    assertThat(badWhen.err()).contains("--since \"yesterday\" is neither a date");

    Run noBucket = mctrail("check", "--until", "2026-11-30", disk.toString());
    assertThat(noBucket.exitCode()).isEqualTo(2);
    assertThat(noBucket.err()).contains("--since and --until choose the log files of s3://");

    Run badEndpoint = mctrail("check", "--endpoint-url", "localhost:9000", "s3://" + BUCKET);
    assertThat(badEndpoint.exitCode()).isEqualTo(2);
    assertThat(badEndpoint.err()).contains("--endpoint-url \"localhost:9000\" is not an http");

    Run badUri = mctrail("check", "s3://Trail_Bucket/AWSLogs");
    assertThat(badUri.exitCode()).isEqualTo(2);
    assertThat(badUri.err()).contains("bucket names are lower case");
  }

  @Test
  void theHelpTeachesTheS3Options() {
    Run help = mctrail("check", "--help");

    assertThat(help.out())
        .contains("s3://bucket/prefix reads a bucket where it is")
        .contains("--since=WHEN")
        .contains("--until=WHEN")
        .contains("--region=REGION")
        .contains("--endpoint-url=URL")
        .contains("--aws-profile=NAME")
        .contains("mctrail check s3://my-trail-bucket --since 2026-11-30");
  }
}
