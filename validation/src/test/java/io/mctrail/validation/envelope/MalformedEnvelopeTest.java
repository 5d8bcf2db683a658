package io.mctrail.validation.envelope;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import io.mctrail.validation.syntax.SyntaxRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Envelope fields of the wrong JSON type are findings, never a failed check: the envelope and
 * security checks read the tree as it is and must not throw on any shape of it.
 */
class MalformedEnvelopeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/userIdentity|[1,2]",
        "/userIdentity/sessionContext|\"x\"",
        "/userIdentity/sessionContext/sessionIssuer|[null]",
        "/resources|{\"ARN\":\"arn:aws:mediaconvert:us-east-1:1:queues/q\"}",
        "/resources|[null,\"x\",{\"ARN\":5,\"accountId\":true}]",
        "/requestParameters|\"***\"",
        "/responseElements|[{\"job\":null}]",
        "/responseElements/job|\"***\"",
        "/requestParameters/settings|[[[\"arn:aws:mediaconvert:::\"]]]",
        "/eventVersion|{\"major\":1}",
        "/eventTime|[]",
        "/eventSource|42",
        "/eventName|{}",
        "/awsRegion|false",
        "/recipientAccountId|[\"111122223333\"]",
        "/readOnly|{}",
        "/errorCode|{}",
        "/requestParameters/settings/inputs/0/fileInput|\"https://@:@?=&=#\""
      })
  void aFieldOfTheWrongTypeIsNeverAFailedCheck(String pointer, String value) {
    var event = with(createJob(), pointer, json(value));
    for (Profile profile : Profile.values()) {
      Validator validator = Validator.create(ValidatorConfig.of(profile));
      assertThat(TestEvents.findings(validator, event))
          .extracting(Finding::rule)
          .doesNotContain(SyntaxRules.CHECK_FAILED.id());
    }
  }
}
