package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.ConsistentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Defects of the CloudTrail envelope: its fields, forms, identity, accounts and regions. */
final class EnvelopeMutations {

  /**
   * Names MediaConvert's API could plausibly give an operation. The defect uses those the model the
   * build read does not have: a newer model has StartJobsQuery and CreateResourceShare.
   */
  static final List<String> PLAUSIBLE_OPERATIONS =
      List.of(
          "StartJobsQuery", "CreateResourceShare", "ProbeMedia", "DescribeJobEngine", "PauseQueue");

  private EnvelopeMutations() {}

  /** The {@link #PLAUSIBLE_OPERATIONS} the model does not have, in that order. */
  static List<String> unknownOperations() {
    return PLAUSIBLE_OPERATIONS.stream()
        .filter(name -> !MediaConvertOperations.ALL.containsKey(name))
        .toList();
  }

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        DefinedMutation.of(
            "envelope.event-source-missing",
            "eventSource removed",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.remove("eventSource");
              return new Defect().expect("envelope.event-source-missing", "/eventSource");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-name-unknown",
            "eventName replaced by an operation the model does not have",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("eventName", pick(unknownOperations(), r));
              return new Defect().expect("envelope.event-name-unknown", "/eventName");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.missing-field",
            "a field every record carries removed",
            MutationEvents.any(),
            (copy, e, r) -> {
              String field =
                  pick(
                      List.of("eventVersion", "eventTime", "eventName", "awsRegion", "eventID"), r);
              copy.remove(field);
              Defect d = new Defect().expect("envelope.missing-field", "/" + field).detail(field);
              if (field.equals("eventVersion") || field.equals("eventTime")) {
                // The envelope model requires these two as well.
                d.expect("constraints.required", "/" + field);
              }
              return d;
            }));
    m.add(
        DefinedMutation.of(
            "envelope.recipient-account-missing",
            "recipientAccountId removed",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.remove("recipientAccountId");
              return new Defect()
                  .expect("envelope.recipient-account-missing", "/recipientAccountId");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-version-form",
            "eventVersion not of the form major.minor",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("eventVersion", pick(List.of("1.x", "v1.08", "1", "1.08.1", ""), r));
              if (copy.get("eventVersion").asText().isEmpty()) {
                copy.put("eventVersion", "one.eight");
              }
              return new Defect().expect("envelope.event-version-form", "/eventVersion");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-version-newer",
            "eventVersion newer than the model knows",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("eventVersion", pick(List.of("1.12", "1.20", "2.0"), r));
              return new Defect().expect("envelope.event-version-newer", "/eventVersion");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-time-form",
            "eventTime written in another timestamp form (the same instant)",
            MutationEvents.any(),
            (copy, e, r) -> {
              Instant at = e.scope().eventTime();
              String text =
                  switch (Draws.index(r, 4)) {
                    case 0 -> Timestamp.of(at, Timestamp.Form.LEGACY_TEXT).text();
                    case 1 -> Timestamp.of(at, Timestamp.Form.EPOCH_SECONDS_STRING).text();
                    case 2 -> at.atOffset(java.time.ZoneOffset.ofHours(2)).toString();
                    default -> at.toString().replace("Z", "+00:00");
                  };
              copy.put("eventTime", text);
              return new Defect().expect("envelope.event-time-form", "/eventTime").detail(text);
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-type",
            "eventType not one CloudTrail documents",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("eventType", pick(List.of("AwsApiCallV2", "ApiCall", "awsapicall"), r));
              return new Defect().expect("envelope.event-type", "/eventType");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.read-only",
            "readOnly flipped",
            MutationEvents.any(),
            (copy, e, r) -> {
              boolean readOnly = MediaConvertOperations.ALL.get(e.operation()).isReadOnly();
              copy.set("readOnly", BooleanNode.valueOf(!readOnly));
              return new Defect().expect("envelope.read-only", "/readOnly");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.error-with-response",
            "an error code on a call that has response elements",
            MutationEvents.withResponse(),
            (copy, e, r) -> {
              copy.put("errorCode", "InternalServerErrorException");
              copy.put("errorMessage", "The service encountered an internal error.");
              return new Defect().expect("envelope.error-with-response", "/responseElements");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.event-id-form",
            "eventID not a GUID",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("eventID", pick(List.of("EXAMPLE-event-id", "12345", "not-a-guid"), r));
              return new Defect().expect("envelope.event-id-form", "/eventID");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.request-id-form",
            "requestID not a UUID (an S3 request id)",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put("requestID", "3E57427F3EXAMPLE");
              return new Defect().expect("envelope.request-id-form", "/requestID");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.source-ip-form",
            "sourceIPAddress neither an address nor a service name",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.put(
                  "sourceIPAddress",
                  pick(List.of("255.090.254.5", "203.0.113.0.186", "my-laptop.local"), r));
              return new Defect().expect("envelope.source-ip-form", "/sourceIPAddress");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.region-form",
            "awsRegion not a region code (and every MediaConvert ARN in that region, so that they"
                + " still agree)",
            MutationEvents.any(),
            (copy, e, r) -> {
              String region = pick(List.of("us-north-2r", "US-WEST-2", "uswest2"), r);
              copy.put("awsRegion", region);
              for (String arn : Arns.mediaConvert(copy).keySet()) {
                Arns.replace(copy, arn, Arns.with(arn, region, null));
              }
              return new Defect().expect("envelope.region-form", "/awsRegion");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.user-identity-missing",
            "userIdentity removed from an API call",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.remove("userIdentity");
              return new Defect().expect("envelope.user-identity-missing", "/userIdentity");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.user-identity-type",
            "userIdentity.type not a documented identity type",
            MutationEvents.any(),
            (copy, e, r) -> {
              ((ObjectNode) copy.get("userIdentity"))
                  .put("type", pick(List.of("Robot", "ServiceAccount", "iamuser"), r));
              return new Defect().expect("envelope.user-identity-type", "/userIdentity/type");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.account-form",
            "recipientAccountId not twelve digits",
            MutationEvents.any(),
            (copy, e, r) -> {
              String account = e.scope().account();
              copy.put(
                  "recipientAccountId",
                  Draws.chance(r, 50) ? account.substring(1) : account.substring(0, 4) + "-acct");
              return new Defect().expect("envelope.account-form", "/recipientAccountId");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.account-mismatch",
            "a resource of another account (a KMS key) in resources",
            MutationEvents.any(),
            (copy, e, r) -> {
              String other = otherAccount(e.scope().account());
              ArrayNode resources =
                  copy.has("resources") && copy.get("resources").isArray()
                      ? (ArrayNode) copy.get("resources")
                      : copy.putArray("resources");
              resources
                  .addObject()
                  .put(
                      "ARN",
                      "arn:"
                          + e.scope().partition()
                          + ":kms:"
                          + e.scope().region()
                          + ":"
                          + other
                          + ":key/1234abcd-12ab-34cd-56ef-1234567890ab")
                  .put("accountId", other)
                  .put("type", "AWS::KMS::Key");
              return new Defect()
                  .expect(
                      "envelope.account-mismatch", "/resources/" + (resources.size() - 1) + "/ARN");
            }));
    m.add(
        DefinedMutation.of(
            "envelope.resource-account-mismatch",
            "a MediaConvert ARN of another account, everywhere it occurs",
            MutationEvents.any(),
            (copy, e, r) ->
                arnElsewhere(
                    copy,
                    e,
                    r,
                    "envelope.resource-account-mismatch",
                    null,
                    otherAccount(e.scope().account()))));
    m.add(
        DefinedMutation.of(
            "envelope.region-mismatch",
            "a MediaConvert ARN of another region, everywhere it occurs",
            MutationEvents.any(),
            (copy, e, r) ->
                arnElsewhere(
                    copy,
                    e,
                    r,
                    "envelope.region-mismatch",
                    e.scope().region().equals("eu-west-1") ? "us-west-2" : "eu-west-1",
                    null)));
    return m;
  }

  /**
   * One MediaConvert ARN of the payloads given another region or account wherever it occurs; a
   * MediaConvert resource of the other region or account in {@code resources} when the payloads
   * have none.
   */
  private static Defect arnElsewhere(
      ObjectNode copy,
      ConsistentEvent e,
      RandomGenerator r,
      String rule,
      String region,
      String account) {
    Map<String, List<String>> arns = Arns.mediaConvert(copy);
    Defect d = new Defect();
    if (arns.isEmpty()) {
      ArrayNode resources =
          copy.has("resources") && copy.get("resources").isArray()
              ? (ArrayNode) copy.get("resources")
              : copy.putArray("resources");
      String arn = Arns.with(e.scope().mediaConvertArn("queues/Default"), region, account);
      resources
          .addObject()
          .put("ARN", arn)
          .put("accountId", account == null ? e.scope().account() : account)
          .put("type", "AWS::MediaConvert::Queue");
      return d.expect(rule, "/resources/" + (resources.size() - 1) + "/ARN").detail(arn);
    }
    List<String> all = List.copyOf(arns.keySet());
    String arn = all.get(Draws.index(r, all.size()));
    String moved = Arns.with(arn, region, account);
    for (String pointer : Arns.replace(copy, arn, moved)) {
      d.expect(rule, pointer);
    }
    return d.detail(moved);
  }

  static String otherAccount(String account) {
    long n = Long.parseLong(account);
    return String.format("%012d", n == 999_999_999_999L ? 100_000_000_000L : n + 1);
  }

  static <T> T pick(List<T> values, RandomGenerator r) {
    return values.get(Draws.index(r, values.size()));
  }
}
