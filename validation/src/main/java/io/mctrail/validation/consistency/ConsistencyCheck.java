package io.mctrail.validation.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import io.mctrail.validation.Rule;
import io.mctrail.validation.TreePath;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consistency layer: for every operation whose response echoes its request (see {@link Echo}),
 * each value of the request must come back at the same path of the echoed resource.
 *
 * <ul>
 *   <li>numbers compare by value ({@code 90} and {@code 90.0} are equal);
 *   <li>a redaction marker on both sides is not a finding; a marker only in the response is {@code
 *       consistency.redacted} (INFO), and one only in the request is the security layer's concern
 *       (a response revealing what the request redacted);
 *   <li>a member only in the response is a service default (INFO);
 *   <li>a queue, job template or preset named in the request may come back as its ARN.
 * </ul>
 *
 * <p>It also checks the created resource: job id against job ARN, {@code createdAt} and {@code
 * timing.submitTime} against {@code eventTime}, and the first status of a job.
 */
public final class ConsistencyCheck implements Check {

  /** Members whose value names a resource that the response may give as its ARN. */
  private static final Set<String> NAMED_RESOURCES = Set.of("queue", "jobTemplate", "preset");

  /** Member names whose values are never quoted in a finding. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(key|secret|password|token|credential|signature).*");

  @Override
  public List<Rule> rules() {
    return ConsistencyRules.ALL;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    Echo echo = Echo.of(event.operation());
    JsonNode request = event.request();
    JsonNode response = event.response();
    if (echo == null || response == null) {
      return;
    }
    JsonNode echoed = response.get(echo.member());
    if (echoed == null || !echoed.isObject()) {
      return;
    }
    TreePath responseBase = TreePath.ROOT.child("responseElements").child(echo.member());
    if (request != null) {
      compareEchoedMembers(echo, request, echoed, responseBase, findings);
    }
    checkResource(event, echoed, responseBase.pointer(), findings);
  }

  private void compareEchoedMembers(
      Echo echo, JsonNode request, JsonNode echoed, TreePath responseBase, Findings findings) {
    Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String name = f.getKey();
      boolean modelled = echo.echoed().memberByJsonName(name) != null;
      if (!modelled && !echoed.has(name)) {
        continue; // not a member of the resource, for example the tags of a CreateJob
      }
      compare(name, -1, f.getValue(), echoed.get(name), REQUEST, responseBase, findings);
    }
  }

  private static final TreePath REQUEST = TreePath.ROOT.child("requestParameters");

  /**
   * Compares a request value with the response's value at the same path. The paths of the values
   * are made only where they are needed: for a finding, or as the parent of nested values.
   *
   * @param name the member the values are of
   * @param index the index of the values in a list {@code name}, or -1
   * @param requestParent the path of the object (or, with an index, the list) holding the value
   * @param responseParent the same in the response
   */
  private void compare(
      String name,
      int index,
      JsonNode sent,
      JsonNode echoed,
      TreePath requestParent,
      TreePath responseParent,
      Findings findings) {
    if (sent == null || sent.isNull()) {
      return;
    }
    if (echoed == null || echoed.isMissingNode()) {
      findings.add(
          ConsistencyRules.VALUE_MISSING,
          at(responseParent, name, index).pointer(),
          at(requestParent, name, index).pointer(),
          "the request sets " + label(name, index) + " but the response does not echo it",
          null,
          null);
      return;
    }
    boolean sentRedacted = isMarker(sent);
    boolean echoedRedacted = isMarker(echoed);
    if (sentRedacted || echoedRedacted) {
      if (!sentRedacted) {
        findings.add(
            ConsistencyRules.REDACTED,
            at(responseParent, name, index).pointer(),
            at(requestParent, name, index).pointer(),
            "the response redacts " + label(name, index) + "; it compares as unknown",
            null,
            null);
      }
      return;
    }
    if (sent.isObject() && echoed.isObject()) {
      compareObjects(
          sent, echoed, at(requestParent, name, index), at(responseParent, name, index), findings);
    } else if (sent.isArray() && echoed.isArray()) {
      compareArrays(
          label(name, index),
          sent,
          echoed,
          at(requestParent, name, index),
          at(responseParent, name, index),
          findings);
    } else if (!sameValue(name, sent, echoed)) {
      boolean quote = !SECRET_NAME.matcher(name).matches() && sent.isValueNode();
      findings.add(
          ConsistencyRules.VALUE_CHANGED,
          at(responseParent, name, index).pointer(),
          at(requestParent, name, index).pointer(),
          label(name, index) + " differs between the request and the response",
          quote ? sent.asText() : null,
          quote && echoed.isValueNode() ? echoed.asText() : null);
    }
  }

  /** The path of member {@code name} of {@code parent}, or of its element {@code index} if any. */
  private static TreePath at(TreePath parent, String name, int index) {
    return index >= 0 ? parent.child(index) : parent.child(name);
  }

  /** A member's name, or an element's: {@code name[index]}. */
  private static String label(String name, int index) {
    return index < 0 ? name : name + "[" + index + "]";
  }

