package io.mctrail.samples.packaging;

import static io.mctrail.samples.packaging.BuildFiles.GROUP_ID;
import static io.mctrail.samples.packaging.BuildFiles.nodes;
import static io.mctrail.samples.packaging.BuildFiles.pom;
import static io.mctrail.samples.packaging.BuildFiles.text;
import static io.mctrail.samples.packaging.BuildFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code mctrail-bom}: a project that imports it gets the version of every published module, and
 * only those; the build itself takes the same versions from it.
 */
class BomTest {

  private static final String MANAGED = "/project/dependencyManagement/dependencies/dependency";

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersion() {
    List<String> published =
        BuildFiles.publishedModules().stream().map(BuildFiles::artifactId).toList();
    Element bom = pom("bom/pom.xml");

    // A module may be managed twice: its jar and its test-jar (the s3 module's test server).
    assertThat(texts(bom, MANAGED + "/artifactId").stream().distinct().toList())
        .as("the artifacts bom/pom.xml manages: every published module and no other")
        .containsExactlyInAnyOrderElementsOf(published);
    for (Node dependency : nodes(bom, MANAGED)) {
      assertThat(text(dependency, "groupId")).isEqualTo(GROUP_ID);
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      assertThat(text(dependency, "scope")).as("scope of %s", dependency).isEmpty();
    }
  }

  @Test
  void importingTheBomPinsNothingButMctrailArtifacts() {
    Element bom = pom("bom/pom.xml");

    assertThat(text(bom, "/project/packaging")).isEqualTo("pom");
    assertThat(nodes(bom, "/project/parent"))
        .as("a parent's dependencyManagement would be imported with the BOM's")
        .isEmpty();
    assertThat(nodes(bom, "/project/dependencies")).isEmpty();
    assertThat(texts(bom, MANAGED + "/groupId")).containsOnly(GROUP_ID);
    assertThat(texts(bom, MANAGED + "/artifactId")).allMatch(a -> a.startsWith("mctrail-"));
  }

  @Test
  void theBuildTakesThePublishedModulesVersionsFromTheBom() {
    Element parent = pom("pom.xml");

    assertThat(text(parent, "/project/parent/groupId")).isEqualTo(GROUP_ID);
    assertThat(text(parent, "/project/parent/artifactId")).isEqualTo("mctrail-bom");
    assertThat(text(parent, "/project/parent/version")).isEqualTo(BuildFiles.version());
    assertThat(text(parent, "/project/parent/relativePath")).isEqualTo("bom/pom.xml");
    assertThat(nodes(parent, "/project/version"))
        .as("the parent's version is the BOM's, inherited")
        .isEmpty();
    List<String> published =
        BuildFiles.publishedModules().stream().map(BuildFiles::artifactId).toList();
    assertThat(texts(parent, MANAGED + "/artifactId"))
        .as("published modules the parent manages itself, beside the BOM")
        .doesNotContainAnyElementsOf(published);
    for (String module : BuildFiles.modules()) {
      for (Node dependency : nodes(pom(module + "/pom.xml"), "/project/dependencies/dependency")) {
        if (text(dependency, "groupId").equals(GROUP_ID)) {
          assertThat(text(dependency, "version"))
              .as("%s's version of %s, which the BOM gives", module, text(dependency, "artifactId"))
              .isEmpty();
        }
      }
    }
  }

  @Test
  void theBuildTimeGeneratorAndTheBenchmarksAreNotPublished() {
    assertThat(BuildFiles.modules()).contains("codegen", "bench");
    assertThat(BuildFiles.publishedModules()).doesNotContain("codegen", "bench", "bom");
  }
}
