package io.mctrail.validation.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.facts.CloudTrailFacts;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.Set;

/**
 * Who made the call: an API call's record must say, and in one of the identity types CloudTrail
 * documents. Account ids of the identity are checked by {@link AccountsCheck}.
 */
public final class UserIdentityCheck implements Check {

  /** The documented userIdentity types. */
  static final Set<String> TYPES = Set.copyOf(CloudTrailFacts.USER_IDENTITY_TYPES);

  private static final List<Rule> RULES =
      List.of(EnvelopeRules.USER_IDENTITY_MISSING, EnvelopeRules.USER_IDENTITY_TYPE);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    JsonNode identity = event.root().get("userIdentity");
    if (identity == null || !identity.isObject()) {
      // Service events and Insights events may come without one; an API call always has a caller.
      if ("AwsApiCall".equals(event.text("eventType"))) {
        findings.add(
            EnvelopeRules.USER_IDENTITY_MISSING,
            "/userIdentity",
            identity == null || identity.isNull()
                ? "an AwsApiCall record has no userIdentity"
                : "userIdentity is a "
                    + identity.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not an object");
      }
      return;
    }
    JsonNode type = identity.get("type");
    if (type != null && !type.isNull() && (!type.isTextual() || !TYPES.contains(type.asText()))) {
      findings.add(
          EnvelopeRules.USER_IDENTITY_TYPE,
          "/userIdentity/type",
          null,
          "userIdentity.type is not a documented identity type",
          String.join(", ", TYPES.stream().sorted().toList()),
          Forms.shown(type));
    }
  }
}
