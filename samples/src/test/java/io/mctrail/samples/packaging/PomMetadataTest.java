package io.mctrail.samples.packaging;

import static io.mctrail.samples.packaging.BuildFiles.nodes;
import static io.mctrail.samples.packaging.BuildFiles.pom;
import static io.mctrail.samples.packaging.BuildFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a repository and a project's licence check read in every published POM: the project's URL,
 * licence, developers and SCM. The BOM, the top of every module's parents, holds them once.
 */
class PomMetadataTest {

  static final String HOME = "https://github.com/mctrail/mctrail";

  @Test
  void theBomGivesTheProjectsUrlLicenceDevelopersAndScm() {
    Element bom = pom("bom/pom.xml");

    assertThat(text(bom, "/project/url")).isEqualTo(HOME);
    assertThat(text(bom, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
    assertThat(text(bom, "/project/licenses/license/url"))
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    List<Node> developers = nodes(bom, "/project/developers/developer");
    assertThat(developers).hasSize(1);
    assertThat(text(developers.get(0), "name")).isEqualTo("The mctrail developers");
    assertThat(text(bom, "/project/scm/url")).isEqualTo(HOME);
    assertThat(text(bom, "/project/scm/connection")).isEqualTo("scm:git:" + HOME + ".git");
    assertThat(text(bom, "/project/scm/developerConnection")).startsWith("scm:git:");
  }

  @Test
  void everyPublishedModuleInheritsThemAsTheyAreWithoutItsNameAppended() {
    Element bom = pom("bom/pom.xml");
    // Without these, Maven appends each child's artifactId to the inherited URLs.
    assertThat(bom.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Node scm = nodes(bom, "/project/scm").get(0);
    for (String attribute :
        List.of(
            "child.scm.connection.inherit.append.path",
            "child.scm.developerConnection.inherit.append.path",
            "child.scm.url.inherit.append.path")) {
      assertThat(((Element) scm).getAttribute(attribute)).as(attribute).isEqualTo("false");
    }

    assertThat(text(pom("pom.xml"), "/project/parent/artifactId")).isEqualTo("mctrail-bom");
    for (String module : BuildFiles.publishedModules()) {
      Element modulePom = pom(module + "/pom.xml");
      assertThat(text(modulePom, "/project/parent/artifactId"))
          .as("%s's parent", module)
          .isEqualTo("mctrail-parent");
      for (Element owner : List.of(pom("pom.xml"), modulePom)) {
        for (String element : List.of("url", "licenses", "developers", "scm")) {
          assertThat(nodes(owner, "/project/" + element))
              .as("<%s> of %s, which would replace the BOM's", element, module)
              .isEmpty();
        }
      }
      assertThat(text(modulePom, "/project/name")).as("%s's name", module).isNotEmpty();
      assertThat(text(modulePom, "/project/description"))
          .as("%s's description", module)
          .isNotEmpty();
    }
  }

  @Test
  void theLicenceFileIsTheApacheLicenceTheBomNames() throws IOException {
    List<String> lines =
        Files.readAllLines(BuildFiles.root().resolve("LICENSE"), StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();

    assertThat(lines)
        .startsWith(
            "Apache License", "Version 2.0, January 2004", "http://www.apache.org/licenses/")
        .contains(
            "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
            "END OF TERMS AND CONDITIONS");
    assertThat(text(pom("bom/pom.xml"), "/project/licenses/license/name")).isEqualTo("Apache-2.0");
  }
}
