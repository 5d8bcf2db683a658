package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.facts.CloudTrailFacts;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.testkit.Draws;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The {@code userIdentity} of a record, in each of the types CloudTrail documents, with the fields
 * each type carries (CloudTrail userIdentity element): an IAM user's access key and name, an
 * assumed role's session and its issuer, a federated user's issuer, a web identity's provider, an
 * Identity Center user's {@code onBehalfOf}, a service's {@code invokedBy}. Every account and ARN
 * in it is the scope's account.
 */
public final class Identities {

  /** The identity types of the CloudTrail userIdentity element, as CloudTrail documents them. */
  public static final List<String> TYPES = CloudTrailFacts.USER_IDENTITY_TYPES;

  /** Services that call MediaConvert on a user's behalf. */
  static final List<String> SERVICES =
      List.of(
          "cloudformation.amazonaws.com",
          "events.amazonaws.com",
          "lambda.amazonaws.com",
          "states.amazonaws.com",
          "mediapackage.amazonaws.com");

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final List<String> USERS = List.of("alice", "bob", "video-ops", "ci-deployer");
  private static final List<String> ROLES =
      List.of("MediaConvertRole", "Admin", "TranscodeWorker", "service-role/MediaConvert_Default");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Identities() {}

  /** The type drawn for a record: IAM users and assumed roles most often, every type at times. */
  static String type(RandomGenerator random) {
    return switch (Draws.index(random, 4)) {
      case 0 -> "IAMUser";
      case 1 -> "AssumedRole";
      default -> TYPES.get(Draws.index(random, TYPES.size()));
    };
  }

  /** A {@code userIdentity} of {@code type} in {@code scope}. */
  static ObjectNode identity(String type, EventScope scope, RandomGenerator random) {
    ObjectNode id = JSON.objectNode().put("type", type);
    String account = scope.account();
    switch (type) {
      case "Root" -> {
        id.put("principalId", account).put("arn", scope.iamArn("root")).put("accountId", account);
        if (Draws.chance(random, 50)) {
          id.put("accessKeyId", accessKey("ASIA", random));
          id.set("sessionContext", session(scope, random));
        }
      }
      case "IAMUser" -> {
        String user = pick(USERS, random);
        id.put("principalId", principal("AIDA", random))
            .put("arn", scope.iamArn("user/" + user))
            .put("accountId", account)
            .put("accessKeyId", accessKey(Draws.chance(random, 30) ? "ASIA" : "AKIA", random))
            .put("userName", user);
        if (Draws.chance(random, 30)) {
          id.set("sessionContext", session(scope, random));
        }
      }
      case "AssumedRole" -> {
        String role = pick(ROLES, random);
        String roleName = role.substring(role.lastIndexOf('/') + 1);
        String session = pick(USERS, random);
        String rolePrincipal = principal("AROA", random);
        id.put("principalId", rolePrincipal + ":" + session)
            .put("arn", scope.arn("sts", "", "assumed-role/" + roleName + "/" + session))
            .put("accountId", account)
            .put("accessKeyId", accessKey("ASIA", random));
        ObjectNode context = session(scope, random);
        context
            .putObject("sessionIssuer")
            .put("type", "Role")
            .put("principalId", rolePrincipal)
            .put("arn", scope.iamArn("role/" + role))
            .put("accountId", account)
            .put("userName", roleName);
        context.putObject("webIdFederationData");
        if (Draws.chance(random, 20)) {
          context.put("sourceIdentity", session);
        }
        if (Draws.chance(random, 10)) {
          context.put("ec2RoleDelivery", "2.0");
        }
        id.set("sessionContext", context);
        if (scope.atLeast("1.11") && Draws.chance(random, 20)) {
          id.putObject("inScopeOf")
              .put("issuerType", "AWS::Lambda::Function")
              .put("credentialsIssuedTo", scope.arn("lambda", scope.region(), "function:encode"))
              .put("sourceAccount", account);
        }
      }
      case "Role" -> {
        String role = pick(ROLES, random);
        id.put("principalId", principal("AROA", random))
            .put("arn", scope.iamArn("role/" + role))
            .put("accountId", account);
      }
      case "FederatedUser" -> {
        String user = pick(USERS, random);
        String issuer = principal("AIDA", random);
        id.put("principalId", account + ":" + user)
            .put("arn", scope.arn("sts", "", "federated-user/" + user))
            .put("accountId", account)
            .put("accessKeyId", accessKey("ASIA", random));
        ObjectNode context = session(scope, random);
        context
            .putObject("sessionIssuer")
            .put("type", "IAMUser")
            .put("principalId", issuer)
            .put("arn", scope.iamArn("user/" + user))
            .put("accountId", account)
            .put("userName", user);
        id.set("sessionContext", context);
      }
      case "Directory" -> id.put("principalId", "d-" + hex(10, random)).put("accountId", account);
      case "AWSAccount" ->
          id.put("principalId", principal("AIDA", random)).put("accountId", account);
      case "AWSService" -> id.put("invokedBy", pick(SERVICES, random));
      case "IdentityCenterUser" -> {
        id.put("accountId", account).put("credentialId", hex(32, random));
        if (scope.atLeast("1.10")) {
          id.putObject("onBehalfOf")
              .put("userId", uuid(random))
              .put(
                  "identityStoreArn",
                  scope.arn("identitystore", "", "identitystore/d-" + hex(10, random)));
        }
      }
      case "SAMLUser" ->
          id.put("principalId", "SAMLProvider:" + pick(USERS, random))
              .put("userName", pick(USERS, random))
              .put("identityProvider", "SAMLProvider");
      case "WebIdentityUser" ->
          id.put("principalId", "accounts.google.com:" + Draws.longBetween(random, 1, 1L << 40))
              .put("userName", pick(USERS, random))
              .put("identityProvider", "accounts.google.com");
      default -> id.put("principalId", "anonymous-" + hex(8, random)).put("accountId", account);
    }
    return id;
  }

  /** A session's attributes: issued before the call, with or without MFA. */
  private static ObjectNode session(EventScope scope, RandomGenerator random) {
    ObjectNode context = JSON.objectNode();
    context
        .putObject("attributes")
        .put(
            "creationDate",
            Timestamp.iso(scope.eventTime().minusSeconds(Draws.longBetween(random, 0, 43_200)))
                .text())
        .put("mfaAuthenticated", Draws.chance(random, 30) ? "true" : "false");
    return context;
  }

  static String principal(String prefix, RandomGenerator random) {
    return prefix + chars(UPPER, 17, random);
  }

  static String accessKey(String prefix, RandomGenerator random) {
    return prefix + chars(UPPER, 16, random);
  }

  /** A version 4 UUID in lowercase, as CloudTrail writes eventID and MediaConvert requestID. */
  static String uuid(RandomGenerator random) {
    String h = hex(32, random);
    return h.substring(0, 8)
        + "-"
        + h.substring(8, 12)
        + "-4"
        + h.substring(13, 16)
        + "-"
        + "89ab".charAt(Draws.index(random, 4))
        + h.substring(17, 20)
        + "-"
        + h.substring(20);
  }

  static String hex(int length, RandomGenerator random) {
    return chars("0123456789abcdef", length, random);
  }

  static String chars(String alphabet, int length, RandomGenerator random) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(Draws.index(random, alphabet.length())));
    }
    return b.toString();
  }

  static <T> T pick(List<T> values, RandomGenerator random) {
    return values.get(Draws.index(random, values.size()));
  }
}
