package io.mctrail.validation.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.envelope.EnvelopeRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope and security rules are registered with the validator, each once, with a source. */
class CatalogueTest {

  @Test
  void everyEnvelopeAndSecurityRuleIsInTheCatalogueOnce() {
    List<Rule> catalogue = RuleCatalog.rules();
    assertThat(catalogue.stream().filter(r -> r.layer() == Layer.ENVELOPE))
        .containsExactlyInAnyOrderElementsOf(EnvelopeRules.ALL);
    assertThat(catalogue.stream().filter(r -> r.layer() == Layer.SECURITY))
        .containsExactlyInAnyOrderElementsOf(SecurityRules.ALL);
  }

  @Test
  void everyRuleSaysWhereItComesFrom() {
    assertThat(EnvelopeRules.ALL).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(SecurityRules.ALL).allSatisfy(r -> assertThat(r.source()).isNotBlank());
  }
}
