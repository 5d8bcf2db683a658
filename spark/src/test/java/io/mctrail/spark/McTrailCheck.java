package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.cli.McTrailCommand;
import io.mctrail.validation.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** What {@code mctrail check --format json} reports of some files: the job must give the same. */
record McTrailCheck(List<String> findings, Summary summary) {

  /** Runs {@code mctrail check --format json} with {@code options} over {@code paths}. */
  static McTrailCheck run(Path work, List<String> options, Path... paths) throws IOException {
    Path report = Files.createTempFile(work, "report", ".json");
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "-q", "-o"));
    args.add(report.toString());
    args.addAll(options);
    for (Path p : paths) {
      args.add(p.toString());
    }
    StringWriter err = new StringWriter();
    var cl = McTrailCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args.toArray(String[]::new));
    assertThat(code).as("mctrail check: %s", err).isIn(0, 1);
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    List<String> findings = new ArrayList<>();
    for (JsonNode event : root.get("events")) {
      for (JsonNode f : event.get("findings")) {
        findings.add(
            line(
                event.get("source").asText(),
                event.get("index").asInt(),
                text(event, "eventName"),
                text(event, "eventID"),
                text(f, "rule"),
                text(f, "severity"),
                text(f, "pointer"),
                text(f, "relatedPointer"),
                text(f, "message"),
                text(f, "expected"),
                text(f, "actual")));
      }
    }
    JsonNode s = root.get("summary");
    Map<String, Long> skippedByReason = new TreeMap<>();
    s.path("skippedByReason")
        .fields()
        .forEachRemaining(e -> skippedByReason.put(e.getKey(), e.getValue().asLong()));
    Summary summary =
        new Summary(
            s.get("files").asLong(),
            s.get("events").asLong(),
            s.get("skipped").asLong(),
            s.get("errors").asLong(),
            s.get("warnings").asLong(),
            s.get("infos").asLong(),
            skippedByReason);
    return new McTrailCheck(findings.stream().sorted().toList(), summary);
  }

  /** The rows of the job as the lines {@link #run} makes of the report, sorted. */
  static List<String> lines(List<Row> rows) {
    return rows.stream()
        .map(
            r ->
                line(
                    localPath(r.getAs("file")),
                    r.getAs("index"),
                    r.getAs("eventName"),
                    r.getAs("eventID"),
                    r.getAs("rule"),
                    r.getAs("severity"),
                    r.getAs("pointer"),
                    r.getAs("relatedPointer"),
                    r.getAs("message"),
                    r.getAs("expected"),
                    r.getAs("actual")))
        .sorted()
        .toList();
  }

  /**
   * The path of a local file's URI as the command names the file ({@code file:/x} is {@code /x}).
   */
  static String localPath(String uri) {
    return uri.startsWith("file:") ? uri.substring("file:".length()) : uri;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String line(Object... values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      b.append(v).append(" | ");
    }
    return b.toString();
  }
}
