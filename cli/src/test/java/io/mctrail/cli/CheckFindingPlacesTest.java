package io.mctrail.cli;

import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.quoted;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where in its file each finding is: the line, column and byte offset (of the file as read after
 * decompression) of the value its pointer names, whatever record of the file it is in, in every
 * report format; a record inside a string is placed where the string is.
 */
class CheckFindingPlacesTest {

  @TempDir Path dir;

  /** The seed's one finding, in a log file after a clean record, each on its own lines. */
  private String logFileOfTwo() {
    return "{\"Records\": [\n  "
        + compact(Cli.clean())
        + ",\n  "
        + seed().toPrettyString().replace("\n", "\n  ")
        + "\n]}\n";
  }

  private static JsonNode onlyFinding(Run run) {
    List<JsonNode> findings =
        run.events().stream().flatMap(e -> list(e.get("findings")).stream()).toList();
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new java.util.ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** The line and column of {@code offset} in {@code text}, counting bytes. */
  private static String lineColumn(byte[] text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (offset - lineStart + 1);
  }

  @Test
  void aFindingInALaterRecordOfALogFileIsPlacedAtItsValueInTheFile() {
    String content = logFileOfTwo();
    Path file = write(dir, "trail.json", content);

    JsonNode f = onlyFinding(mctrail("check", "-f", "json", file.toString()));

    byte[] bytes = content.getBytes(UTF_8);
    int offset = f.get("offset").asInt();
    String actual = "\"" + text(f, "actual") + "\"";
    assertThat(new String(bytes, offset, actual.length(), UTF_8)).isEqualTo(actual);
    assertThat(f.get("line").asInt() + ":" + f.get("column").asInt())
        .isEqualTo(lineColumn(bytes, offset));
    assertThat(f.get("line").asInt()).isGreaterThan(3);
  }

  @Test
  void placesAreInTheDecompressedFile() {
    String content = logFileOfTwo();
    Path plain = write(dir, "trail.json", content);
    Path gzipped = write(dir, "trail.json.gz", gzip(content));

    JsonNode inPlain = onlyFinding(mctrail("check", "-f", "json", plain.toString()));
    JsonNode inGzip = onlyFinding(mctrail("check", "-f", "json", gzipped.toString()));

    for (String field : List.of("line", "column", "offset")) {
      assertThat(inGzip.get(field).asInt()).as(field).isEqualTo(inPlain.get(field).asInt());
    }
  }

  @Test
  void theTextReportSaysFileLineAndColumn() {
    Path file = write(dir, "trail.json", logFileOfTwo());
    JsonNode f = onlyFinding(mctrail("check", "-f", "json", file.toString()));

    Run text = mctrail("check", file.toString());

    assertThat(text.out())
        .contains(
            "  ERROR   "
                + file
                + ":"
                + f.get("line").asInt()
                + ":"
                + f.get("column").asInt()
                + " consistency.value-changed ");
  }

  @Test
  void aRecordInsideAStringIsPlacedWhereTheStringStarts() {
    String content =
        "{\"Events\": [\n  {\"EventId\": \"e\", \"CloudTrailEvent\": "
            + quoted(compact(seed()))
            + "}\n]}\n";
    Path file = write(dir, "lookup.json", content);

    JsonNode f = onlyFinding(mctrail("check", "-f", "json", file.toString()));

    assertThat(f.get("line").asInt()).isEqualTo(2);
    assertThat(f.get("offset").asInt()).isLessThan(content.indexOf(quoted(compact(seed()))) + 1);
  }

  @Test
  void aRecordCutOffIsPlacedWhereReadingStopped() {
    String content = compact(Cli.clean()) + "\n" + "{\"eventVersion\": \"1.08\", \"eventID\": ";
    Path file = write(dir, "cut.jsonl", content);

    JsonNode f = onlyFinding(mctrail("check", "-f", "json", file.toString()));

    assertThat(text(f, "rule")).isEqualTo("syntax.record-broken");
    assertThat(f.get("line").asInt()).isEqualTo(2);
    assertThat(f.get("offset").asInt()).isEqualTo(content.getBytes(UTF_8).length);
  }

  @Test
  void everyFormatCountsSkippedRecordsByReason() {
    Path file =
        write(
            dir,
            "mixed.json",
            "{\"Records\": ["
                + compact(Cli.otherService())
                + ","
                + compact(Cli.otherService())
                + ","
                + compact(Cli.clean())
                + "]}");

    Run json = mctrail("check", "-f", "json", file.toString());
    Run text = mctrail("check", file.toString());
    Run sarif = mctrail("check", "-f", "sarif", file.toString());
    Run junit = mctrail("check", "-f", "junit", file.toString());

    assertThat(json.summary().get("skipped").asInt()).isEqualTo(2);
    assertThat(json.summary().get("skippedByReason").get("record of another service").asInt())
        .isEqualTo(2);
    assertThat(text.lastLine()).contains("(2 skipped: record of another service 2)");
    assertThat(
            sarif
                .json()
                .at("/runs/0/properties/skippedByReason")
                .get("record of another service")
                .asInt())
        .isEqualTo(2);
    assertThat(junit.out())
        .contains("<property name=\"mctrail.skipped.record of another service\" value=\"2\"");
  }
}
