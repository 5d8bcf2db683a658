package io.mctrail.validation.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonNodes;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.Set;

/**
 * Accounts and regions: every account id is 12 digits, and the accounts and regions named by the
 * record's identity, its resources and (for MediaConvert) its payloads agree with {@code
 * recipientAccountId} and {@code awsRegion}.
 *
 * <p>How serious a disagreement is depends on what the ARN names:
 *
 * <ul>
 *   <li>A <b>MediaConvert ARN</b> (a job, queue, preset or job template) in another account than
 *       {@code recipientAccountId} is an error ({@link EnvelopeRules#RESOURCE_ACCOUNT_MISMATCH}).
 *       MediaConvert has no resource-based policies and no cross-account queues or templates: a
 *       call reaches only resources of the caller's account, and CloudTrail delivers the record to
 *       that account. Likewise its region must be {@code awsRegion} ({@link
 *       EnvelopeRules#REGION_MISMATCH}): MediaConvert resources are regional and the endpoint of
 *       one region serves only that region's resources.
 *   <li>An <b>identity</b> of another account ({@code userIdentity.accountId} or {@code arn}), an
 *       <b>IAM role</b> or another service's resource ({@code resources[]}, a KMS key, an ACM
 *       certificate) is a warning ({@link EnvelopeRules#ACCOUNT_MISMATCH}). The record contents
 *       reference documents cross-account access: when a principal of one account uses a resource
 *       of another, both accounts receive the record, with the caller's {@code accountId} and each
 *       receiver's {@code recipientAccountId}; a KMS key used for S3 output encryption may belong
 *       to another account. Worth a look, not wrong. IAM ARNs have no region, and other services'
 *       resources may be in other regions, so only MediaConvert ARNs are held to {@code awsRegion}.
 *   <li>Two account fields of <b>one</b> identity or resource entry that disagree (an assumed
 *       role's ARN and its {@code accountId}, a resource's {@code ARN} and {@code accountId}) are
 *       also reported as {@link EnvelopeRules#ACCOUNT_MISMATCH}: CloudTrail never writes them so,
 *       but anonymisers do, and the lenient profile must be able to switch all of these off at
 *       once.
 * </ul>
 *
 * <p>Free-form strings the caller chose ({@code userMetadata}, tags) are not read as ARNs.
 */
public final class AccountsCheck implements Check {

  /** What CloudTrail writes as the account of anonymous callers (S3 and EFS data events). */
  private static final Set<String> ANONYMOUS = Set.of("ANONYMOUS_PRINCIPAL", "anonymous");

  /** Members whose values are the caller's own words, not ARNs MediaConvert resolved. */
  private static final Set<String> FREE_FORM = Set.of("userMetadata", "tags", "Tags");

  private static final List<Rule> RULES =
      List.of(
          EnvelopeRules.ACCOUNT_FORM,
          EnvelopeRules.ACCOUNT_MISMATCH,
          EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH,
          EnvelopeRules.REGION_MISMATCH);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    JsonNode root = event.root();
    JsonNode identity = root.path("userIdentity");
    JsonNode issuer = identity.path("sessionContext").path("sessionIssuer");
    accountForm(root.get("recipientAccountId"), "/recipientAccountId", false, findings);
    accountForm(identity.get("accountId"), "/userIdentity/accountId", true, findings);
    accountForm(
        issuer.get("accountId"),
        "/userIdentity/sessionContext/sessionIssuer/accountId",
        false,
        findings);
    accountForm(root.get("vpcEndpointAccountId"), "/vpcEndpointAccountId", false, findings);
    JsonNode resources = root.path("resources");
    if (!resources.isArray()) {
      resources = MissingNode.getInstance();
    }
    for (int i = 0; i < resources.size(); i++) {
      accountForm(
          resources.get(i).get("accountId"), "/resources/" + i + "/accountId", false, findings);
    }

