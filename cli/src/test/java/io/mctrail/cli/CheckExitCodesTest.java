package io.mctrail.cli;

import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.onlyWarnings;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes: 0 nothing at or above {@code --fail-on}, 1 findings at or above it, 2 the command
 * could not run.
 */
class CheckExitCodesTest {

  @TempDir Path dir;

  private String seedFile;
  private String cleanFile;
  private String warningsFile;
  private String missingFile;

  @BeforeEach
  void files() {
    seedFile = write(dir, "seed.json", seed().toPrettyString()).toString();
    cleanFile = write(dir, "clean.json", clean().toPrettyString()).toString();
    warningsFile = write(dir, "warnings.json", onlyWarnings().toPrettyString()).toString();
    missingFile = dir.resolve("missing.json").toString();
  }

  @Test
  void zeroForACleanEvent() {
    Run run = mctrail("check", cleanFile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).endsWith(": 0 errors, 0 warnings, 0 infos");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void oneForAnError() {
    assertThat(mctrail("check", seedFile).exitCode()).isEqualTo(1);
  }

  @Test
  void zeroForAnErrorWithFailOnNever() {
    assertThat(mctrail("check", "--fail-on", "never", seedFile).exitCode()).isZero();
  }

  @Test
  void warningsFailOnlyWithFailOnWarning() {
    assertThat(mctrail("check", warningsFile).exitCode()).isZero();
    assertThat(mctrail("check", "--fail-on", "warning", warningsFile).exitCode()).isEqualTo(1);
    assertThat(mctrail("check", "--fail-on", "info", warningsFile).exitCode()).isEqualTo(1);
  }

  @Test
  void twoForAnUnknownOption() {
    Run run = mctrail("check", "--bogus", cleanFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: mctrail check");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoForAnUnknownFormat() {
    Run run = mctrail("check", "--format", "xml", cleanFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("unknown report format xml")
        .contains("text, json, sarif, junit");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoForAnUnknownProfile() {
    Run run = mctrail("check", "--profile", "paranoid", cleanFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown profile paranoid").contains("strict");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoForAnUnknownFailOnLevel() {
    Run run = mctrail("check", "--fail-on", "fatal", cleanFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown level fatal for --fail-on");
  }

  @Test
  void twoWithoutAPath() {
    Run run = mctrail("check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'PATH'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoWhenNothingCouldBeRead() {
    Run run = mctrail("check", missingFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(missingFile + ": no such file or folder")
        .contains("nothing could be read");
  }

  @Test
  void aMissingFileAmongReadableOnesIsReportedAndTheRunGoesOn() {
    Run run = mctrail("check", "--format", "json", missingFile, seedFile);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(missingFile + ": no such file or folder");
    assertThat(run.summary().get("files").asInt()).isEqualTo(2);
    assertThat(run.events())
        .anySatisfy(
            e -> {
              assertThat(text(e, "source")).isEqualTo(missingFile);
              assertThat(text(e.get("findings").get(0), "rule"))
                  .isEqualTo("syntax.input-unreadable");
              assertThat(text(e.get("findings").get(0), "severity")).isEqualTo("ERROR");
            })
        .anySatisfy(e -> assertThat(text(e, "eventName")).isEqualTo("CreateJob"));
  }

  @Test
  void aMissingFileIsAnErrorFindingSoItFailsTheRunUnlessItsSeverityIsLowered() {
    assertThat(mctrail("check", cleanFile, missingFile).exitCode()).isEqualTo(1);

    Path config =
        write(
            dir,
            "lenient-about-inputs.json",
            "{\"severities\": {\"syntax.input-unreadable\": \"WARNING\"}}");
    Run run = mctrail("check", "--config", config.toString(), cleanFile, missingFile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(missingFile + ": no such file or folder");
    assertThat(run.lastLine())
        .isEqualTo("2 files, 2 events (0 skipped): 0 errors, 1 warning, 0 infos");
  }
}
