package io.mctrail.samples.packaging;

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
 * The {@code release} profile ({@code ./mvnw -B verify -Prelease}) attaches a sources jar and a
 * Javadoc jar to every published module. It is a profile because Javadoc over the generated model
 * takes about a minute on two cores, too long for every build; so this test reads how it is wired
 * instead of running it.
 */
class ReleaseProfileTest {

  private static final String RELEASE_PLUGINS =
      "/project/profiles/profile[id='release']/build/plugins/plugin";

  @Test
  void theReleaseProfileAttachesTheSourcesAndJavadocJarsOfEveryModule() {
    Element parent = pom("pom.xml");

    assertThat(goals(parent, "maven-source-plugin")).containsExactly("jar-no-fork");
    assertThat(goals(parent, "maven-javadoc-plugin")).containsExactly("jar");
    for (String module : BuildFiles.publishedModules()) {
      Element modulePom = pom(module + "/pom.xml");
      for (String skip : List.of("maven.source.skip", "maven.javadoc.skip")) {
        assertThat(text(modulePom, "/project/properties/" + skip))
            .as("%s %s", module, skip)
            .isEmpty();
      }
      assertThat(texts(modulePom, "//plugin[artifactId='maven-javadoc-plugin']//skip"))
          .as("%s skips Javadoc", module)
          .isEmpty();
      assertThat(text(modulePom, "/project/packaging")).as("%s packaging", module).isIn("", "jar");
    }
  }

  @Test
  void javadocChecksTheCommentsTheCompilerAlreadyChecked() {
    Element parent = pom("pom.xml");
    String javadocDoclint =
        text(
            parent,
            "/project/build/pluginManagement/plugins/plugin[artifactId='maven-javadoc-plugin']"
                + "/configuration/doclint");
    List<String> compileArgs =
        texts(
            parent,
            "/project/build/pluginManagement/plugins/plugin[artifactId='maven-compiler-plugin']"
                + "/executions/execution[id='default-compile']/configuration/compilerArgs/arg");

    assertThat(javadocDoclint).isEqualTo("all,-missing");
    assertThat(compileArgs).contains("-Xdoclint:all/protected,-missing");
  }

  private static List<String> goals(Element parent, String plugin) {
    List<Node> found = nodes(parent, RELEASE_PLUGINS + "[artifactId='" + plugin + "']");
    assertThat(found).as("%s in the release profile", plugin).hasSize(1);
    return texts(found.get(0), "executions/execution/goals/goal");
  }
}