  private void compareObjects(
      JsonNode sent, JsonNode echoed, TreePath request, TreePath response, Findings findings) {
    Iterator<Map.Entry<String, JsonNode>> fields = sent.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      compare(f.getKey(), -1, f.getValue(), echoed.get(f.getKey()), request, response, findings);
    }
    Iterator<String> names = echoed.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!sent.has(name)) {
        findings.add(
            ConsistencyRules.SERVICE_DEFAULT,
            response.pointer(name),
            null,
            name + " is set by the service (the request does not set it)",
            null,
            null);
      }
    }
  }

  private void compareArrays(
      String name,
      JsonNode sent,
      JsonNode echoed,
      TreePath request,
      TreePath response,
      Findings findings) {
    for (int i = 0; i < sent.size(); i++) {
      compare(
          name,
          i,
          sent.get(i),
          i < echoed.size() ? echoed.get(i) : null,
          request,
          response,
          findings);
    }
    for (int i = sent.size(); i < echoed.size(); i++) {
      findings.add(
          ConsistencyRules.SERVICE_DEFAULT,
          response.child(i).pointer(),
          null,
          name + "[" + i + "] is added by the service",
          null,
          null);
    }
  }

  private static boolean sameValue(String name, JsonNode sent, JsonNode echoed) {
    if (sent.isNumber() && echoed.isNumber()) {
      return sameNumber(sent, echoed);
    }
    if (sent.isTextual() && echoed.isTextual()) {
      String a = sent.asText();
      String b = echoed.asText();
      return a.equals(b) || (NAMED_RESOURCES.contains(name) && sameResource(a, b));
    }
    return sent.equals(echoed);
  }

  /**
   * Numbers compare by value, exactly; a double beyond the range of a double (read from {@code
   * 1e400}, or put in a tree by code) is infinite and has no exact value.
   */
  private static boolean sameNumber(JsonNode a, JsonNode b) {
    // Fast paths, exact: two integers that fit a long, or two doubles (a finite double's decimal
    // value is the shortest decimal that reads back as it, so two doubles have the same one
    // exactly when they are equal).
    if (a.isIntegralNumber() && !a.isBigInteger() && b.isIntegralNumber() && !b.isBigInteger()) {
      return a.longValue() == b.longValue();
    }
    if (a.isDouble() && b.isDouble()) {
      return a.doubleValue() == b.doubleValue();
    }
    if (isFinite(a) && isFinite(b)) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.doubleValue() == b.doubleValue();
  }

  private static boolean isFinite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }

  /** A resource name and an ARN ending in {@code /<name>} name the same resource. */
  static boolean sameResource(String a, String b) {
    if (a.startsWith("arn:") == b.startsWith("arn:")) {
      return false;
    }
    String arn = a.startsWith("arn:") ? a : b;
    String name = a.startsWith("arn:") ? b : a;
    return arn.endsWith("/" + name);
  }

  private static boolean isMarker(JsonNode node) {
    return node.isTextual() && RedactionMarker.isMarker(node.asText());
  }

  // ---------------------------------------------------------------- the created resource

  private void checkResource(
      EventContext event, JsonNode resource, String base, Findings findings) {
    String arn = text(resource, "arn");
    String id = text(resource, "id");
    if (arn != null && id != null && arn.contains(":jobs/") && !arn.endsWith("/" + id)) {
      findings.add(
          ConsistencyRules.JOB_ID,
          JsonPointers.append(base, "id"),
          JsonPointers.append(base, "arn"),
          "the job id is not the last segment of the job ARN",
          arn.substring(arn.lastIndexOf('/') + 1),
          id);
    }
    Instant eventTime = instant(event.root().get("eventTime"));
    String name = event.operation().name();
    if (eventTime != null && name.startsWith("Create")) {
      checkTime(
          ConsistencyRules.CREATED_AT,
          resource.get("createdAt"),
          JsonPointers.append(base, "createdAt"),
          eventTime,
          event,
          findings);
      JsonNode timing = resource.get("timing");
      if (timing != null && timing.isObject()) {
        checkTime(
            ConsistencyRules.SUBMIT_TIME,
            timing.get("submitTime"),
            JsonPointers.append(JsonPointers.append(base, "timing"), "submitTime"),
            eventTime,
            event,
            findings);
      }
    }
    if (name.equals("CreateJob")) {
      String status = text(resource, "status");
      if (status != null && !status.equals("SUBMITTED") && !RedactionMarker.isMarker(status)) {
        findings.add(
            ConsistencyRules.INITIAL_STATUS,
            JsonPointers.append(base, "status"),
            null,
            "a job just created is SUBMITTED",
            "SUBMITTED",
            status);
      }
    }
  }

  private static void checkTime(
      Rule rule,
      JsonNode value,
      String pointer,
      Instant eventTime,
      EventContext event,
      Findings findings) {
    Instant at = instant(value);
    if (at == null) {
      return; // absent, redacted, or not a timestamp: other layers say so
    }
    Duration tolerance = event.config().timeTolerance();
    Duration gap = Duration.between(eventTime, at).abs();
    if (gap.compareTo(tolerance) > 0) {
      findings.add(
          rule,
          pointer,
          "/eventTime",
          "is "
              + gap.getSeconds()
              + " s from eventTime (tolerance "
              + tolerance.getSeconds()
              + " s)",
          eventTime.toString(),
          at.toString());
    }
  }

  private static Instant instant(JsonNode value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.isNumber()) {
        return Timestamp.fromNumber(value.asText()).instant();
      }
      if (value.isTextual() && !RedactionMarker.isMarker(value.asText())) {
        return Timestamp.fromString(value.asText()).instant();
      }
    } catch (IllegalArgumentException notATimestamp) {
      return null;
    }
    return null;
  }

  private static String text(JsonNode object, String field) {
    JsonNode n = object.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