    Scope scope = new Scope(event.text("recipientAccountId"), event.text("awsRegion"), findings);
    scope.identity(identity, issuer);
    for (int i = 0; i < resources.size(); i++) {
      scope.resource(resources.get(i), "/resources/" + i);
    }
    if (event.isMediaConvert()) {
      for (EventContext.PayloadString string : event.payloadStrings()) {
        Arn arn = string.value().startsWith("arn:") ? Arn.parse(string.value()) : null;
        if (arn != null && !string.isUnder(FREE_FORM)) {
          scope.arn(arn, string.path().pointer(), true);
        }
      }
    }
  }

  private static void accountForm(
      JsonNode n, String pointer, boolean anonymousAllowed, Findings findings) {
    if (n == null || n.isNull()) {
      return;
    }
    if (n.isTextual()) {
      String text = n.asText();
      if (Forms.isAccountId(text)
          || RedactionMarker.isMarker(text)
          || (anonymousAllowed && ANONYMOUS.contains(text))) {
        return;
      }
    }
    findings.add(
        EnvelopeRules.ACCOUNT_FORM,
        pointer,
        null,
        "an account id is not 12 digits",
        "12 digits",
        Forms.shown(n));
  }

  /** The record's account and region, and the comparisons against them. */
  private record Scope(String recipient, String region, Findings findings) {

    boolean hasRecipient() {
      return Forms.isAccountId(recipient);
    }

    /**
     * The caller's account against the recipient's, once; then the identity's other account fields
     * against the first one found.
     */
    void identity(JsonNode identity, JsonNode issuer) {
      String accountPointer = null;
      String account = null;
      for (String[] field :
          new String[][] {
            {"/userIdentity/accountId", JsonNodes.text(identity, "accountId")},
            {"/userIdentity/arn", arnAccount(JsonNodes.text(identity, "arn"))},
            {
              "/userIdentity/sessionContext/sessionIssuer/accountId",
              JsonNodes.text(issuer, "accountId")
            },
            {
              "/userIdentity/sessionContext/sessionIssuer/arn",
              arnAccount(JsonNodes.text(issuer, "arn"))
            }
          }) {
        if (!Forms.isAccountId(field[1])) {
          continue;
        }
        if (account == null) {
          account = field[1];
          accountPointer = field[0];
          if (hasRecipient() && !account.equals(recipient)) {
            findings.add(
                EnvelopeRules.ACCOUNT_MISMATCH,
                field[0],
                "/recipientAccountId",
                "the caller's account is not recipientAccountId (a cross-account call?)",
                recipient,
                account);
          }
        } else if (!field[1].equals(account)) {
          findings.add(
              EnvelopeRules.ACCOUNT_MISMATCH,
              field[0],
              accountPointer,
              "two account fields of userIdentity disagree",
              account,
              field[1]);
        }
      }
    }

    /** One resources[] entry: its ARN against its accountId, then against the record. */
    void resource(JsonNode resource, String pointer) {
      Arn arn = Arn.parse(JsonNodes.text(resource, "ARN"));
      String accountId = JsonNodes.text(resource, "accountId");
      String arnPointer = pointer + "/ARN";
      String idPointer = pointer + "/accountId";
      boolean hasId = Forms.isAccountId(accountId);
      if (arn != null && arn.hasAccountId() && hasId && !arn.account().equals(accountId)) {
        findings.add(
            EnvelopeRules.ACCOUNT_MISMATCH,
            arnPointer,
            idPointer,
            "the resource's ARN and accountId name different accounts",
            accountId,
            arn.account());
        if (arn.isMediaConvert()) {
          arn(arn, arnPointer, false);
        }
        return;
      }
      if (arn != null && (arn.isMediaConvert() || arn.hasAccountId())) {
        arn(arn, arnPointer, false);
      } else if (hasId && hasRecipient() && !accountId.equals(recipient)) {
        findings.add(
            EnvelopeRules.ACCOUNT_MISMATCH,
            idPointer,
            "/recipientAccountId",
            "the resource belongs to another account than recipientAccountId",
            recipient,
            accountId);
      }
    }

    /** An ARN against the record's account and, for MediaConvert's, its region. */
    void arn(Arn arn, String pointer, boolean inPayload) {
      if (arn.isMediaConvert()) {
        if (arn.hasAccountId() && hasRecipient() && !arn.account().equals(recipient)) {
          findings.add(
              EnvelopeRules.RESOURCE_ACCOUNT_MISMATCH,
              pointer,
              "/recipientAccountId",
              "a MediaConvert ARN names another account than recipientAccountId",
              recipient,
              arn.account());
        }
        if (!arn.region().isEmpty() && region != null && !arn.region().equals(region)) {
          findings.add(
              EnvelopeRules.REGION_MISMATCH,
              pointer,
              "/awsRegion",
              "a MediaConvert ARN names another region than awsRegion",
              region,
              arn.region());
        }
      } else if (arn.hasAccountId() && hasRecipient() && !arn.account().equals(recipient)) {
        findings.add(
            EnvelopeRules.ACCOUNT_MISMATCH,
            pointer,
            "/recipientAccountId",
            (inPayload ? "an ARN in the payload" : "the resource's ARN")
                + " names another account than recipientAccountId (cross-account access?)",
            recipient,
            arn.account());
      }
    }

    private static String arnAccount(String text) {
      Arn arn = Arn.parse(text);
      return arn == null ? null : arn.account();
    }
  }
}
