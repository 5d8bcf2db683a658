package io.mctrail.validation.security;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Events with planted secrets go through the whole validator, every layer, and no finding quotes a
 * secret: the security findings point at them, and no other layer repeats them.
 */
class NoSecretInFindingsTest {

  static final String STATIC_KEY = "c0ffee00c0ffee00c0ffee00c0ffee00";
  static final String STATIC_KEY_BAD_FORM = "notHex-but-secret-9f8e7d6c5b4a";
  static final String PASSWORD = "Tr0ub4dor&3-horse";
  static final String SIGNATURE =
      "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592";
  static final String ACCESS_KEY_ID = "AKIAJ7Q2EXAMPLEKEY42";
  static final String SECRET_ACCESS_KEY = "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";
  static final String SPEKE_RESOURCE = "premiere-master-resource-77";

  static final List<String> SECRETS =
      List.of(
          STATIC_KEY,
          STATIC_KEY_BAD_FORM,
          PASSWORD,
          SIGNATURE,
          ACCESS_KEY_ID,
          SECRET_ACCESS_KEY,
          SPEKE_RESOURCE);

  static final String REQUEST_GROUPS = "/requestParameters/settings/outputGroups";
  static final String RESPONSE_GROUPS = "/responseElements/job/settings/outputGroups";

  /** A CreateJob with every kind of secret the security layer knows, planted on both sides. */
  static ObjectNode plantedSecrets() {
    var event = createJob();
    for (String groups : List.of(REQUEST_GROUPS, RESPONSE_GROUPS)) {
      with(
          event,
          groups + "/0/outputGroupSettings/hlsGroupSettings/encryption",
          json(
              "{\"type\":\"STATIC_KEY\",\"staticKeyProvider\":{\"staticKeyValue\":\""
                  + STATIC_KEY
                  + "\",\"url\":\"https://keys.example.com/k\"}}"));
      with(
          event,
          groups + "/1",
          json(
              "{\"outputGroupSettings\":{\"type\":\"CMAF_GROUP_SETTINGS\",\"cmafGroupSettings\":"
                  + "{\"destination\":\"s3://example-output/cmaf/\",\"encryption\":"
                  + "{\"type\":\"STATIC_KEY\",\"staticKeyProvider\":{\"staticKeyValue\":\""
                  + STATIC_KEY_BAD_FORM
                  + "\"},\"spekeKeyProvider\":{\"resourceId\":\""
                  + SPEKE_RESOURCE
                  + "\"}}}},\"outputs\":[]}"));
    }
    String url =
        "https://encoder:"
            + PASSWORD
            + "@media.example.com/clip.mp4?X-Amz-Credential="
            + ACCESS_KEY_ID
            + "%2F20240404%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature="
            + SIGNATURE;
    with(event, "/requestParameters/settings/inputs/0/fileInput", url);
    with(event, "/responseElements/job/settings/inputs/0/fileInput", url);
    with(event, "/requestParameters/userMetadata/aws", SECRET_ACCESS_KEY);
    with(event, "/responseElements/job/userMetadata/aws", SECRET_ACCESS_KEY);
    return event;
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void noFindingQuotesAPlantedSecret(Profile profile) {
    Validator validator = Validator.create(ValidatorConfig.of(profile));
    List<Finding> findings = validator.validate(plantedSecrets().toString()).findings();

    assertThat(findings)
        .extracting(Finding::rule)
        .contains(
            SecurityRules.SECRET_IN_CLEAR.id(),
            SecurityRules.ENCRYPTION_IN_CLEAR.id(),
            SecurityRules.CREDENTIALS_IN_URL.id(),
            SecurityRules.ACCESS_KEY_IN_PAYLOAD.id());
    for (Finding f : findings) {
      Stream.of(f.message(), f.expected(), f.actual(), f.pointer(), f.relatedPointer())
          .filter(java.util.Objects::nonNull)
          .forEach(
              text ->
                  assertThat(text)
                      .as("%s at %s", f.rule(), f.pointer())
                      .doesNotContain(SECRETS.toArray(String[]::new)));
    }
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aRevealedRedactionDoesNotQuoteWhatItReveals(Profile profile) {
    var event = plantedSecrets();
    with(event, REQUEST_GROUPS + "/0/outputGroupSettings/hlsGroupSettings/encryption", "***");
    Validator validator = Validator.create(ValidatorConfig.of(profile));
    List<Finding> findings = validator.validate(event.toString()).findings();

    assertThat(findings).extracting(Finding::rule).contains(SecurityRules.REDACTION_REVEALED.id());
    assertThat(findings)
        .allSatisfy(
            f ->
                assertThat(String.join("|", f.message(), "" + f.expected(), "" + f.actual()))
                    .doesNotContain(SECRETS.toArray(String[]::new)));
  }
}
