package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.s3.CloudTrailLayout.Level;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CloudTrailLayoutTest {

  private static Level level(String folder) {
    return CloudTrailLayout.classify(folder).level();
  }

  @Test
  void aSingleAccountTrailsFoldersAreKnownByTheirPlace() {
    assertThat(level("")).isEqualTo(Level.OUTSIDE);
    assertThat(level("my-trail/")).isEqualTo(Level.OUTSIDE);
    assertThat(level("AWSLogs/")).isEqualTo(Level.LOGS);
    assertThat(level("AWSLogs/111122223333/")).isEqualTo(Level.ACCOUNT);
    assertThat(level("AWSLogs/111122223333/CloudTrail/")).isEqualTo(Level.SERVICE);
    assertThat(level("AWSLogs/111122223333/CloudTrail-Digest/")).isEqualTo(Level.SERVICE);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/")).isEqualTo(Level.REGION);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/2026/")).isEqualTo(Level.YEAR);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/2026/02/")).isEqualTo(Level.MONTH);
    CloudTrailLayout.Folder day =
        CloudTrailLayout.classify("AWSLogs/111122223333/CloudTrail/eu-west-1/2026/02/28/");
    assertThat(day.level()).isEqualTo(Level.DAY);
    assertThat(day.first()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void anOrganisationTrailUnderAPrefixHasTheOrganisationAboveItsAccounts() {
    assertThat(level("logs/prod/AWSLogs/o-abc123def4/")).isEqualTo(Level.ORGANIZATION);
    assertThat(level("logs/prod/AWSLogs/o-abc123def4/111122223333/")).isEqualTo(Level.ACCOUNT);
    CloudTrailLayout.Folder month =
        CloudTrailLayout.classify(
            "logs/AWSLogs/o-abc123def4/111122223333/CloudTrail/us-east-1/2024/02/");
    assertThat(month.level()).isEqualTo(Level.MONTH);
    assertThat(month.first()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(month.last()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void foldersThatBreakTheLayoutAreOther() {
    assertThat(level("AWSLogs/not-an-account/")).isEqualTo(Level.OTHER);
    assertThat(level("AWSLogs/111122223333/Config/")).isEqualTo(Level.OTHER);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/latest/")).isEqualTo(Level.OTHER);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/2026/13/")).isEqualTo(Level.OTHER);
    assertThat(level("AWSLogs/111122223333/CloudTrail/eu-west-1/2026/02/30/"))
        .isEqualTo(Level.OTHER);
  }

  @Test
  void digestFilesAreKnownByTheirFolderOrName() {
    assertThat(
            CloudTrailLayout.isDigest(
                "AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/2026/11/30/"
                    + "111122223333_CloudTrail-Digest_eu-west-1_t_eu-west-1_20261130T010203Z.json.gz"))
        .isTrue();
    assertThat(
            CloudTrailLayout.isDigest(
                "x/111122223333_CloudTrail-Digest_eu-west-1_t_eu-west-1_20261130T010203Z.json.gz"))
        .isTrue();
    assertThat(
            CloudTrailLayout.isDigest(
                "AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/30/"
                    + "111122223333_CloudTrail_eu-west-1_20261130T0105Z_abc.json.gz"))
        .isFalse();
  }

  @Test
  void aFilesNameGivesTheTimeCloudTrailWroteIt() {
    assertThat(
            CloudTrailLayout.fileTime(
                "AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/30/"
                    + "111122223333_CloudTrail_eu-west-1_20261130T0105Z_abc.json.gz"))
        .isEqualTo(Instant.parse("2026-11-30T01:05:00Z"));
    assertThat(
            CloudTrailLayout.fileTime(
                "111122223333_CloudTrail-Digest_eu-west-1_t_eu-west-1_20261130T010203Z.json.gz"))
        .isEqualTo(Instant.parse("2026-11-30T01:02:03Z"));
    assertThat(CloudTrailLayout.fileTime("export-2026.json.gz")).isNull();
    assertThat(CloudTrailLayout.fileTime("a_20261399T0105Z_b.json.gz")).isNull();
  }
}
