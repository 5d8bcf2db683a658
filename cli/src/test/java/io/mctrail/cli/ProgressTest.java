package io.mctrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The progress line and a report written to the same screen while the run goes on: report lines
 * reach the screen whole, each after the progress line is cleared, so neither runs into the other.
 */
class ProgressTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aReportOnTheScreenReachesItInWholeLinesAfterTheProgressLineIsCleared() throws Exception {
    StringWriter screen = new StringWriter();
    try (Progress progress =
        Progress.start(3, new PrintStream(err, true, StandardCharsets.UTF_8), true)) {
      Writer report = progress.sharing(screen);
      progress.show();

      report.write("trail.json#0 CreateJob eventID 1\n  ERROR   rule /a: m");

      assertThat(screen.toString()).isEqualTo("trail.json#0 CreateJob eventID 1\n");
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("records/s   \r" + " ".repeat(90) + "\r");

      report.write("essage\n\n1 file");
      assertThat(screen.toString())
          .isEqualTo("trail.json#0 CreateJob eventID 1\n  ERROR   rule /a: message\n\n");

      report.flush();
      assertThat(screen.toString()).endsWith("\n\n1 file");
    }
  }

  @Test
  void withoutAProgressLineTheReportIsWrittenAsItComes() {
    StringWriter screen = new StringWriter();
    try (Progress progress = Progress.start(3, new PrintStream(err), false)) {
      assertThat(progress.sharing(screen)).isSameAs(screen);
    }
  }
}
