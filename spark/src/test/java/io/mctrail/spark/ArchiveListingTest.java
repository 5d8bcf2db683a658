package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.records.CloudTrailLayout;
import io.mctrail.records.DateWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveListingTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  @TempDir Path work;

  private List<String> list(DateWindow window, String... paths) {
    return ArchiveListing.list(new Configuration(), List.of(paths), window, NOW).stream()
        .map(f -> f.problem() == null ? f.path() : f.path() + ": " + f.problem())
        .map(p -> p.replace("file:" + work, ""))
        .toList();
  }

  @Test
  void aFolderGivesItsInputsInPathOrderHiddenFilesAndOtherNamesLeftOut() throws IOException {
    TestArchive archive = TestArchive.writeTo(work);

    assertThat(list(DateWindow.ALL, work.toString()))
        .containsExactlyElementsOf(
            archive.inputs.keySet().stream().sorted().map(k -> "/" + k).toList());
  }

  @Test
  void aFileNamedIsReadWhateverItsName() throws IOException {
    Files.writeString(work.resolve("notes.txt"), "{}");

    assertThat(list(DateWindow.ALL, work.resolve("notes.txt").toString()))
        .containsExactly("/notes.txt");
  }

  @Test
  void aWindowTakesTheFilesOfItsDaysByTheirFoldersAndTheTimesInTheirNames() throws IOException {
    TestArchive.writeTo(work);

    List<String> files =
        list(DateWindow.parse("2026-11-29T23:59Z", "2026-11-30T00:15Z"), work.toString());

    assertThat(files)
        .containsExactly(
            "/"
                + TestArchive.TRAIL
                + "2026/11/30/111122223333_CloudTrail_eu-west-1_20261130T0005Z_b.json.gz",
            "/"
                + TestArchive.TRAIL
                + "2026/11/30/111122223333_CloudTrail_eu-west-1_20261130T0010Z_c.json.gz",
            "/"
                + TestArchive.TRAIL
                + "2026/11/30/111122223333_CloudTrail_eu-west-1_20261130T0015Z_d.json.gz");
  }

  @Test
  void aWindowOverAFolderWithoutTheLayoutIsAProblemOfThatFolder() throws IOException {
    Files.createDirectories(work.resolve("exports"));
    Files.writeString(work.resolve("exports/events.json"), "{}");

    assertThat(list(DateWindow.parse("2026-11-30", null), work.resolve("exports").toString()))
        .containsExactly(
            work.resolve("exports")
                + ": no CloudTrail layout (AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/) within 4"
                + " folders of it, and --since and --until need one");
  }

  @Test
  void aPathThatDoesNotExistIsAProblemAndTheOthersAreStillListed() throws IOException {
    Files.writeString(work.resolve("a.json"), "{}");

    assertThat(list(DateWindow.ALL, work.resolve("missing").toString(), work.toString()))
        .containsExactly(work.resolve("missing") + ": no such file or folder", "/a.json");
  }

  @Test
  void theDaysOfAWindowAreGlobbedOneMonthAtATime() {
    assertThat(ArchiveListing.datePatterns(DateWindow.parse("2026-11-29", "2027-01-02"), NOW))
        .containsExactly("2026/11/{29,30}", "2026/12/*", "2027/01/{01,02}");
    assertThat(ArchiveListing.datePatterns(DateWindow.parse("2026-12-04", null), NOW))
        .containsExactly("2026/12/04");
    assertThat(ArchiveListing.datePatterns(DateWindow.parse(null, "2026-12-01"), NOW))
        .containsExactly("*/*/*");
  }

  @Test
  void theLevelsAboveTheDaysAreGlobbedFromWhereThePathIsInTheLayout() {
    DateWindow window = DateWindow.parse("2026-11-30", "2026-11-30");

    assertThat(globs("s3://b/AWSLogs", window))
        .containsExactly(
            "s3://b/AWSLogs/*/CloudTrail/*/2026/11/30",
            "s3://b/AWSLogs/o-*/*/CloudTrail/*/2026/11/30");
    assertThat(globs("s3://b/AWSLogs/111122223333/CloudTrail/eu-west-1/2026", window))
        .containsExactly("s3://b/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/11/30");
    assertThat(globs("s3://b/AWSLogs/111122223333/CloudTrail/eu-west-1/2025", window)).isEmpty();
    assertThat(globs("s3://b/trail", window))
        .hasSize(2 * (ArchiveListing.SEARCH_DEPTH + 1))
        .contains("s3://b/trail/*/*/AWSLogs/*/CloudTrail/*/2026/11/30");
  }

  private static List<String> globs(String base, DateWindow window) {
    String path = base.substring("s3://b".length()) + "/";
    return ArchiveListing.dayGlobs(base, CloudTrailLayout.classify(path), window, NOW);
  }
}
