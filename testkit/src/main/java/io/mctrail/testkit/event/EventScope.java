package io.mctrail.testkit.event;

import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where and when a recorded call happened: everything in a consistent event that names an account,
 * a region or a time agrees with its scope.
 *
 * @param partition the AWS partition of the region ({@code aws}, {@code aws-cn}, {@code
 *     aws-us-gov})
 * @param region the region the call was made to ({@code awsRegion})
 * @param account the account the call was made in ({@code recipientAccountId})
 * @param eventTime when the call was completed, in whole seconds
 * @param eventVersion the record format, {@code 1.05} to {@code 1.11}
 */
public record EventScope(
    String partition, String region, String account, Instant eventTime, String eventVersion) {

  /** The record formats a consistent event is written in. */
  public static final List<String> EVENT_VERSIONS =
      List.of("1.05", "1.06", "1.07", "1.08", "1.09", "1.10", "1.11");

  /** Regions where MediaConvert runs, with their partitions. */
  static final List<String[]> REGIONS =
      List.of(
          new String[] {"aws", "us-east-1"},
          new String[] {"aws", "us-east-2"},
          new String[] {"aws", "us-west-1"},
          new String[] {"aws", "us-west-2"},
          new String[] {"aws", "ca-central-1"},
          new String[] {"aws", "sa-east-1"},
          new String[] {"aws", "eu-west-1"},
          new String[] {"aws", "eu-west-2"},
          new String[] {"aws", "eu-west-3"},
          new String[] {"aws", "eu-central-1"},
          new String[] {"aws", "eu-north-1"},
          new String[] {"aws", "ap-south-1"},
          new String[] {"aws", "ap-northeast-1"},
          new String[] {"aws", "ap-northeast-2"},
          new String[] {"aws", "ap-southeast-1"},
          new String[] {"aws", "ap-southeast-2"},
          new String[] {"aws", "me-central-1"},
          new String[] {"aws", "af-south-1"},
          new String[] {"aws-us-gov", "us-gov-west-1"},
          new String[] {"aws-cn", "cn-northwest-1"});

  /** Event times lie between these (MediaConvert's launch and the present). */
  static final Instant EARLIEST = Instant.parse("2017-11-27T00:00:00Z");

  static final Instant LATEST = Instant.parse("2026-01-01T00:00:00Z");

  /** Scopes of every region and record format, at times from 2017 to 2025. */
  public static Gen<EventScope> scopes() {
    return random -> {
      String[] region = REGIONS.get(Draws.index(random, REGIONS.size()));
      String version = EVENT_VERSIONS.get(Draws.index(random, EVENT_VERSIONS.size()));
      return new EventScope(region[0], region[1], account(random), time(random), version);
    };
  }

  /** A twelve-digit account id. */
  static String account(RandomGenerator random) {
    return String.format("%012d", Draws.longBetween(random, 100_000_000_000L, 999_999_999_999L));
  }

  private static Instant time(RandomGenerator random) {
    return Instant.ofEpochSecond(
        Draws.longBetween(random, EARLIEST.getEpochSecond(), LATEST.getEpochSecond() - 1));
  }

  /** True when this record format is {@code version} or newer ({@code "1.08"}). */
  public boolean atLeast(String version) {
    return minor(eventVersion) >= minor(version);
  }

  /** An ARN of this scope's partition: {@code arn:<partition>:<service>:<region>:<account>:…}. */
  public String arn(String service, String region, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }

  /** The ARN of a MediaConvert resource ({@code jobs/…}, {@code queues/…}) of this scope. */
  public String mediaConvertArn(String resource) {
    return arn("mediaconvert", region, resource);
  }

  /** The ARN of an IAM resource ({@code role/…}, {@code user/…}) of this account. */
  public String iamArn(String resource) {
    return arn("iam", "", resource);
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }
}
