package io.mctrail.validation.envelope;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static io.mctrail.validation.envelope.TestEvents.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdentityCheckTest {

  @Test
  void anApiCallWithoutUserIdentityIsAnError() {
    Finding f = theOnly(without(createJob(), "/userIdentity"), EnvelopeRules.USER_IDENTITY_MISSING);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/userIdentity");
  }

  @Test
  void aUserIdentityThatIsNotAnObjectIsMissing() {
    Finding f =
        theOnly(with(createJob(), "/userIdentity", "admin"), EnvelopeRules.USER_IDENTITY_MISSING);
    assertThat(f.pointer()).isEqualTo("/userIdentity");
  }

  @Test
  void aServiceEventMayComeWithoutUserIdentity() {
    var event = with(without(createJob(), "/userIdentity"), "/eventType", "AwsServiceEvent");
    assertThat(findings(event, EnvelopeRules.USER_IDENTITY_MISSING.id())).isEmpty();
  }

  @Test
  void anUndocumentedIdentityTypeIsAWarning() {
    Finding f =
        theOnly(with(createJob(), "/userIdentity/type", "Robot"), EnvelopeRules.USER_IDENTITY_TYPE);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo("/userIdentity/type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Root",
        "IAMUser",
        "AssumedRole",
        "Role",
        "FederatedUser",
        "Directory",
        "AWSAccount",
        "AWSService",
        "IdentityCenterUser",
        "SAMLUser",
        "WebIdentityUser",
        "Unknown"
      })
  void documentedIdentityTypesAreFine(String type) {
    var event = with(createJob(), "/userIdentity/type", type);
    assertThat(findings(event, EnvelopeRules.USER_IDENTITY_TYPE.id())).isEmpty();
  }
}
