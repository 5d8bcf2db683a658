package io.mctrail.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mctrail.schema.McTrailSchemas;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mctrail schema [OPERATION]}: the generated JSON Schemas. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of the CloudTrail record of a MediaConvert operation.",
      "",
      "The schemas are JSON Schema draft 2020-12. Without an OPERATION, lists the operations."
    },
    footer = {
      "",
      "Examples:",
      "  mctrail schema CreateJob > createjob.schema.json",
      "  mctrail schema --shapes      every MediaConvert shape ($defs)",
      "  mctrail schema --envelope    the CloudTrail envelope"
    })
final class SchemaCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "OPERATION", description = "For example CreateJob.")
  String operation;

  @Option(names = "--shapes", description = "Print the schema of every MediaConvert shape.")
  boolean shapes;

  @Option(names = "--envelope", description = "Print the schema of the CloudTrail envelope.")
  boolean envelope;

  @Override
  public Integer call() throws Exception {
    McTrailSchemas schemas = McTrailSchemas.shared();
    PrintWriter out = spec.commandLine().getOut();
    String file;
    if (shapes) {
      file = schemas.shapesFile();
    } else if (envelope) {
      file = schemas.envelopeFile();
    } else if (operation == null) {
      out.println("Operations with an event schema (mctrail schema OPERATION prints one):");
      schemas.operations().forEach(op -> out.println("  " + op));
      out.flush();
      return 0;
    } else if (!schemas.operations().contains(operation)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "mctrail: no MediaConvert operation " + operation + "; 'mctrail schema' lists them.");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    } else {
      file = McTrailSchemas.operationFile(operation);
    }
    out.println(MAPPER.writeValueAsString(schemas.document(file)));
    out.flush();
    return 0;
  }
}
