package io.mctrail.validation.report;

import static io.mctrail.validation.report.SampleReports.DIGEST;
import static io.mctrail.validation.report.SampleReports.EXTRA_FIELD;
import static io.mctrail.validation.report.SampleReports.NOT_JSON;
import static io.mctrail.validation.report.SampleReports.QUEUE_DEFAULT;
import static io.mctrail.validation.report.SampleReports.TRAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void summaryCountsInputsEventsSkippedAndFindingsOfEachSeverity() {
    Report report = SampleReports.mixed();

    assertThat(report.summary())
        .isEqualTo(
            new Summary(
                3,
                4,
                3,
                2,
                1,
                2,
                Map.of(SampleReports.DIGEST_FILE, 2L, SampleReports.OTHER_SERVICE, 1L)));
    assertThat(report.summary().findings()).isEqualTo(5);
  }

  @Test
  void summaryFindingCountsAddUpToTheFindingsOfTheEvents() {
    Report report = SampleReports.mixed();

    for (Severity severity : Severity.values()) {
      long inEvents =
          report.events().stream()
              .flatMap(e -> e.findings().stream())
              .filter(f -> f.severity() == severity)
              .count();
      assertThat(report.summary().count(severity)).as(severity.name()).isEqualTo(inEvents);
    }
    assertThat(report.summary().events()).isEqualTo(report.events().size());
  }

  @Test
  void everyInputNamedCountsOnceInFirstNamedOrderWithItsSkippedRecords() {
    Report report = SampleReports.mixed();

    assertThat(report.sources()).containsExactly(TRAIL, EventReport.STDIN, DIGEST);
    assertThat(report.skipped(TRAIL)).isEqualTo(1);
    assertThat(report.skipped(DIGEST)).isEqualTo(2);
    assertThat(report.skipped(EventReport.STDIN)).isZero();
    assertThat(report.skipped("never-read.json")).isZero();
  }

  @Test
  void anInputWithoutEventsOrSkippedRecordsStillCountsAsAFile() {
    Report report = Report.builder().source("empty.json").source("empty.json").build();

    assertThat(report.summary()).isEqualTo(new Summary(1, 0, 0, 0, 0, 0, Map.of()));
    assertThat(report.sources()).containsExactly("empty.json");
  }

  @Test
  void skippedRecordsOfOneInputAddUp() {
    Report report =
        Report.builder()
            .skipped("a.json", "digest", 2)
            .skipped("a.json", "other", 3)
            .skipped("a.json", "digest", 1)
            .build();

    assertThat(report.skipped("a.json")).isEqualTo(6);
    assertThat(report.skippedByReason("a.json"))
        .containsExactly(entry("digest", 3L), entry("other", 3L));
    assertThat(report.summary().skipped()).isEqualTo(6);
    assertThat(report.summary().skippedByReason())
        .containsExactly(entry("digest", 3L), entry("other", 3L));
    assertThat(report.summary().files()).isEqualTo(1);
  }

  @Test
  void anEventReportTakesNameIdAndFindingsFromAValidationResult() {
    ValidationResult result =
        new ValidationResult(
            "CreateJob", "abc", "mediaconvert.amazonaws.com", List.of(EXTRA_FIELD, NOT_JSON));

    EventReport event = EventReport.of("trail.json", 7, result);

    assertThat(event)
        .isEqualTo(
            new EventReport("trail.json", 7, "CreateJob", "abc", List.of(EXTRA_FIELD, NOT_JSON)));
    assertThat(event.count(Severity.ERROR)).isEqualTo(1);
    assertThat(event.count(Severity.WARNING)).isEqualTo(1);
    assertThat(event.count(Severity.INFO)).isZero();
  }

  @Test
  void aRecordThatDoesNotParseIsAnEventWithTheSyntaxFinding() {
    ValidationResult result = Validator.create().validate("{\"eventName\": ");

    Report report = Report.builder().event("broken.json", 0, result).build();

    EventReport event = report.events().get(0);
    assertThat(event.eventName()).isNull();
    assertThat(event.eventID()).isNull();
    assertThat(event.findings()).extracting(Finding::rule).containsExactly("syntax.invalid-json");
    assertThat(report.summary()).isEqualTo(new Summary(1, 1, 0, 1, 0, 0, Map.of()));
  }

  @Test
  void theReportDoesNotChangeWhenTheListsItWasBuiltFromDo() {
    List<Finding> findings = new ArrayList<>(List.of(QUEUE_DEFAULT));
    EventReport event = new EventReport("a.json", 0, "CreateJob", "id", findings);
    Report report = Report.builder().events(List.of(event)).build();

    findings.add(NOT_JSON);

    assertThat(report.events().get(0).findings()).containsExactly(QUEUE_DEFAULT);
    assertThat(report.summary().errors()).isZero();
    assertThatThrownBy(() -> report.events().add(event))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reportsOfTheSameEventsAndInputsAreEqual() {
    assertThat(SampleReports.mixed()).isEqualTo(SampleReports.mixed());
    assertThat(SampleReports.mixed().hashCode()).isEqualTo(SampleReports.mixed().hashCode());
    assertThat(SampleReports.mixed()).isNotEqualTo(SampleReports.tricky());
  }

  @Test
  void countsAndIndexesCannotBeNegative() {
    assertThatThrownBy(() -> Report.builder().skipped("a.json", "other", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventReport("a.json", -1, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Summary(0, 0, 0, -1, 0, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Summary(0, 0, 2, 0, 0, 0, Map.of("other", 1L)))
        .as("the reasons must add up to the skipped total")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
