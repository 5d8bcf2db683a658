package io.mctrail.validation.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.MediaConvertPayloads;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonNodes;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.Set;

/**
 * The record's own fields: the ones every record carries, the forms of its version and time, its
 * event type, whether its MediaConvert operation is known and read-only, and whether a failed call
 * still has a response. Runs on every record, MediaConvert's or not.
 */
public final class RecordFieldsCheck implements Check {

  /** The fields the record contents reference marks "Optional: False", but eventSource. */
  private static final List<String> ALWAYS_PRESENT =
      List.of("eventVersion", "eventTime", "eventName", "awsRegion", "eventID");

  /**
   * The eventType values CloudTrail documents. The record-contents page writes "AwsVpceEvents" but
   * records carry the singular, which is what is accepted.
   */
  static final Set<String> EVENT_TYPES =
      Set.of(
          "AwsApiCall",
          "AwsServiceEvent",
          "AwsConsoleAction",
          "AwsConsoleSignIn",
          "AwsVpceEvent",
          "AwsCloudTrailInsight");

  /** The eventType of CloudTrail Insights events. */
  static final String INSIGHT = "AwsCloudTrailInsight";

  private static final List<Rule> RULES =
      List.of(
          EnvelopeRules.EVENT_SOURCE_MISSING,
          EnvelopeRules.EVENT_NAME_UNKNOWN,
          EnvelopeRules.MISSING_FIELD,
          EnvelopeRules.RECIPIENT_ACCOUNT_MISSING,
          EnvelopeRules.EVENT_VERSION_FORM,
          EnvelopeRules.EVENT_VERSION_NEWER,
          EnvelopeRules.EVENT_TIME_FORM,
          EnvelopeRules.EVENT_TYPE,
          EnvelopeRules.READ_ONLY,
          EnvelopeRules.ERROR_WITH_RESPONSE);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    JsonNode root = event.root();
    int[] version = Forms.version(event.text("eventVersion"));
    checkPresence(root, version, findings);
    checkVersion(root, version, findings);
    checkTime(root, findings);
    checkEventType(root, findings);
    checkMediaConvertName(event, findings);
    checkReadOnly(event, findings);
    checkErrorWithResponse(root, findings);
  }

  private static void checkPresence(JsonNode root, int[] version, Findings findings) {
    // An Insights event names the source and name of the calls it is about in insightDetails.
    boolean insight = INSIGHT.equals(JsonNodes.text(root, "eventType"));
    JsonNode source = root.get("eventSource");
    if (!insight && (source == null || !source.isTextual() || source.asText().isBlank())) {
      findings.add(
          EnvelopeRules.EVENT_SOURCE_MISSING,
          "/eventSource",
          source == null || source.isNull()
              ? "eventSource is missing"
              : "eventSource is " + (source.isTextual() ? "blank" : "not a string"));
    }
    for (String field : ALWAYS_PRESENT) {
      if ((field.equals("eventID") && version != null && isBefore(version, 1, 1))
          || (field.equals("eventName") && insight)) {
        continue;
      }
      if (isAbsent(root.get(field))) {
        findings.add(EnvelopeRules.MISSING_FIELD, "/" + field, field + " is missing");
      }
    }
    JsonNode recipient = root.get("recipientAccountId");
    if ((recipient == null || recipient.isNull())
        && (version == null || !isBefore(version, 1, 2))) {
      findings.add(
          EnvelopeRules.RECIPIENT_ACCOUNT_MISSING,
          "/recipientAccountId",
          "recipientAccountId is missing");
    }
  }

  private static void checkVersion(JsonNode root, int[] version, Findings findings) {
    JsonNode n = root.get("eventVersion");
    if (isAbsent(n)) {
      return;
    }
    if (version == null) {
      findings.add(
          EnvelopeRules.EVENT_VERSION_FORM,
          "/eventVersion",
          null,
          "eventVersion is not of the form major.minor",
          "digits.digits, for example 1.11",
          Forms.shown(n));
    } else if (!isBefore(version, Forms.KNOWN_MAJOR, Forms.KNOWN_MINOR + 1)) {
      findings.add(
          EnvelopeRules.EVENT_VERSION_NEWER,
          "/eventVersion",
          null,
          "eventVersion " + Forms.shown(n) + " is newer than the model's 1.11",
          "1.11 or older",
          Forms.shown(n));
    }
  }

  private static void checkTime(JsonNode root, Findings findings) {
    JsonNode n = root.get("eventTime");
    if (isAbsent(n)) {
      return;
    }
    if (!n.isTextual() || !Forms.isIsoUtc(n.asText())) {
      findings.add(
          EnvelopeRules.EVENT_TIME_FORM,
          "/eventTime",
          null,
          "eventTime is not an ISO-8601 UTC time",
          "yyyy-MM-ddTHH:mm:ss[.fraction]Z",
          Forms.shown(n));
    }
  }

  private static void checkEventType(JsonNode root, Findings findings) {
    JsonNode n = root.get("eventType");
    if (n == null || n.isNull()) {
      return;
    }
    if (!n.isTextual() || !EVENT_TYPES.contains(n.asText())) {
      findings.add(
          EnvelopeRules.EVENT_TYPE,
          "/eventType",
          null,
          "eventType is not one CloudTrail documents",
          String.join(", ", EVENT_TYPES.stream().sorted().toList()),
          Forms.shown(n));
    }
  }

  private static void checkMediaConvertName(EventContext event, Findings findings) {
    if (!event.isMediaConvert()) {
      return;
    }
    JsonNode n = event.root().get("eventName");
    if (isAbsent(n)) {
      return;
    }
    if (!n.isTextual() || !MediaConvertOperations.ALL.containsKey(n.asText())) {
      findings.add(
          EnvelopeRules.EVENT_NAME_UNKNOWN,
          "/eventName",
          null,
          "eventName is not an operation of the MediaConvert model ("
              + MediaConvertPayloads.EVENT_SOURCE
              + ")",
          null,
          Forms.shown(n));
    }
  }

  private static void checkReadOnly(EventContext event, Findings findings) {
    OperationDescriptor op = event.operation();
    JsonNode n = event.root().get("readOnly");
    // CloudTrail may leave readOnly out; only a value that is there can disagree.
    if (op == null || n == null || n.isNull()) {
      return;
    }
    boolean expected = op.isReadOnly();
    if (!n.isBoolean() || n.booleanValue() != expected) {
      findings.add(
          EnvelopeRules.READ_ONLY,
          "/readOnly",
          null,
          op.name()
              + (expected ? " only reads" : " changes state")
              + ", so readOnly must be "
              + expected,
          Boolean.toString(expected),
          n.toString());
    }
  }

  private static void checkErrorWithResponse(JsonNode root, Findings findings) {
    JsonNode code = root.get("errorCode");
    JsonNode response = root.get("responseElements");
    if (isAbsent(code) || response == null || response.isNull()) {
      return;
    }
    findings.add(
        EnvelopeRules.ERROR_WITH_RESPONSE,
        "/responseElements",
        "/errorCode",
        "the call failed (errorCode is set) but responseElements is not null",
        "null",
        Forms.shown(response));
  }

  /** Absent, null, or a blank string. */
  static boolean isAbsent(JsonNode n) {
    return n == null || n.isNull() || (n.isTextual() && n.asText().isBlank());
  }

  /** True when {@code version} is older than {@code major.minor}. */
  static boolean isBefore(int[] version, int major, int minor) {
    return version[0] < major || (version[0] == major && version[1] < minor);
  }
}
