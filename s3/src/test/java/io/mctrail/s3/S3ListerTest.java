package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.records.DateWindow;
import io.mctrail.s3.FaultProxy.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Listing buckets in CloudTrail's layouts on a real S3-compatible server: every page, single
 * account and organisation trails, digest files apart, and a date window that lists only its days.
 */
class S3ListerTest {

  private static final String TRAILS = "trails";
  private static final String ACCOUNT = "111122223333";
  private static final String ORG_ACCOUNT = "444455556666";
  private static final String ORG = "org-trail/AWSLogs/o-abc123def4/";
  private static final Clock DEC_1_NOON =
      Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Predicate<String> LOG_FILES = key -> key.endsWith(".json.gz");

  @TempDir static Path folder;
  private static S3Server server;
  private static final List<String> KEYS = new ArrayList<>();
  private FaultProxy proxy;
  private S3Client client;

  /** A log file's key: {@code stamp} is its YYYYMMDDTHHmm. */
  private static String log(String root, String account, String region, String stamp) {
    String day = stamp.substring(0, 4) + "/" + stamp.substring(4, 6) + "/" + stamp.substring(6, 8);
    return root
        + account
        + "/CloudTrail/"
        + region
        + "/"
        + day
        + "/"
        + account
        + "_CloudTrail_"
        + region
        + "_"
        + stamp
        + "Z_x.json.gz";
  }

  private static String digest(String account, String region, String stamp) {
    String day = stamp.substring(0, 4) + "/" + stamp.substring(4, 6) + "/" + stamp.substring(6, 8);
    return "AWSLogs/"
        + account
        + "/CloudTrail-Digest/"
        + region
        + "/"
        + day
        + "/"
        + account
        + "_CloudTrail-Digest_"
        + region
        + "_trail_"
        + region
        + "_"
        + stamp
        + "00Z.json.gz";
  }

