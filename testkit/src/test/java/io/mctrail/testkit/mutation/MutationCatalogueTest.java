package io.mctrail.testkit.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue of mutations covers the validator's catalogue of rules. */
class MutationCatalogueTest {

  @Test
  void everyRuleHasAMutationOrAReasonWhyNot() {
    Set<String> covered = new HashSet<>();
    Mutations.all().forEach(m -> covered.add(m.rule()));
    List<String> rules = RuleCatalog.rules().stream().map(Rule::id).toList();
    for (String rule : rules) {
      assertThat(covered.contains(rule) || Mutations.RULES_WITHOUT_MUTATION.containsKey(rule))
          .as("rule %s has a mutation or a reason for having none", rule)
          .isTrue();
    }
    assertThat(covered).as("mutations only of rules the validator has").isSubsetOf(rules);
    assertThat(Mutations.RULES_WITHOUT_MUTATION.keySet())
        .as("a rule without mutation is a rule, and has no mutation")
        .isSubsetOf(rules)
        .doesNotContainAnyElementsOf(covered);
  }

  @Test
  void onThePinnedModelEveryRowOfTheTableNamesARuleTheDocumentationStates() {
    if (MediaConvertModelInfo.pinned()) {
      assertThat(MutationTable.unstated()).isEmpty();
    } else {
      assertThat(MutationTable.unstated()).allMatch(r -> r.startsWith("semantics.documented-"));
    }
  }

  @Test
  void mutationNamesAreUniqueAndEachNamesItsRule() {
    Set<String> names = new HashSet<>();
    for (Mutation m : Mutations.all()) {
      assertThat(names.add(m.name())).as("unique name %s", m.name()).isTrue();
      assertThat(Mutations.named(m.name())).contains(m);
    }
  }

  @Test
  void anUnknownEventNameIsNoOperationOfTheModel() {
    List<String> unknown = EnvelopeMutations.unknownOperations();
    assertThat(unknown).isNotEmpty().isSubsetOf(EnvelopeMutations.PLAUSIBLE_OPERATIONS);
    assertThat(unknown).doesNotContainAnyElementsOf(MediaConvertOperations.ALL.keySet());
    Mutation mutation = Mutations.named("envelope.event-name-unknown").orElseThrow();
    for (DefectiveEvent e : mutation.defects().samples(3, 20)) {
      assertThat(e.json().path("eventName").asText()).isIn(unknown);
    }
  }

  @Test
  void theSameSeedGivesTheSameDefectiveEvent() {
    for (Mutation m : Mutations.all()) {
      DefectiveEvent a = m.defects().sample(11);
      DefectiveEvent b = m.defects().sample(11);
      assertThat(a.bytes()).as(m.name()).isEqualTo(b.bytes());
      assertThat(a.expected()).as(m.name()).isEqualTo(b.expected());
    }
  }

  @Test
  void aMutationLeavesTheConsistentEventItWasGivenAsItWas() {
    for (Mutation m : Mutations.all()) {
      var event = m.events().sample(5);
      byte[] before = event.bytes();
      m.inject(event, io.mctrail.testkit.Seeds.random(5));
      assertThat(event.bytes()).as(m.name()).isEqualTo(before);
    }
  }
}
