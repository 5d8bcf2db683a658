package io.mctrail.validation.security;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyCheckTest {

  static final String NOTE = "/requestParameters/userMetadata/note";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AKIAIOSFODNN7EXAMPLE",
        "keys ASIAY24FZKAOLBRPB3V3 for the encoder",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
      })
  void credentialsInAPayloadAreAWarning(String value) {
    Finding f = theOnly(with(createJob(), NOTE, value), SecurityRules.ACCESS_KEY_IN_PAYLOAD);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.pointer()).isEqualTo(NOTE);
    assertThat(f.toString()).doesNotContain(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AKIAIOSFODNN7EXAMPL",
        "XAKIAIOSFODNN7EXAMPLE",
        "AIDACKCEVSQ6C2EXAMPLE",
        "Movies/Season2/Episode10/FinalCutMaster1",
        "Prod/Videos/2024/January/Campaign1/Final",
        "0123456789abcdef0123456789abcdef01234567"
      })
  void namesPathsAndIdsThatAreNotCredentialsAreFine(String value) {
    assertThat(findings(with(createJob(), NOTE, value), SecurityRules.ACCESS_KEY_IN_PAYLOAD.id()))
        .isEmpty();
  }

  @Test
  void theCallersAccessKeyIdInUserIdentityIsNotAPayload() {
    var event = with(createJob(), "/userIdentity/accessKeyId", "AKIAIOSFODNN7EXAMPLE");
    assertThat(findings(event, SecurityRules.ACCESS_KEY_IN_PAYLOAD.id())).isEmpty();
  }

  @Test
  void servicesThatReturnCredentialsByDesignAreNotSearched() {
    var event = with(createJob(), "/eventSource", "sts.amazonaws.com");
    with(event, "/eventName", "AssumeRole");
    with(event, "/responseElements/credentials/accessKeyId", "ASIAY24FZKAOLBRPB3V3");
    assertThat(findings(event, SecurityRules.ACCESS_KEY_IN_PAYLOAD.id())).isEmpty();
  }
}
