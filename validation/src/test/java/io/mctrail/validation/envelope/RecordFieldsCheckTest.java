package io.mctrail.validation.envelope;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static io.mctrail.validation.envelope.TestEvents.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordFieldsCheckTest {

  @Test
  void theMinimalCreateJobHasNoEnvelopeOrSecurityFinding() {
    assertThat(findings(createJob()))
        .filteredOn(f -> f.rule().startsWith("envelope.") || f.rule().startsWith("security."))
        .isEmpty();
  }

  @Nested
  class EventSource {
    @Test
    void aMissingEventSourceIsAnError() {
      Finding f = theOnly(without(createJob(), "/eventSource"), EnvelopeRules.EVENT_SOURCE_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/eventSource");
    }

    @Test
    void aBlankEventSourceIsAnError() {
      Finding f =
          theOnly(with(createJob(), "/eventSource", " "), EnvelopeRules.EVENT_SOURCE_MISSING);
      assertThat(f.pointer()).isEqualTo("/eventSource");
    }

    @Test
    void anotherServicesEventSourceIsFine() {
      assertThat(
              findings(
                  with(createJob(), "/eventSource", "sts.amazonaws.com"),
                  EnvelopeRules.EVENT_SOURCE_MISSING.id()))
          .isEmpty();
    }
  }

  @Nested
  class EventName {
    @Test
    void aMediaConvertEventNameTheModelDoesNotKnowIsAWarning() {
      Finding f =
          theOnly(with(createJob(), "/eventName", "CreateJobs"), EnvelopeRules.EVENT_NAME_UNKNOWN);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/eventName");
      assertThat(f.actual()).isEqualTo("CreateJobs");
    }

    @Test
    void anOperationOfTheModelIsKnown() {
      assertThat(
              findings(
                  with(createJob(), "/eventName", "ListQueues"),
                  EnvelopeRules.EVENT_NAME_UNKNOWN.id()))
          .isEmpty();
    }

    @Test
    void anotherServicesEventNamesAreNotChecked() {
      var event = with(createJob(), "/eventSource", "sts.amazonaws.com");
      assertThat(
              findings(
                  with(event, "/eventName", "AssumeRole"), EnvelopeRules.EVENT_NAME_UNKNOWN.id()))
          .isEmpty();
    }
  }

  @Nested
  class MissingFields {
    @ParameterizedTest
    @ValueSource(strings = {"eventVersion", "eventTime", "eventName", "awsRegion", "eventID"})
    void aFieldEveryRecordCarriesIsRequired(String field) {
      Finding f = theOnly(without(createJob(), "/" + field), EnvelopeRules.MISSING_FIELD);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/" + field);
    }

    @Test
    void aNullFieldIsMissing() {
      Finding f = theOnly(with(createJob(), "/awsRegion", null), EnvelopeRules.MISSING_FIELD);
      assertThat(f.pointer()).isEqualTo("/awsRegion");
    }

    @Test
    void eventIdIsOnlyRequiredSinceVersion101() {
      var event = with(without(createJob(), "/eventID"), "/eventVersion", "1.0");
      assertThat(findings(event, EnvelopeRules.MISSING_FIELD.id())).isEmpty();
    }

    @Test
    void anInsightsEventNamesItsCallsInInsightDetails() {
      var event = without(without(createJob(), "/eventSource"), "/eventName");
      with(event, "/eventType", "AwsCloudTrailInsight");
      assertThat(findings(event))
          .filteredOn(
              f ->
                  f.rule().equals(EnvelopeRules.MISSING_FIELD.id())
                      || f.rule().equals(EnvelopeRules.EVENT_SOURCE_MISSING.id()))
          .isEmpty();
    }

    @Test
    void aMissingRecipientAccountIsAWarning() {
      Finding f =
          theOnly(
              without(createJob(), "/recipientAccountId"), EnvelopeRules.RECIPIENT_ACCOUNT_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/recipientAccountId");
    }

    @Test
    void recordsBeforeVersion102HaveNoRecipientAccount() {
      var event = with(without(createJob(), "/recipientAccountId"), "/eventVersion", "1.01");
      assertThat(findings(event, EnvelopeRules.RECIPIENT_ACCOUNT_MISSING.id())).isEmpty();
    }
  }

  @Nested
  class EventVersion {
    @ParameterizedTest
    @ValueSource(strings = {"1", "1.x", "v1.11", "1.11.0", ""})
    void aVersionNotOfTheFormDigitsDotDigitsIsAnError(String version) {
      var event = with(createJob(), "/eventVersion", version);
      if (version.isEmpty()) {
        assertThat(theOnly(event, EnvelopeRules.MISSING_FIELD).pointer())
            .isEqualTo("/eventVersion");
        return;
      }
      Finding f = theOnly(event, EnvelopeRules.EVENT_VERSION_FORM);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/eventVersion");
    }

    @Test
    void aNumberIsNotAVersionString() {
      Finding f =
          theOnly(with(createJob(), "/eventVersion", 1.05), EnvelopeRules.EVENT_VERSION_FORM);
      assertThat(f.pointer()).isEqualTo("/eventVersion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.12", "2.0"})
    void aVersionNewerThan111IsInformation(String version) {
      Finding f =
          theOnly(with(createJob(), "/eventVersion", version), EnvelopeRules.EVENT_VERSION_NEWER);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.pointer()).isEqualTo("/eventVersion");
      assertThat(f.actual()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.11", "1.05", "1.0", "1.9"})
    void versionsUpTo111AreKnown(String version) {
      var event = with(createJob(), "/eventVersion", version);
      assertThat(findings(event))
          .filteredOn(f -> f.rule().startsWith("envelope.event-version"))
          .isEmpty();
    }
  }

  @Nested
  class EventTime {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-11-15 02:57:32Z",
          "2017-11-15T02:57:32",
          "2017-11-15T02:57:32+01:00",
          "Nov 15, 2017 2:57:32 AM",
          "2017-02-30T02:57:32Z",
          "2017-11-15T25:57:32Z"
        })
    void aTimeThatIsNotIsoUtcIsAnError(String time) {
      Finding f = theOnly(with(createJob(), "/eventTime", time), EnvelopeRules.EVENT_TIME_FORM);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/eventTime");
    }

    @Test
    void epochMillisAreNotAnEventTime() {
      Finding f =
          theOnly(with(createJob(), "/eventTime", 1510714652436L), EnvelopeRules.EVENT_TIME_FORM);
      assertThat(f.pointer()).isEqualTo("/eventTime");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"2017-11-15T02:57:32Z", "2017-11-15T02:57:32.123Z", "2024-02-29T00:00:00Z"})
    void isoUtcTimesWithOrWithoutFractionsAreFine(String time) {
      assertThat(
              findings(with(createJob(), "/eventTime", time), EnvelopeRules.EVENT_TIME_FORM.id()))
          .isEmpty();
    }
  }

  @Nested
  class EventType {
    @Test
    void anUndocumentedEventTypeIsAWarning() {
      Finding f =
          theOnly(with(createJob(), "/eventType", "AwsVpceEvents"), EnvelopeRules.EVENT_TYPE);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/eventType");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "AwsApiCall",
          "AwsServiceEvent",
          "AwsConsoleAction",
          "AwsConsoleSignIn",
          "AwsVpceEvent",
          "AwsCloudTrailInsight"
        })
    void documentedEventTypesAreFine(String type) {
      assertThat(findings(with(createJob(), "/eventType", type), EnvelopeRules.EVENT_TYPE.id()))
          .isEmpty();
    }
  }

  @Nested
  class ReadOnly {
    @Test
    void aCreateJobMarkedReadOnlyIsAnError() {
      Finding f = theOnly(with(createJob(), "/readOnly", true), EnvelopeRules.READ_ONLY);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/readOnly");
      assertThat(f.expected()).isEqualTo("false");
      assertThat(f.actual()).isEqualTo("true");
    }

    @Test
    void aListMarkedAsChangingStateIsAnError() {
      var event = with(createJob(), "/eventName", "ListJobs");
      with(event, "/requestParameters", json("{}"));
      with(event, "/responseElements", null);
      Finding f = theOnly(with(event, "/readOnly", false), EnvelopeRules.READ_ONLY);
      assertThat(f.pointer()).isEqualTo("/readOnly");
      assertThat(f.expected()).isEqualTo("true");
    }

    @Test
    void aStringIsNotABoolean() {
      Finding f = theOnly(with(createJob(), "/readOnly", "false"), EnvelopeRules.READ_ONLY);
      assertThat(f.pointer()).isEqualTo("/readOnly");
    }

    @Test
    void aListMarkedReadOnlyIsFine() {
      var event = with(createJob(), "/eventName", "GetJob");
      with(event, "/requestParameters", json("{\"id\":\"1712252725875-defhgi\"}"));
      with(event, "/responseElements", null);
      assertThat(findings(with(event, "/readOnly", true), EnvelopeRules.READ_ONLY.id())).isEmpty();
    }

    @Test
    void otherServicesAreNotChecked() {
      var event = with(createJob(), "/eventSource", "sts.amazonaws.com");
      assertThat(findings(with(event, "/readOnly", true), EnvelopeRules.READ_ONLY.id())).isEmpty();
    }

    @Test
    void aMissingReadOnlyIsNotADisagreement() {
      assertThat(findings(without(createJob(), "/readOnly"), EnvelopeRules.READ_ONLY.id()))
          .isEmpty();
    }
  }

  @Nested
  class ErrorWithResponse {
    @Test
    void aFailedCallWithAResponseIsAWarning() {
      Finding f =
          theOnly(
              with(createJob(), "/errorCode", "BadRequestException"),
              EnvelopeRules.ERROR_WITH_RESPONSE);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/responseElements");
      assertThat(f.relatedPointer()).isEqualTo("/errorCode");
    }

    @Test
    void aFailedCallWithNullResponseElementsIsFine() {
      var event = with(createJob(), "/errorCode", "BadRequestException");
      with(event, "/responseElements", null);
      assertThat(findings(event, EnvelopeRules.ERROR_WITH_RESPONSE.id())).isEmpty();
    }
  }
}
