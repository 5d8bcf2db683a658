package io.mctrail.validation.envelope;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierFormsCheckTest {

  @Test
  void anEventIdThatIsNotAGuidIsAWarning() {
    Finding f =
        theOnly(
            with(createJob(), "/eventID", "7c6e3d04-0c3b-42f2-8589-EXAMPLE826c0"),
            EnvelopeRules.EVENT_ID_FORM);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo("/eventID");
  }

  @Test
  void anEventIdInUpperCaseHexIsAGuid() {
    var event = with(createJob(), "/eventID", "22EF8E82-EA2C-4014-9A45-16FD11474B31");
    assertThat(findings(event, EnvelopeRules.EVENT_ID_FORM.id())).isEmpty();
  }

  @Test
  void aMediaConvertRequestIdThatIsNotAUuidIsAWarning() {
    Finding f =
        theOnly(with(createJob(), "/requestID", "3E0A6E34EXAMPLE1"), EnvelopeRules.REQUEST_ID_FORM);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo("/requestID");
  }

  @Test
  void otherServicesWriteOtherRequestIds() {
    var event = with(createJob(), "/eventSource", "s3.amazonaws.com");
    with(event, "/requestID", "3E0A6E34EXAMPLE1");
    assertThat(findings(event, EnvelopeRules.REQUEST_ID_FORM.id())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.0.186", "255.090.254.5", "256.1.1.1", "example.com", "1.2.3"})
  void aSourceThatIsNeitherAnAddressNorAServiceIsAWarning(String source) {
    Finding f =
        theOnly(with(createJob(), "/sourceIPAddress", source), EnvelopeRules.SOURCE_IP_FORM);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo("/sourceIPAddress");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "203.0.113.186",
        "0.0.0.0",
        "2001:db8::1",
        "::ffff:192.0.2.1",
        "signin.amazonaws.com",
        "states.amazonaws.com",
        "AWS Internal"
      })
  void addressesAndServiceNamesAreFine(String source) {
    var event = with(createJob(), "/sourceIPAddress", source);
    assertThat(findings(event, EnvelopeRules.SOURCE_IP_FORM.id())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-north-2r", "apiso-northsouth-3r", "US-WEST-2", "uswest2"})
  void aRegionNotOfTheRegionFormIsAWarning(String region) {
    Finding f = theOnly(with(createJob(), "/awsRegion", region), EnvelopeRules.REGION_FORM);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo("/awsRegion");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"us-west-2", "eu-central-1", "us-gov-west-1", "cn-north-1", "ap-southeast-4"})
  void regionCodesAreFine(String region) {
    var event = with(createJob(), "/awsRegion", region);
    assertThat(findings(event, EnvelopeRules.REGION_FORM.id())).isEmpty();
  }

  @Test
  void theLenientProfileSwitchesTheFormsOfTheWildOff() {
    var event = with(createJob(), "/eventID", "not-a-guid");
    with(event, "/requestID", "not-a-uuid");
    with(event, "/sourceIPAddress", "203.0.113.0.186");
    with(event, "/awsRegion", "us-north-2r");
    Validator lenient = Validator.create(ValidatorConfig.of(Profile.LENIENT));
    assertThat(TestEvents.findings(lenient, event))
        .filteredOn(f -> f.rule().startsWith("envelope."))
        .isEmpty();
    assertThat(findings(event))
        .extracting(Finding::rule)
        .contains(
            EnvelopeRules.EVENT_ID_FORM.id(),
            EnvelopeRules.REQUEST_ID_FORM.id(),
            EnvelopeRules.SOURCE_IP_FORM.id(),
            EnvelopeRules.REGION_FORM.id());
  }
}
