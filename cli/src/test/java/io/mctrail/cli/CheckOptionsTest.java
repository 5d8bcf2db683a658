package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.parse;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code mctrail check} that choose where the report goes and what it holds. */
class CheckOptionsTest {

  private static final String SHARPNESS = "/outputGroups/0/outputs/0/videoDescription/sharpness";

  @TempDir Path dir;

  private String seedFile;

  /** The seed, with a sharpness of 150 (at most 100) on both sides: two range ERRORs more. */
  private String outOfRangeFile;

  @BeforeEach
  void files() {
    seedFile = write(dir, "seed.json", seed().toPrettyString()).toString();
    ObjectNode outOfRange = seed();
    for (String side :
        new String[] {"/requestParameters/settings", "/responseElements/job/settings"}) {
      ((ObjectNode) outOfRange.at(side + "/outputGroups/0/outputs/0/videoDescription"))
          .put("sharpness", 150);
    }
    outOfRangeFile = write(dir, "out-of-range.json", outOfRange.toPrettyString()).toString();
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToStandardOutput() throws Exception {
    Path report = dir.resolve("report.json");

    Run run = mctrail("check", "--format", "json", "--output", report.toString(), seedFile);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(parse(Files.readString(report)).get("summary").get("errors").asInt()).isEqualTo(1);
  }

  @Test
  void outputIntoAFolderThatDoesNotExistIsAClearError() {
    Path report = dir.resolve("no-such-folder").resolve("report.json");

    Run run = mctrail("check", "--output", report.toString(), seedFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("cannot write the report to " + report);
  }

  @Test
  void rulesRunsOnlyTheRulesAndLayersNamed() {
    Run run = mctrail("check", "-f", "json", "--rules", "constraints", outOfRangeFile);

    assertThat(run.rules()).containsExactly("constraints.range", "constraints.range");
  }

  @Test
  void rulesLeavesOutARulePrefixedWithAMinus() {
    Run run = mctrail("check", "-f", "json", "--rules", "-consistency.value-changed", seedFile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.rules()).isEmpty();
  }

  @Test
  void rulesCombinesIncludesAndExcludes() {
    Run run =
        mctrail(
            "check",
            "-f",
            "json",
            "--rules",
            "constraints,consistency,-constraints.range",
            outOfRangeFile);

    assertThat(run.rules()).containsExactly(SEED_RULE);
  }

  @Test
  void aMisspeltRuleInRulesIsAUsageErrorRatherThanACheckOfNothing() {
    Run run = mctrail("check", "--rules", "consistncy", seedFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "mctrail check: --rules: no rule or layer consistncy; 'mctrail rules' lists them\n");
  }

  @Test
  void theDefaultProfileChecksRangesOnceAndStrictAlsoAgainstTheJsonSchema() {
    Run byDefault = mctrail("check", "-f", "json", outOfRangeFile);
    Run strict = mctrail("check", "-f", "json", "--profile", "strict", outOfRangeFile);

    assertThat(byDefault.rules())
        .containsExactlyInAnyOrder("constraints.range", "constraints.range", SEED_RULE);
    assertThat(strict.rules())
        .containsExactlyInAnyOrder(
            "schema.range", "schema.range", "constraints.range", "constraints.range", SEED_RULE);
    assertThat(strict.events().get(0).get("findings"))
        .filteredOn(f -> text(f, "rule").equals("schema.range"))
        .extracting(f -> text(f, "pointer"))
        .containsExactlyInAnyOrder(
            "/requestParameters/settings" + SHARPNESS,
            "/responseElements/job/settings" + SHARPNESS);
  }

  @Test
  void configOverridesTheSeverityOfARule() {
    Path config =
        write(dir, "mctrail.json", "{\"severities\": {\"" + SEED_RULE + "\": \"WARNING\"}}");

    Run run = mctrail("check", "-f", "json", "--config", config.toString(), seedFile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.summary().get("errors").asInt()).isZero();
    assertThat(run.summary().get("warnings").asInt()).isEqualTo(1);
    assertThat(text(run.events().get(0).get("findings").get(0), "severity")).isEqualTo("WARNING");
  }

  @Test
  void configCanDisableRules() {
    Path config = write(dir, "mctrail.json", "{\"disabled\": [\"consistency\"]}");

    Run run = mctrail("check", "-f", "json", "--config", config.toString(), seedFile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.rules()).isEmpty();
  }

  @Test
  void aConfigWithAnUnknownSettingIsAClearUsageError() {
    Path config = write(dir, "mctrail.json", "{\"severity\": {\"" + SEED_RULE + "\": \"INFO\"}}");

    Run run = mctrail("check", "--config", config.toString(), seedFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("mctrail check: --config " + config + ": unknown setting severity")
        .contains("known: severities");
  }

  @Test
  void aConfigNamingAnUnknownRuleIsAClearUsageError() {
    Path severity =
        write(dir, "severity.json", "{\"severities\": {\"consistency.value-change\": \"INFO\"}}");
    Path disabled = write(dir, "disabled.json", "{\"disabled\": [\"semantic\"]}");

    Run bySeverity = mctrail("check", "--config", severity.toString(), seedFile);
    Run byDisabled = mctrail("check", "--config", disabled.toString(), seedFile);

    assertThat(bySeverity.exitCode()).isEqualTo(2);
    assertThat(bySeverity.err()).contains("no rule consistency.value-change");
    assertThat(byDisabled.exitCode()).isEqualTo(2);
    assertThat(byDisabled.err()).contains("no rule or layer semantic");
  }

  @Test
  void aConfigThatIsNotJsonIsAClearUsageError() {
    Path config = write(dir, "mctrail.json", "{\"severities\": {\n  oops\n}}");

    Run run = mctrail("check", "--config", config.toString(), seedFile);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not valid JSON (line 2)");
  }

  @Test
  void maxFindingsListsThatManyAndCountsTheRest() {
    Run run = mctrail("check", "-f", "json", "--max-findings", "1", outOfRangeFile);

    assertThat(run.rules()).containsExactly("constraints.range", "syntax.findings-truncated");
    assertThat(text(run.events().get(0).get("findings").get(1), "message"))
        .contains("2 more findings");
  }

  @Test
  void aCleanEventHasNoFindingWhateverTheProfile() {
    String cleanFile = write(dir, "clean.json", clean().toPrettyString()).toString();

    for (String profile : new String[] {"default", "strict", "lenient"}) {
      assertThat(mctrail("check", "-f", "json", "--profile", profile, cleanFile).rules())
          .as(profile)
          .isEmpty();
    }
  }
}
