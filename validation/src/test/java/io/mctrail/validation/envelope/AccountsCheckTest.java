package io.mctrail.validation.envelope;

import static io.mctrail.validation.envelope.TestEvents.createJob;
import static io.mctrail.validation.envelope.TestEvents.findings;
import static io.mctrail.validation.envelope.TestEvents.json;
import static io.mctrail.validation.envelope.TestEvents.theOnly;
import static io.mctrail.validation.envelope.TestEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountsCheckTest {

  private static final String OTHER = "444455556666";

  /** The test event's caller, all four of its account fields, moved to another account. */
  private static ObjectNode callerOfAnotherAccount() {
    var event = createJob();
    with(event, "/userIdentity/accountId", OTHER);
    with(event, "/userIdentity/arn", "arn:aws:sts::" + OTHER + ":assumed-role/encoder/encoder");
    with(event, "/userIdentity/sessionContext/sessionIssuer/accountId", OTHER);
    with(
        event,
        "/userIdentity/sessionContext/sessionIssuer/arn",
        "arn:aws:iam::" + OTHER + ":role/encoder");
    return event;
  }

  @Nested
  class AccountForm {
    @ParameterizedTest
    @ValueSource(strings = {"11112222333", "1111222233334", "11112222333a", ""})
    void aRecipientAccountThatIsNot12DigitsIsAnError(String account) {
      Finding f =
          theOnly(with(createJob(), "/recipientAccountId", account), EnvelopeRules.ACCOUNT_FORM);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/recipientAccountId");
    }

    @Test
    void aNumericAccountIdIsNotAString() {
      Finding f =
          theOnly(
              with(createJob(), "/userIdentity/accountId", 111122223333L),
              EnvelopeRules.ACCOUNT_FORM);
      assertThat(f.pointer()).isEqualTo("/userIdentity/accountId");
    }

    @Test
    void everyResourceAccountIdIsChecked() {
      var event =
          with(
              createJob(),
              "/resources",
              json("[{\"accountId\":\"111122223333\"},{\"accountId\":\"1111-2222-3333\"}]"));
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_FORM);
      assertThat(f.pointer()).isEqualTo("/resources/1/accountId");
    }

    @Test
    void theSessionIssuersAccountIdIsChecked() {
      var event =
          with(createJob(), "/userIdentity/sessionContext/sessionIssuer/accountId", "111122223");
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_FORM);
      assertThat(f.pointer()).isEqualTo("/userIdentity/sessionContext/sessionIssuer/accountId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANONYMOUS_PRINCIPAL", "anonymous", "HIDDEN_DUE_TO_SECURITY_REASONS"})
    void anonymousCallersAndRedactedAccountsAreNotMalformed(String account) {
      var event = with(createJob(), "/userIdentity/accountId", account);
      assertThat(findings(event, EnvelopeRules.ACCOUNT_FORM.id())).isEmpty();
    }

    @Test
    void twelveDigitsWithLeadingZerosAreAnAccountId() {
      var event = with(createJob(), "/recipientAccountId", "012345679012");
      assertThat(findings(event, EnvelopeRules.ACCOUNT_FORM.id())).isEmpty();
    }
  }

  @Nested
  class AccountMismatch {
    @Test
    void aCallerOfAnotherAccountIsOneWarning() {
      Finding f = theOnly(callerOfAnotherAccount(), EnvelopeRules.ACCOUNT_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/userIdentity/accountId");
      assertThat(f.relatedPointer()).isEqualTo("/recipientAccountId");
      assertThat(f.expected()).isEqualTo("111122223333");
      assertThat(f.actual()).isEqualTo(OTHER);
    }

    @Test
    void aSessionIssuerOfAnotherAccountThanItsSessionIsAWarning() {
      var event =
          with(
              createJob(),
              "/userIdentity/sessionContext/sessionIssuer/arn",
              "arn:aws:iam::" + OTHER + ":role/encoder");
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/userIdentity/sessionContext/sessionIssuer/arn");
      assertThat(f.relatedPointer()).isEqualTo("/userIdentity/accountId");
    }

    @Test
    void aRoleOfAnotherAccountInTheRequestIsAWarning() {
      var event =
          with(createJob(), "/requestParameters/role", "arn:aws:iam::" + OTHER + ":role/Transcode");
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.pointer()).isEqualTo("/requestParameters/role");
      assertThat(f.relatedPointer()).isEqualTo("/recipientAccountId");
    }

    @Test
    void aResourceOfAnotherAccountIsAWarning() {
      var event =
          with(
              createJob(),
              "/resources",
              json(
                  "[{\"type\":\"AWS::KMS::Key\",\"ARN\":\"arn:aws:kms:us-west-2:"
                      + OTHER
                      + ":key/1234abcd-12ab-34cd-56ef-1234567890ab\"}]"));
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/resources/0/ARN");
    }

    @Test
    void aResourceWhoseArnAndAccountIdDisagreeIsAWarning() {
      var event =
          with(
              createJob(),
              "/resources",
              json(
                  "[{\"accountId\":\"111122223333\",\"ARN\":\"arn:aws:iam::"
                      + OTHER
                      + ":role/encoder\"}]"));
      Finding f = theOnly(event, EnvelopeRules.ACCOUNT_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/resources/0/ARN");
      assertThat(f.relatedPointer()).isEqualTo("/resources/0/accountId");
    }

    @Test
    void userMetadataIsTheCallersOwnWordsAndNotReadAsArns() {
      var event =
          with(
              createJob(),
              "/requestParameters/userMetadata/source",
              "arn:aws:mediaconvert:eu-west-1:" + OTHER + ":queues/Elsewhere");
      assertThat(findings(event)).filteredOn(f -> f.rule().startsWith("envelope.")).isEmpty();
    }

    @Test
    void anotherServicesPayloadArnsAreNotRead() {
      var event = with(createJob(), "/eventSource", "sts.amazonaws.com");
      with(event, "/eventName", "AssumeRole");
      with(event, "/requestParameters/roleArn", "arn:aws:iam::" + OTHER + ":role/x");
      assertThat(findings(event, EnvelopeRules.ACCOUNT_MISMATCH.id())).isEmpty();
    }
  }

  @Nested
  class ResourceAccountMismatch {
    @Test
    void aQueueOfAnotherAccountIsAnError() {
      var event =
          with(
              createJob(),
              "/requestParameters/queue",
              "arn:aws:mediaconvert:us-west-2:" + OTHER + ":queues/Default");
      Finding f = theOnly(event, EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/requestParameters/queue");
      assertThat(f.relatedPointer()).isEqualTo("/recipientAccountId");
      assertThat(f.actual()).isEqualTo(OTHER);
    }

    @Test
    void aJobArnOfAnotherAccountInTheResponseIsAnError() {
      var event =
          with(
              createJob(),
              "/responseElements/job/arn",
              "arn:aws:mediaconvert:us-west-2:" + OTHER + ":jobs/1712252725875-defhgi");
      Finding f = theOnly(event, EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/responseElements/job/arn");
    }

    @Test
    void aMediaConvertResourceOfAnotherAccountIsAnError() {
      var event =
          with(
              createJob(),
              "/resources",
              json("[{\"ARN\":\"arn:aws:mediaconvert:us-west-2:" + OTHER + ":queues/Default\"}]"));
      Finding f = theOnly(event, EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/resources/0/ARN");
    }

    @Test
    void aCallerOfAnotherAccountDoesNotMoveTheQueue() {
      assertThat(findings(callerOfAnotherAccount(), EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH.id()))
          .isEmpty();
    }

    @Test
    void theLenientProfileSwitchesAccountAgreementOff() {
      var event = callerOfAnotherAccount();
      with(
          event,
          "/requestParameters/queue",
          "arn:aws:mediaconvert:us-east-1:" + OTHER + ":queues/Default");
      Validator lenient = Validator.create(ValidatorConfig.of(Profile.LENIENT));
      assertThat(TestEvents.findings(lenient, event))
          .filteredOn(f -> f.rule().startsWith("envelope."))
          .isEmpty();
    }
  }

  @Nested
  class RegionMismatch {
    @Test
    void aQueueOfAnotherRegionIsAnError() {
      var event =
          with(
              createJob(),
              "/requestParameters/queue",
              "arn:aws:mediaconvert:us-east-1:111122223333:queues/Default");
      Finding f = theOnly(event, EnvelopeRules.REGION_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.pointer()).isEqualTo("/requestParameters/queue");
      assertThat(f.relatedPointer()).isEqualTo("/awsRegion");
      assertThat(f.expected()).isEqualTo("us-west-2");
      assertThat(f.actual()).isEqualTo("us-east-1");
    }

    @Test
    void iamArnsHaveNoRegion() {
      var event = with(createJob(), "/awsRegion", "eu-west-1");
      with(
          event,
          "/requestParameters/queue",
          "arn:aws:mediaconvert:eu-west-1:111122223333:queues/Q");
      with(
          event,
          "/responseElements/job/queue",
          "arn:aws:mediaconvert:eu-west-1:111122223333:queues/Q");
      with(
          event,
          "/responseElements/job/arn",
          "arn:aws:mediaconvert:eu-west-1:111122223333:jobs/1712252725875-defhgi");
      assertThat(findings(event, EnvelopeRules.REGION_MISMATCH.id())).isEmpty();
    }

    @Test
    void anotherServicesArnMayBeInAnotherRegion() {
      var event =
          with(
              createJob(),
              "/requestParameters/settings/outputGroups/0/outputGroupSettings/hlsGroupSettings"
                  + "/destinationSettings/s3Settings/encryption/kmsKeyArn",
              "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
      assertThat(findings(event, EnvelopeRules.REGION_MISMATCH.id())).isEmpty();
    }
  }
}
