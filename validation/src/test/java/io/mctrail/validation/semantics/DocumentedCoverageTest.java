package io.mctrail.validation.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.validation.RuleCatalog;
import org.junit.jupiter.api.Test;

/** The coverage of the documentation's statements of a condition on the pinned model. */
class DocumentedCoverageTest {

  @Test
  void thePinnedModelStatesAtLeast250StatementsAndTheCheckedOnesDoNotRegress() {
    var all = DocumentedCoverage.statements();
    long conditions = all.stream().filter(s -> !s.advice()).count();
    long checked = all.stream().filter(DocumentedCoverage.Statement::checked).count();
    System.out.println("documented coverage: " + DocumentedCoverage.summary());
    assertThat(conditions).as("statements of a condition").isGreaterThanOrEqualTo(250);
    if (MediaConvertModelInfo.pinned()) {
      assertThat(checked).as("statements checked by a rule").isGreaterThanOrEqualTo(206);
    }
  }

  @Test
  void adviceIsListedButNotCountedAndAConditionThatSaysKeepTheDefaultIsNoAdvice() {
    var all = DocumentedCoverage.statements();
    long advice = all.stream().filter(DocumentedCoverage.Statement::advice).count();
    assertThat(advice).isPositive();
    assertThat(DocumentedCoverage.summary()).startsWith((all.size() - advice) + " statements: ");
    assertThat(DocumentedCoverage.adviceNote()).startsWith(advice + " sentences of advice");
    assumeTrue(MediaConvertModelInfo.pinned(), "the sentence of the pinned model");
    var loRo =
        all.stream()
            .filter(
                s -> s.shape().equals("Eac3Settings") && s.member().equals("loRoCenterMixLevel"))
            .filter(s -> s.sentence().startsWith("This setting applies only if you keep"))
            .findFirst()
            .orElseThrow();
    assertThat(loRo.advice()).isFalse();
    assertThat(loRo.rule())
        .isEqualTo("semantics.documented-eac3-settings-lo-ro-center-mix-level-only-when");
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