  @BeforeAll
  static void fillBucket() {
    server = S3Server.start(folder);
    server.createBucket(TRAILS);
    server.createBucket("plain");
    for (String region : List.of("us-east-1", "eu-west-1")) {
      for (String stamp :
          List.of(
              "20251231T2300",
              "20261129T2345",
              "20261129T2355",
              "20261130T0005",
              "20261130T0015",
              "20261130T1200",
              "20261201T0800",
              "20261202T0100")) {
        KEYS.add(log("AWSLogs/", ACCOUNT, region, stamp));
      }
    }
    KEYS.add(log(ORG, ORG_ACCOUNT, "eu-west-1", "20261130T0930"));
    KEYS.add(log(ORG, ORG_ACCOUNT, "eu-west-1", "20261201T0930"));
    KEYS.add(log(ORG, "777788889999", "ap-south-1", "20261130T2359"));
    KEYS.add(digest(ACCOUNT, "us-east-1", "20261130T0100"));
    KEYS.add(digest(ACCOUNT, "us-east-1", "20261201T0100"));
    KEYS.add("AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/2026/11/30/notes.txt");
    KEYS.add("AWSLogs-old/" + ACCOUNT + "_CloudTrail_us-east-1_20200101T0000Z_x.json.gz");
    KEYS.add("README.md");
    KEYS.sort(null);
    for (String key : KEYS) {
      server.put(TRAILS, key, key.getBytes(StandardCharsets.UTF_8));
    }
    server.put("plain", "exports/2026/events.json.gz", new byte[] {1});
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void startProxy() throws IOException {
    proxy = FaultProxy.start(server.endpoint());
    client =
        S3Clients.create(
            S3Server.options(
                proxy.endpoint(), new S3Retries(4, Duration.ofMillis(1), Duration.ofMillis(5))));
  }

  @AfterEach
  void stopProxy() throws IOException {
    client.close();
    proxy.close();
  }

  private S3Listing list(String location, DateWindow window) {
    return new S3Lister(client, LOG_FILES, DEC_1_NOON, 3)
        .list(List.of(S3Location.parse(location)), window);
  }

  private static List<String> keys(List<S3Input> inputs) {
    return inputs.stream().map(S3Input::key).toList();
  }

  private static List<String> expected(Predicate<String> which) {
    return KEYS.stream()
        .filter(k -> k.endsWith(".json.gz") && !k.contains("Digest"))
        .filter(which)
        .toList();
  }

  @Test
  void aBucketIsListedPageByPageToTheEndWithDigestsApart() {
    S3Listing listing = list("s3://trails", DateWindow.ALL);

    assertThat(keys(listing.inputs())).isEqualTo(expected(k -> true));
    assertThat(keys(listing.digests()))
        .containsExactly(
            digest(ACCOUNT, "us-east-1", "20261130T0100"),
            digest(ACCOUNT, "us-east-1", "20261201T0100"));
    assertThat(listing.keysListed()).isEqualTo(KEYS.size());
    assertThat(listing.requests()).isEqualTo((KEYS.size() + 2) / 3);
    assertThat(listing.problems()).isEmpty();
  }

  @Test
  void aLocationIsAFolderAndNotAnyKeyThatBeginsAlike() {
    S3Listing listing = list("s3://trails/AWSLogs", DateWindow.ALL);

    assertThat(keys(listing.inputs()))
        .isEqualTo(expected(k -> k.startsWith("AWSLogs/")))
        .noneMatch(k -> k.startsWith("AWSLogs-old/"));
  }

  @Test
  void aLocationNamingOneObjectGivesItWhateverItsName() {
    S3Listing listing = list("s3://trails/README.md", DateWindow.ALL);

    assertThat(keys(listing.inputs())).containsExactly("README.md");
  }

  @Test
  void aDayWindowListsThatDayOfEveryAccountAndRegionOnly() {
    S3Listing listing = list("s3://trails", DateWindow.parse("2026-11-30", "2026-11-30"));

    List<String> day = expected(k -> k.contains("/2026/11/30/"));
    assertThat(keys(listing.inputs())).containsExactlyInAnyOrderElementsOf(day).hasSize(8);
    assertThat(keys(listing.digests()))
        .containsExactly(digest(ACCOUNT, "us-east-1", "20261130T0100"));
    // Only the day's keys were listed in full: the levels above came with a delimiter, which
    // returns no more than the objects beside their folders (README.md at the top, and the file in
    // AWSLogs-old/, looked at in the search for AWSLogs/).
    assertThat(listing.keysListed())
        .isEqualTo(KEYS.stream().filter(k -> k.contains("/2026/11/30/")).count() + 2);
    assertThat(proxy.requests())
        .filteredOn(r -> !r.target().contains("delimiter="))
        .isNotEmpty()
        .allSatisfy(
            r -> assertThat(r.target()).containsPattern("prefix=[^&]*%2F2026%2F11%2F30%2F"));
  }

  @Test
  void anOrganisationTrailUnderItsOwnPrefixIsFoundAndListedByAccount() {
    S3Listing listing = list("s3://trails/org-trail", DateWindow.parse("2026-11-30", "2026-11-30"));

    assertThat(keys(listing.inputs()))
        .containsExactly(
            log(ORG, ORG_ACCOUNT, "eu-west-1", "20261130T0930"),
            log(ORG, "777788889999", "ap-south-1", "20261130T2359"));
  }

  @Test
  void instantsKeepTheFilesWrittenWithinThemOnTheBoundaryDays() {
    S3Listing listing =
        list(
            "s3://trails/AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/",
            DateWindow.parse("2026-11-29T23:50:00Z", "2026-11-30T00:10Z"));

    assertThat(keys(listing.inputs()))
        .containsExactly(
            log("AWSLogs/", ACCOUNT, "us-east-1", "20261129T2355"),
            log("AWSLogs/", ACCOUNT, "us-east-1", "20261130T0005"));
  }

  @Test
  void aWindowWithoutAnEndRunsToNow() {
    S3Listing listing = list("s3://trails/AWSLogs/", DateWindow.parse("2026-12-01", null));

    assertThat(keys(listing.inputs()))
        .containsExactly(
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20261201T0800"),
            log("AWSLogs/", ACCOUNT, "us-east-1", "20261201T0800"));
  }

  @Test
  void aWindowWithoutABeginningListsYearsAndMonthsWithADelimiter() {
    S3Listing listing =
        list(
            "s3://trails/AWSLogs/" + ACCOUNT + "/CloudTrail/eu-west-1/",
            DateWindow.parse(null, "2026-11-29T23:50Z"));

    assertThat(keys(listing.inputs()))
        .containsExactly(
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20251231T2300"),
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20261129T2345"));
    assertThat(proxy.requests())
        .filteredOn(r -> !r.target().contains("delimiter="))
        .extracting(FaultProxy.Request::target)
        .allSatisfy(
            t -> assertThat(t).containsPattern("prefix=[^&]*%2F\\d{4}%2F\\d{2}%2F\\d{2}%2F"))
        .hasSize(2);
  }

  @Test
  void aLongWindowListsTheSameFilesAsItsDaysWould() {
    S3Listing listing = list("s3://trails/AWSLogs/", DateWindow.parse("2025-06-01", "2026-11-29"));

    assertThat(keys(listing.inputs()))
        .containsExactly(
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20251231T2300"),
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20261129T2345"),
            log("AWSLogs/", ACCOUNT, "eu-west-1", "20261129T2355"),
            log("AWSLogs/", ACCOUNT, "us-east-1", "20251231T2300"),
            log("AWSLogs/", ACCOUNT, "us-east-1", "20261129T2345"),
            log("AWSLogs/", ACCOUNT, "us-east-1", "20261129T2355"));
  }

  @Test
  void aWindowOverABucketWithoutTheLayoutIsAProblemOfThatLocation() {
    S3Listing listing = list("s3://plain", DateWindow.parse("2026-11-30", null));

    assertThat(listing.inputs()).isEmpty();
    assertThat(listing.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("s3://plain");
              assertThat(p.reason()).startsWith("no CloudTrail layout (AWSLogs/");
            });
  }

  @Test
  void aMissingBucketIsAProblemAndTheOtherLocationsAreStillListed() {
    S3Listing listing =
        new S3Lister(client, LOG_FILES)
            .list(
                List.of(S3Location.parse("s3://no-such-bucket"), S3Location.parse("s3://plain")),
                DateWindow.ALL);

    assertThat(listing.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("s3://no-such-bucket");
              assertThat(p.reason()).startsWith("no such bucket (NoSuchBucket, HTTP 404)");
            });
    assertThat(keys(listing.inputs())).containsExactly("exports/2026/events.json.gz");
  }

  @Test
  void throttledListingPagesAreRetriedAndNothingIsMissedOrListedTwice() {
    proxy.inject("list-type=2", Answer.slowDown(), Answer.slowDown(), Answer.internalError());
    proxy.inject("continuation-token=", Answer.slowDown(), Answer.slowDown());

    S3Listing listing = list("s3://trails", DateWindow.ALL);

    assertThat(keys(listing.inputs())).isEqualTo(expected(k -> true));
    assertThat(listing.keysListed()).isEqualTo(KEYS.size());
  }
}
