package io.mctrail.samples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jars this build made carry {@code project.build.outputTimestamp} on every entry instead of
 * the time they were built, the first condition for two builds to give the same bytes ({@code
 * .ci/reproducible} builds twice and compares). Runs after {@code package}, on this module's jar
 * and the mctrail jars it depends on.
 */
class ReproducibleArchivesIT {

  @Test
  void everyEntryOfTheBuiltJarsCarriesTheOutputTimestamp() throws IOException {
    String timestamp = System.getProperty("project.build.outputTimestamp");
    assertThat(timestamp).as("system property project.build.outputTimestamp").isNotBlank();
    // Archivers write the timestamp as the entry's date and time in UTC.
    LocalDateTime expected = LocalDateTime.ofInstant(Instant.parse(timestamp), ZoneOffset.UTC);

    List<Path> jars = new ArrayList<>();
    jars.add(Path.of(System.getProperty("mctrail.it.jar")));
    ModulePathIT.dependencies().stream()
        .filter(p -> p.getFileName().toString().startsWith("mctrail-"))
        .forEach(jars::add);
    assertThat(jars).hasSizeGreaterThanOrEqualTo(4);

    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        assertThat(entries).as("entries of %s", jar).isNotEmpty();
        assertThat(entries)
            .as("entries of %s not dated %s", jar, expected)
            .allSatisfy(e -> assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(expected));
      }
    }
  }
}
