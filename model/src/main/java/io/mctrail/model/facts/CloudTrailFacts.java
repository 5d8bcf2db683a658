package io.mctrail.model.facts;

import java.util.List;

/**
 * What CloudTrail's documentation says of its records and no model of an API does: written by hand
 * from the CloudTrail record contents reference. The validator's envelope checks judge records by
 * these facts and the testkit's generators draw records from them.
 */
public final class CloudTrailFacts {

  /**
   * The documented values of {@code userIdentity.type}. {@code SAMLUser} and {@code
   * WebIdentityUser} are the types of callers of STS {@code AssumeRoleWithSAML} and {@code
   * AssumeRoleWithWebIdentity}.
   */
  public static final List<String> USER_IDENTITY_TYPES =
      List.of(
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
          "Unknown");

  private CloudTrailFacts() {}
}
