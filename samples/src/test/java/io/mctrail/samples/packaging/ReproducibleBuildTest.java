package io.mctrail.samples.packaging;

import static io.mctrail.samples.packaging.BuildFiles.nodes;
import static io.mctrail.samples.packaging.BuildFiles.pom;
import static io.mctrail.samples.packaging.BuildFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reproducible builds are switched on for every module: the parent sets {@code
 * project.build.outputTimestamp} and no module overrides it. {@link ReproducibleArchivesIT} reads
 * the built jars; {@code .ci/reproducible} builds twice and compares the bytes.
 */
class ReproducibleBuildTest {

  @Test
  void theParentSetsOneOutputTimestampForEveryModule() {
    String timestamp = text(pom("pom.xml"), "/project/properties/project.build.outputTimestamp");

    assertThat(timestamp).as("project.build.outputTimestamp in pom.xml").isNotEmpty();
    assertThat(Instant.parse(timestamp)).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    for (String module : BuildFiles.modules()) {
      assertThat(
              nodes(pom(module + "/pom.xml"), "/project/properties/project.build.outputTimestamp"))
          .as("%s's own outputTimestamp", module)
          .isEmpty();
    }
  }
}
