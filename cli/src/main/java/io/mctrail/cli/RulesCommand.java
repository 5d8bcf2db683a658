package io.mctrail.cli;

import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.semantics.DocumentedCoverage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mctrail rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule: its id, default severity and what it checks.",
    footer = {
      "",
      "Examples:",
      "  mctrail rules",
      "  mctrail rules --markdown > RULES.md",
      "  mctrail rules --layer semantics",
      "  mctrail rules --coverage"
    })
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--markdown", description = "Print the catalogue as Markdown (RULES.md).")
  boolean markdown;

  @Option(names = "--layer", paramLabel = "LAYER", description = "Only the rules of this layer.")
  String layer;

  @Option(
      names = "--coverage",
      description =
          "Print every condition the model's documentation states, one a line, with the rule that"
              + " checks it or why none can, and the count.")
  boolean coverage;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (coverage) {
      for (DocumentedCoverage.Statement s : DocumentedCoverage.statements()) {
        out.println(s.line());
      }
      out.println(DocumentedCoverage.adviceNote());
      out.println(DocumentedCoverage.summary());
      out.flush();
      return 0;
    }
    if (markdown) {
      out.print(RuleCatalog.markdown());
      out.flush();
      return 0;
    }
    for (Rule r : RuleCatalog.rules()) {
      if (layer == null || r.layer().prefix().equalsIgnoreCase(layer)) {
        out.printf("%-40s %-8s %s%n", r.id(), r.defaultSeverity(), r.summary());
      }
    }
    out.flush();
    return 0;
  }
}
