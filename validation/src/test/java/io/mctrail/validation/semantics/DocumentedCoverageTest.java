package io.mctrail.validation.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.RuleCatalog;
import org.junit.jupiter.api.Test;

/** The coverage of the documentation's statements of a condition on the pinned model. */
class DocumentedCoverageTest {

  @Test
  void thePinnedModelStatesAtLeast250StatementsAndTheCheckedOnesDoNotRegress() {
    var all = DocumentedCoverage.statements();
    long checked = all.stream().filter(DocumentedCoverage.Statement::checked).count();
    System.out.println("documented coverage: " + DocumentedCoverage.summary());
    assertThat(all.size()).isGreaterThanOrEqualTo(250);
    assertThat(checked).as("statements checked by a rule").isGreaterThanOrEqualTo(140);
  }

  @Test
  void everyCheckedStatementNamesARuleOfTheCatalogue() {
    for (var s : DocumentedCoverage.statements()) {
      if (s.checked()) {
        assertThat(RuleCatalog.find(s.rule())).as(s.line()).isPresent();
      } else {
        assertThat(s.reason()).as(s.line()).isNotBlank();
      }
    }
  }

  @Test
  void aStatementAHandWrittenRuleChecksIsCheckedByThatRuleEvenWhenItsWordsDoNotResolve() {
    var vbr =
        DocumentedCoverage.statements().stream()
            .filter(s -> s.shape().equals("Mp3Settings") && s.member().equals("vbrQuality"))
            .filter(s -> s.sentence().startsWith("Required when you set Bitrate control mode"))
            .findFirst()
            .orElseThrow();

    assertThat(vbr.rule()).isEqualTo("semantics.mp3-vbr-quality-missing");
  }

  @Test
  void theSummaryHasTheFormOfTheTablesLastLine() {
    assertThat(DocumentedCoverage.summary())
        .matches("[0-9]+ statements: [0-9]+ checked, [0-9]+ not checkable");
  }
}
