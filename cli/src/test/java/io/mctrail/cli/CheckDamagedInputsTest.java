package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file costs only the records it damages: every good record is still checked. */
class CheckDamagedInputsTest {

  @TempDir Path dir;

  @Test
  void aTruncatedGzipHasItsRecordsBeforeTheCutCheckedThenARecordBrokenFinding() {
    ObjectNode[] records = new ObjectNode[400];
    for (int i = 0; i < records.length; i++) {
      records[i] = seed(eventID(i));
    }
    byte[] whole = gzip(Cli.logFile(records));
    Path file = write(dir, "trail.json.gz", Arrays.copyOf(whole, whole.length / 2));

    Run run = mctrail("check", "--format", "json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> events = run.events();
    List<JsonNode> checked = events.subList(0, events.size() - 1);
    assertThat(checked).hasSizeBetween(1, records.length - 1);
    for (int i = 0; i < checked.size(); i++) {
      JsonNode event = checked.get(i);
      assertThat(event.get("index").asInt()).isEqualTo(i);
      assertThat(text(event, "eventID")).isEqualTo(eventID(i));
      assertThat(event.get("findings")).extracting(f -> text(f, "rule")).containsExactly(SEED_RULE);
    }
    JsonNode broken = events.get(events.size() - 1);
    assertThat(broken.get("index").asInt()).isEqualTo(checked.size());
    assertThat(text(broken, "eventName")).isNull();
    assertThat(broken.get("findings"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(text(f, "rule")).isEqualTo("syntax.record-broken");
              assertThat(text(f, "severity")).isEqualTo("ERROR");
              assertThat(text(f, "message")).isNotBlank();
            });
  }

  @Test
  void aBrokenRecordAmongGoodOnesIsReportedWithWhereItBreaks() {
    String broken = "{\"eventVersion\": \"1.05\",\n \"eventName\": CreateJob}";
    String file =
        write(
                dir,
                "events.jsonl",
                compact(seed(eventID(0)))
                    + "\n"
                    + compact(seed(eventID(1)))
                    + "\n"
                    + broken
                    + "\n"
                    + compact(seed(eventID(3)))
                    + "\n")
            .toString();

    Run run = mctrail("check", "--format", "json", file);

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> events = run.events();
    assertThat(events).extracting(e -> e.get("index").asInt()).containsExactly(0, 1, 2, 3);
    assertThat(events)
        .extracting(e -> text(e, "eventID"))
        .containsExactly(eventID(0), eventID(1), null, eventID(3));
    assertThat(events.get(2).get("findings"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(text(f, "rule")).isEqualTo("syntax.invalid-json");
              assertThat(text(f, "message")).containsPattern("line 2, column \\d+");
            });
    for (int good : new int[] {0, 1, 3}) {
      assertThat(events.get(good).get("findings"))
          .extracting(f -> text(f, "rule"))
          .containsExactly(SEED_RULE);
    }
  }
}
