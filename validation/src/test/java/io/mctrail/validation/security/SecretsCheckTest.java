package io.mctrail.validation.security;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsCheckTest {

  static final String HLS =
      "/requestParameters/settings/outputGroups/0/outputGroupSettings/hlsGroupSettings";
  static final String KEY = "7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e";

  /** The test event with an HLS static key provider in clear in its request. */
  static ObjectNode staticKeyInRequest(String keyValue) {
    return with(
        createJob(),
        HLS + "/encryption",
        json(
            "{\"type\":\"STATIC_KEY\",\"encryptionMethod\":\"AES128\",\"staticKeyProvider\":"
                + "{\"staticKeyValue\":\""
                + keyValue
                + "\",\"url\":\"https://keys.example.com/k\"}}"));
  }

  @Nested
  class SecretInClear {
    @Test
    void aStaticKeyValueInClearIsAnError() {
      Finding f = theOnly(staticKeyInRequest(KEY), SecurityRules.SECRET_IN_CLEAR);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo(HLS + "/encryption/staticKeyProvider/staticKeyValue");
      assertThat(f.toString()).doesNotContain(KEY);
    }

    @Test
    void aStaticKeyValueAnywhereIsASecret() {
      var event = with(createJob(), "/requestParameters/userMetadata/staticKeyValue", KEY);
      Finding f = theOnly(event, SecurityRules.SECRET_IN_CLEAR);
      assertThat(f.pointer()).isEqualTo("/requestParameters/userMetadata/staticKeyValue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"***", "HIDDEN_DUE_TO_SECURITY_REASONS", ""})
    void aRedactedOrEmptyStaticKeyValueIsFine(String value) {
      assertThat(findings(staticKeyInRequest(value), SecurityRules.SECRET_IN_CLEAR.id())).isEmpty();
    }

    @Test
    void aMemberNamedLikeAPasswordIsASecret() {
      var event =
          with(
              createJob(),
              "/requestParameters/settings/inputs/0/licenseServerPassword",
              "correct horse battery staple");
      Finding f = theOnly(event, SecurityRules.SECRET_IN_CLEAR);
      assertThat(f.pointer())
          .isEqualTo("/requestParameters/settings/inputs/0/licenseServerPassword");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "credentialsSecretName",
          "secretsManagerArn",
          "clientRequestToken",
          "encryptedDecryptionKey",
          "keyFormat",
          "passwordSecretArn"
        })
    void membersThatReferToSecretsAreNotSecrets(String member) {
      var event = with(createJob(), "/requestParameters/" + member, "some-value-1234");
      assertThat(findings(event, SecurityRules.SECRET_IN_CLEAR.id())).isEmpty();
    }

    @Test
    void otherServicesAreNotChecked() {
      var event = with(staticKeyInRequest(KEY), "/eventSource", "sts.amazonaws.com");
      assertThat(findings(event, SecurityRules.SECRET_IN_CLEAR.id())).isEmpty();
    }
  }

  @Nested
  class EncryptionInClear {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "hlsGroupSettings",
          "dashIsoGroupSettings",
          "cmafGroupSettings",
          "msSmoothGroupSettings"
        })
    void anOutputGroupsDrmSettingsInClearAreAWarning(String group) {
      String settings = "/responseElements/job/settings/outputGroups/0/outputGroupSettings/";
      var event =
          with(
              createJob(),
              settings + group + "/encryption",
              json(
                  "{\"spekeKeyProvider\":{\"resourceId\":\"movie-42\","
                      + "\"url\":\"https://speke.example.com/v1\","
                      + "\"systemIds\":[\"edef8ba9-79d6-4ace-a3c8-27dcd51d21ed\"]}}"));
      Finding f = theOnly(event, SecurityRules.ENCRYPTION_IN_CLEAR);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo(settings + group + "/encryption");
    }

    @Test
    void theMarkerCloudTrailWritesIsFine() {
      assertThat(findings(createJob(), SecurityRules.ENCRYPTION_IN_CLEAR.id())).isEmpty();
    }

    @Test
    void anEmptyEncryptionObjectRevealsNothing() {
      var event = with(createJob(), HLS + "/encryption", json("{}"));
      assertThat(findings(event, SecurityRules.ENCRYPTION_IN_CLEAR.id())).isEmpty();
    }

    @Test
    void aStaticKeyInClearIsBothFindings() {
      assertThat(findings(staticKeyInRequest(KEY)))
          .extracting(Finding::rule, Finding::pointer)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  SecurityRules.ENCRYPTION_IN_CLEAR.id(), HLS + "/encryption"),
              org.assertj.core.groups.Tuple.tuple(
                  SecurityRules.SECRET_IN_CLEAR.id(),
                  HLS + "/encryption/staticKeyProvider/staticKeyValue"));
    }
  }
}
