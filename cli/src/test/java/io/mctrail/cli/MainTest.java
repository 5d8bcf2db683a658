package io.mctrail.cli;

import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point, in a JVM of its own: what a user sees on standard error is mctrail's own
 * messages, not the log lines of the libraries it uses.
 */
class MainTest {

  @TempDir Path dir;

  @Test
  void noLibraryLogsOnStandardErrorEvenWithTheStrictProfile() throws Exception {
    Path file = write(dir, "seed.json", seed().toPrettyString());
    Path stderr = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                "--profile",
                "strict",
                file.toString())
            .redirectError(stderr.toFile())
            .start();
    String stdout = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(stdout).contains("consistency.value-changed");
    assertThat(stderr).content(UTF_8).isEmpty();
  }
}
