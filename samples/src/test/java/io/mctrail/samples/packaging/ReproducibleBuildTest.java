package io.mctrail.samples.packaging;

import static io.mctrail.samples.packaging.BuildFiles.nodes;
import static io.mctrail.samples.packaging.BuildFiles.pom;
import static io.mctrail.samples.packaging.BuildFiles.text;
import static io.mctrail.samples.packaging.BuildFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reproducible builds are switched on for every module: the BOM, the top of every module's parents,
 * sets {@code project.build.outputTimestamp} and nothing below it overrides it; every build checks
 * its plugins with {@code artifact:check-buildplan}. {@link ReproducibleArchivesIT} reads the built
 * jars; {@code .ci/reproducible} builds twice and compares the bytes.
 */
class ReproducibleBuildTest {

  private static final String TIMESTAMP = "/project/properties/project.build.outputTimestamp";

  @Test
  void theBomSetsOneOutputTimestampForEveryModule() {
    String timestamp = text(pom("bom/pom.xml"), TIMESTAMP);

    assertThat(timestamp).as("project.build.outputTimestamp in bom/pom.xml").isNotEmpty();
    assertThat(Instant.parse(timestamp)).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(nodes(pom("pom.xml"), TIMESTAMP)).as("the parent's own outputTimestamp").isEmpty();
    for (String module : BuildFiles.modules()) {
      if (!module.equals("bom")) {
        assertThat(nodes(pom(module + "/pom.xml"), TIMESTAMP))
            .as("%s's own outputTimestamp", module)
            .isEmpty();
      }
    }
  }

  @Test
  void everyBuildChecksItsPluginsForKnownReproducibilityIssues() {
    String execution =
        "/project/build/plugins/plugin[artifactId='maven-artifact-plugin']/executions/execution";

    assertThat(texts(pom("pom.xml"), execution + "/goals/goal")).containsExactly("check-buildplan");
    assertThat(text(pom("pom.xml"), execution + "/phase")).isEqualTo("validate");
  }
}
