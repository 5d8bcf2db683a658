package io.mctrail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.cli.McTrailCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The bundled corpus: every input under {@code corpus/} has, beside it, a {@code .expected} file
 * listing the findings {@code mctrail check} must give for it, one per line ({@code <record index>
 * <SEVERITY> <rule> <pointer> at <line>:<column>}, the pointer {@code (root)} for the whole record,
 * the place that of the value the pointer names in the file as read after decompression), after a
 * line {@code events <n>} (the records checked), and optionally {@code skipped <n> (<reason> <n>,
 * ...)} for records counted and skipped. Lines starting with {@code #} say what the input is and
 * why it gives what it gives.
 *
 * <p>With {@code -Dmctrail.samples.update=true} the test writes the findings it gets into the
 * expected files (keeping their comments), to be reviewed before committing.
 */
class BundledCorpusTest {

  static final Path CORPUS = Path.of("corpus");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> Files.exists(expectedOf(p)))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Path expectedOf(Path input) {
    return input.resolveSibling(input.getFileName() + ".expected");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void givesTheExpectedFindings(Path input) throws Exception {
    List<String> actual = check(input);
    Path expectedFile = expectedOf(input);
    List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    List<String> comments = lines.stream().filter(l -> l.startsWith("#")).toList();
    List<String> expected = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    if (Boolean.getBoolean("mctrail.samples.update")) {
      List<String> out = new ArrayList<>(comments);
      out.addAll(actual);
      Files.write(expectedFile, out, StandardCharsets.UTF_8);
      return;
    }
    assertThat(comments).as("%s says what the input is", expectedFile).isNotEmpty();
    assertThat(actual).as("findings of %s", input).containsExactlyElementsOf(expected);
  }

  /** The findings the command gives for one input, in the expected files' line form. */
  static List<String> check(Path input) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = McTrailCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit =
        cl.execute("check", "--quiet", "--threads", "2", "--format", "json", input.toString());
    assertThat(exit).as("exit code, stderr: %s", err).isIn(0, 1);
    JsonNode report = MAPPER.readTree(out.toString());
    List<String> lines = new ArrayList<>();
    lines.add("events " + report.get("summary").get("events").asLong());
    for (JsonNode event : report.get("events")) {
      for (JsonNode f : event.get("findings")) {
        String pointer = f.get("pointer").asText();
        lines.add(
            event.get("index").asInt()
                + " "
                + f.get("severity").asText()
                + " "
                + f.get("rule").asText()
                + " "
                + (pointer.isEmpty() ? "(root)" : pointer)
                + " at "
                + f.get("line").asLong()
                + ":"
                + f.get("column").asLong());
      }
    }
    long skipped = report.get("summary").get("skipped").asLong();
    if (skipped > 0) {
      List<String> reasons = new ArrayList<>();
      report
          .get("summary")
          .get("skippedByReason")
          .fields()
          .forEachRemaining(r -> reasons.add(r.getKey() + " " + r.getValue().asLong()));
      lines.add("skipped " + skipped + " (" + String.join(", ", reasons) + ")");
    }
    return lines;
  }
}
