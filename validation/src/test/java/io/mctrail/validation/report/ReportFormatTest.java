package io.mctrail.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void formatsAreNamedInLowerCaseAndParsedInAnyCase() {
    assertThat(ReportFormat.JUNIT.id()).isEqualTo("junit");
    assertThat(ReportFormat.fromId("Sarif")).isEqualTo(ReportFormat.SARIF);
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(ReportFormat.fromId(format.id())).isEqualTo(format);
    }
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> ReportFormat.fromId("html"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("html")
        .hasMessageContaining("text, json, sarif, junit");
  }

  @Test
  void eachFormatHasItsWriter() {
    assertThat(ReportWriter.of(ReportFormat.TEXT)).isInstanceOf(TextReportWriter.class);
    assertThat(ReportWriter.of(ReportFormat.JSON)).isInstanceOf(JsonReportWriter.class);
    assertThat(ReportWriter.of(ReportFormat.SARIF)).isInstanceOf(SarifReportWriter.class);
    assertThat(ReportWriter.of(ReportFormat.JUNIT)).isInstanceOf(JunitReportWriter.class);
  }
}
