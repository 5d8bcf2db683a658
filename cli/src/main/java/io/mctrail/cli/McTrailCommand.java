package io.mctrail.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mctrail}: the top-level command; its work is done by its subcommands. */
@Command(
    name = "mctrail",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
      "Models and checks the AWS Elemental MediaConvert API calls that AWS CloudTrail records.",
      ""
    },
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  mctrail check AWSLogs/                      every log file under a folder",
      "  mctrail check -f sarif -o out.sarif logs/   a SARIF report for code scanning",
      "  zcat trail.json.gz | mctrail check -        read standard input",
      "  mctrail rules                               the rule catalogue",
      "  mctrail explain consistency.value-changed   one rule, and where it comes from",
      "",
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;",
      "2 the command could not run (bad usage, nothing could be read)."
    })
public final class McTrailCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with mctrail's error handling: a clear message, never a stack trace. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new McTrailCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("mctrail: " + e.getMessage());
          return CommandLine.ExitCode.USAGE;
        });
    return cl;
  }
}
