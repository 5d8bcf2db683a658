package io.mctrail.validation.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.TreePath;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response that shows what its request hid. MediaConvert's create and update operations answer
 * with the resource they made, so the request's members come back at the same place under the
 * response's resource member; wherever the request has a redaction marker, the echo must not have a
 * value in clear. The finding points at the response and relates the request, and quotes neither.
 */
public final class RedactionRevealedCheck implements Check {

  private static final List<Rule> RULES = List.of(SecurityRules.REDACTION_REVEALED);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    OperationDescriptor op = event.operation();
    JsonNode request = event.request();
    JsonNode response = event.response();
    String echo = op == null ? null : echoMember(op.name());
    if (echo == null || request == null || response == null) {
      return;
    }
    JsonNode resource = response.get(echo);
    if (resource == null || !resource.isObject()) {
      return;
    }
    compare(
        request,
        TreePath.ROOT.child("requestParameters"),
        resource,
        TreePath.ROOT.child("responseElements").child(echo),
        null,
        findings);
  }

  /**
   * The member of the response that echoes the request: CreateJob and its job, CreateJobTemplate
   * and UpdateJobTemplate and their jobTemplate, and so on for presets and queues; {@code null} for
   * operations whose response does not echo the request.
   */
  static String echoMember(String operation) {
    return switch (operation) {
      case "CreateJob" -> "job";
      case "CreateJobTemplate", "UpdateJobTemplate" -> "jobTemplate";
      case "CreatePreset", "UpdatePreset" -> "preset";
      case "CreateQueue", "UpdateQueue" -> "queue";
      default -> null;
    };
  }

  /**
   * Compares the request's value at {@code token} (a member name, or an {@link Integer} index) of
   * {@code requestParent} (or, without a token, the request's value there) with the echo's at the
   * same place; a path is made only for a finding or as the parent of nested values.
   */
  private static void compare(
      JsonNode request,
      TreePath requestParent,
      JsonNode echo,
      TreePath echoParent,
      Object token,
      Findings findings) {
    if (echo == null || echo.isNull()) {
      return;
    }
    if (request.isTextual()) {
      if (RedactionMarker.isMarker(request.asText())
          && !(echo.isTextual() && RedactionMarker.isMarker(echo.asText()))) {
        findings.add(
            SecurityRules.REDACTION_REVEALED,
            at(echoParent, token).pointer(),
            at(requestParent, token).pointer(),
            "the request redacts this value but the response shows it in clear",
            "a redaction marker",
            "a " + echo.getNodeType().name().toLowerCase(Locale.ROOT) + " in clear");
      }
    } else if (request.isObject() && echo.isObject()) {
      TreePath requestPath = at(requestParent, token);
      TreePath echoPath = at(echoParent, token);
      Iterator<Map.Entry<String, JsonNode>> it = request.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode sent = e.getValue();
        if (sent.isContainerNode() || sent.isTextual()) {
          compare(sent, requestPath, echo.get(e.getKey()), echoPath, e.getKey(), findings);
        }
      }
    } else if (request.isArray() && echo.isArray()) {
      TreePath requestPath = at(requestParent, token);
      TreePath echoPath = at(echoParent, token);
      for (int i = 0; i < request.size() && i < echo.size(); i++) {
        JsonNode sent = request.get(i);
        if (sent.isContainerNode() || sent.isTextual()) {
          compare(sent, requestPath, echo.get(i), echoPath, i, findings);
        }
      }
    }
  }

  /** The path of {@code token} under {@code parent}: a member name, an index, or none (parent). */
  private static TreePath at(TreePath parent, Object token) {
    if (token == null) {
      return parent;
    }
    return token instanceof Integer i ? parent.child(i) : parent.child((String) token);
  }
}
