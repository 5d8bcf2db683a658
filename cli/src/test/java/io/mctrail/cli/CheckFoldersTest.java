package io.mctrail.cli;

import static io.mctrail.cli.Cli.SEED_RULE;
import static io.mctrail.cli.Cli.clean;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.otherService;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.text;
import static io.mctrail.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders are walked recursively, in name order, as CloudTrail's S3 layout holds log files. */
class CheckFoldersTest {

  private static final String ACCOUNT = "123456789000";
  private static final String DAY = "AWSLogs/" + ACCOUNT + "/CloudTrail/us-west-2/2017/11/15/";

  @TempDir Path dir;

  /** A log file's name in the S3 layout, for the given time of day (HHmm). */
  private static String logFileName(String day, String hhmm, String id) {
    return day + ACCOUNT + "_CloudTrail_us-west-2_20171115T" + hhmm + "Z_" + id + ".json.gz";
  }

  @Test
  void theS3LayoutIsReadInNameOrderAndHiddenFilesAreIgnored() {
    // Written out of order, over two days; hidden files and folders hold records that would fail.
    String nextDay = DAY.replace("/15/", "/16/");
    String late = logFileName(DAY, "0310", "b2");
    String nextMorning = logFileName(nextDay, "0005", "c3").replace("20171115", "20171116");
    String early = logFileName(DAY, "0255", "a1");
    write(dir, late, gzip(logFile(otherService(), seed(eventID(2)))));
    write(dir, nextMorning, gzip(logFile(clean())));
    write(dir, early, gzip(logFile(seed(eventID(1)))));
    write(dir, DAY + ".hidden.json.gz", gzip(logFile(seed(eventID(9)))));
    write(dir, DAY + ".cache/" + ACCOUNT + "_CloudTrail.json", logFile(seed(eventID(8))));
    write(dir, DAY + "README.txt", "not a log file");

    Run run = mctrail("check", "--format", "json", dir.resolve("AWSLogs").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.summary().get("files").asInt()).isEqualTo(3);
    assertThat(run.summary().get("skipped").asInt()).isEqualTo(1);
    assertThat(run.events())
        .extracting(e -> text(e, "source"))
        .containsExactly(
            dir.resolve(early).toString(),
            dir.resolve(late).toString(),
            dir.resolve(nextMorning).toString());
    assertThat(run.events())
        .extracting(e -> e.get("index").asInt() + " " + text(e, "eventID"))
        .containsExactly("0 " + eventID(1), "1 " + eventID(2), "0 " + text(clean(), "eventID"));
  }

  @Test
  void oneAndFourThreadsGiveTheSameReportByteForByte() {
    // 30 files of 50 records, the first of 600 (more than the workers hand over at once): a third
    // of the records are clean, a third have the seed's ERROR, a third also have an out-of-range
    // value; every tenth is another service's record.
    for (int file = 0; file < 30; file++) {
      ObjectNode[] records = new ObjectNode[file == 0 ? 600 : 50];
      for (int i = 0; i < records.length; i++) {
        int n = file * 1000 + i;
        records[i] = i % 10 == 9 ? otherService() : record(n);
        records[i].put("eventID", eventID(n));
      }
      write(
          dir,
          logFileName(
              DAY, String.format(Locale.ROOT, "%02d%02d", file / 6, file % 6 * 10), "f" + file),
          gzip(logFile(records)));
    }

    Run one = mctrail("check", "--format", "json", "--threads", "1", dir.toString());
    Run four = mctrail("check", "--format", "json", "--threads", "4", dir.toString());

    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(four.exitCode()).isEqualTo(1);
    JsonNode summary = one.summary();
    assertThat(summary.get("files").asInt()).isEqualTo(30);
    assertThat(summary.get("events").asInt()).isEqualTo(29 * 45 + 540);
    assertThat(summary.get("skipped").asInt()).isEqualTo(29 * 5 + 60);
    assertThat(one.rules()).contains(SEED_RULE, "constraints.range");
    assertThat(four.out()).isEqualTo(one.out());
    JsonNode firstFinding =
        one.events().stream()
            .filter(e -> !e.get("findings").isEmpty())
            .findFirst()
            .orElseThrow()
            .get("findings")
            .get(0);
    assertThat(firstFinding.get("line").asInt()).as("the findings are placed").isPositive();
    for (String format : new String[] {"text", "sarif", "junit"}) {
      assertThat(mctrail("check", "--format", format, "--threads", "4", dir.toString()).out())
          .as(format)
          .isEqualTo(mctrail("check", "--format", format, "--threads", "1", dir.toString()).out());
    }
  }

  /** Record {@code n}: clean, the seed, or the seed with an out-of-range sharpness too. */
  private static ObjectNode record(int n) {
    return switch (n % 3) {
      case 0 -> clean();
      case 1 -> seed();
      default -> {
        ObjectNode event = seed();
        ((ObjectNode)
                event.at("/requestParameters/settings/outputGroups/0/outputs/0/videoDescription"))
            .put("sharpness", 101 + n % 50);
        ((ObjectNode)
                event.at(
                    "/responseElements/job/settings/outputGroups/0/outputs/0/videoDescription"))
            .put("sharpness", 101 + n % 50);
        yield event;
      }
    };
  }
}
