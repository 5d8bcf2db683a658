package io.mctrail.cli;

import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import io.mctrail.model.McTrailBuild;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.validation.RuleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands besides {@code check}, and the help of them all. */
class CommandsTest {

  @Test
  void rulesListsEveryRuleId() {
    Run run = mctrail("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("consistency.value-changed")
        .contains("syntax.invalid-json")
        .contains("syntax.record-broken")
        .contains("syntax.input-unreadable")
        .contains("constraints.range")
        .contains("schema.range");
    assertThat(run.out().lines()).allMatch(line -> line.matches("[a-z]+\\.[a-z0-9-]+ +[A-Z]+ +.+"));
  }

  @Test
  void rulesCoverageListsTheDocumentedStatementsAndEndsWithTheirCount() {
    Run run = mctrail("rules", "--coverage");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .matches("[0-9]+ statements: [0-9]+ checked, [0-9]+ not checkable");
    assertThat(lines.get(lines.size() - 2))
        .matches("[0-9]+ sentences of advice, not conditions, are listed above and not counted");
    assertThat(run.out())
        .contains(
            "H264Settings.maxBitrate  required-when  checked by semantics.qvbr-max-bitrate-missing")
        .contains("  advice  advice, not a condition  \"");
  }

  @Test
  void rulesOfOneLayer() {
    Run run = mctrail("rules", "--layer", "syntax");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("syntax."));
  }

  @Test
  void versionNamesTheProjectVersionTheCommitAndTheModelThisBuildRead() {
    Run run = mctrail("--version");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("mctrail " + McTrailBuild.version()).matches("mctrail \\S+");
    assertThat(lines.get(1)).matches("commit: ([0-9a-f]{40}( \\+ changes)?|unknown)");
    assertThat(lines.get(2))
        .isEqualTo(
            "the MediaConvert model this build read: " + MediaConvertModelInfo.description());
    assertThat(lines.get(3))
        .contains("API " + MediaConvertModelInfo.apiVersion())
        .contains(MediaConvertModelInfo.shapes() + " shapes")
        .contains(MediaConvertModelInfo.operations() + " operations")
        .contains(MediaConvertModelInfo.sha256());
    assertThat(run.out()).doesNotContain("pinned");
  }

  @Test
  void explainPrintsTheRulesExplanationThatSarifGivesAsHelp() {
    Run run = mctrail("explain", "semantics.h264-cabac-baseline");

    assertThat(run.out())
        .isEqualTo(
            RuleCatalog.find("semantics.h264-cabac-baseline").orElseThrow().explanation() + "\n");
  }

  @Test
  void explainPrintsARule() {
    Run run = mctrail("explain", "consistency.value-changed");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("consistency.value-changed\n")
        .contains("layer:    consistency")
        .contains("severity: ERROR")
        .contains("checks:")
        .contains("source:");
  }

  @Test
  void explainAnUnknownRuleExitsTwoWithAHint() {
    Run run = mctrail("explain", "value-changed");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("no rule value-changed; did you mean:")
        .contains("  consistency.value-changed")
        .contains("'mctrail rules' lists every rule.");
  }

  @Test
  void schemaOfAnOperationIsAJsonSchema() {
    Run run = mctrail("schema", "CreateJob");

    assertThat(run.exitCode()).isZero();
    JsonNode schema = run.json();
    assertThat(text(schema, "$schema")).contains("2020-12");
    assertThat(schema.toString()).contains("requestParameters").contains("responseElements");
  }

  @Test
  void schemaWithoutAnOperationListsThem() {
    Run run = mctrail("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).contains("  CreateJob", "  GetJob");
  }

  @Test
  void schemaOfAnUnknownOperationExitsTwo() {
    Run run = mctrail("schema", "NoSuchOp");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no MediaConvert operation NoSuchOp").contains("mctrail schema");
  }

  @Test
  void helpShowsTheCommandsExamplesAndExitCodes() {
    Run run = mctrail("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: mctrail")
        .contains("check", "rules", "explain", "schema")
        .contains("Examples:")
        .contains("Exit codes:");
  }

  @Test
  void checkHelpShowsItsOptionsAndExamples() {
    Run run = mctrail("check", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: mctrail check")
        .contains("--format", "--fail-on", "--profile", "--rules", "--config", "--max-findings")
        .contains("Examples:")
        .contains("mctrail check ");
  }

  @Test
  void everyCommandHasExamplesInItsHelp() {
    for (String command : new String[] {"rules", "explain", "schema"}) {
      Run run = mctrail(command, "--help");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .as(command)
          .contains("Usage: mctrail " + command)
          .containsPattern("Examples?:");
    }
  }

  @Test
  void helpIsReadableInEightyColumns() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"check", "--help"},
          {"rules", "--help"},
          {"explain", "--help"},
          {"schema", "--help"}
        }) {
      List<String> lines = mctrail(args).out().lines().toList();
      String help = String.join(" ", args);

      assertThat(lines).as(help).allMatch(line -> line.length() <= 80);
      // A paragraph is wrapped at word boundaries, never left with a stray word or two.
      for (int i = 0; i + 1 < lines.size(); i++) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        boolean unindented =
            !line.isBlank()
                && !line.startsWith(" ")
                && !line.startsWith("Usage:")
                && !line.endsWith(":");
        assertThat(unindented && line.length() < 40 && !next.isBlank() && !next.startsWith(" "))
            .as(help + ": a fragment of a paragraph: " + line)
            .isFalse();
      }
      // Every example is on a line of its own.
      int examples = Math.max(lines.indexOf("Examples:"), lines.indexOf("Example:"));
      if (examples >= 0) {
        for (String line : lines.subList(examples + 1, lines.size())) {
          if (line.isBlank()) {
            break;
          }
          assertThat(line).as(help).startsWith("  ");
        }
      }
    }
  }

  @Test
  void theCommandListSaysWhatEachCommandDoesInAWholeSentence() {
    String list = mctrail("--help").out().split("Commands:\n")[1].split("\n\n")[0];

    assertThat(list.split("\n  (?=[a-z])"))
        .hasSize(5)
        .allSatisfy(entry -> assertThat(entry.strip()).endsWith("."));
  }

  @Test
  void theRulesNamedInTheExamplesExist(@TempDir Path dir) {
    String help = mctrail("--help").out() + mctrail("explain", "--help").out();
    List<String> explained =
        Pattern.compile("^  mctrail explain (\\S+)", Pattern.MULTILINE)
            .matcher(help)
            .results()
            .map(m -> m.group(1))
            .toList();

    assertThat(explained)
        .isNotEmpty()
        .allSatisfy(rule -> assertThat(mctrail("explain", rule).exitCode()).as(rule).isZero());

    String checkHelp = mctrail("check", "--help").out();
    List<String> selections =
        Pattern.compile("^  mctrail check --rules (\\S+)", Pattern.MULTILINE)
            .matcher(checkHelp)
            .results()
            .map(m -> m.group(1))
            .toList();
    String file = write(dir, "clean.json", clean().toPrettyString()).toString();

    assertThat(selections)
        .isNotEmpty()
        .allSatisfy(
            rules ->
                assertThat(mctrail("check", "--rules", rules, file).exitCode()).as(rules).isZero());
  }

  @Test
  void anUnknownCommandExitsTwo() {
    Run run = mctrail("chekc", "trail.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'chekc'");
  }
}
