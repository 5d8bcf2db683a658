package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RULES.md is the catalogue generated from the rule classes, never stale. It is the catalogue of
 * the pinned model: the rules the documentation states follow the model the build read, so a build
 * from another model ({@code -Dmctrail.model}) has a catalogue of its own and does not compare it.
 */
class RuleCatalogTest {

  private static final Path FILE = Path.of("RULES.md");

  @Test
  void rulesMdIsTheGeneratedCatalogue() throws Exception {
    assumeTrue(
        MediaConvertModelInfo.pinned() || Boolean.getBoolean("mctrail.rules.update"),
        "RULES.md is the catalogue of the pinned model");
    String generated = RuleCatalog.markdown();
    if (Boolean.getBoolean("mctrail.rules.update")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as("validation/RULES.md exists").isTrue();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as(
            "validation/RULES.md is stale: run ./mvnw -pl validation -am test"
                + " -Dmctrail.rules.update=true")
        .isEqualTo(generated);
  }

  @Test
  void ruleIdsAreUniqueAndEveryRuleSaysWhereItComesFrom() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : RuleCatalog.rules()) {
      assertThat(ids.add(rule.id())).as("duplicate rule id %s", rule.id()).isTrue();
      assertThat(rule.summary()).as(rule.id()).isNotBlank();
      assertThat(rule.source()).as(rule.id()).isNotBlank();
    }
  }

  @Test
  void aRuleIsFoundById() {
    assertThat(RuleCatalog.find("consistency.value-changed")).isPresent();
    assertThat(RuleCatalog.find("no.such-rule")).isEmpty();
  }
}
