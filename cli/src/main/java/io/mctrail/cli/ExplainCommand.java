package io.mctrail.cli;

import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mctrail explain RULE}: one rule of the catalogue. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explains one rule: what it checks, its severity and the documentation it comes" + " from.",
    footer = {"", "Example:", "  mctrail explain semantics.h264-cabac-baseline"})
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id, as a finding names it.")
  String id;

  @Override
  public Integer call() {
    Optional<Rule> rule = RuleCatalog.find(id);
    if (rule.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      List<String> near =
          RuleCatalog.rules().stream()
              .map(Rule::id)
              .filter(r -> r.contains(id) || id.contains(r.substring(r.indexOf('.') + 1)))
              .limit(8)
              .toList();
      err.println("mctrail: no rule " + id + (near.isEmpty() ? "" : "; did you mean:"));
      near.forEach(n -> err.println("  " + n));
      err.println("'mctrail rules' lists every rule.");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.get().explanation());
    out.flush();
    return 0;
  }
}
