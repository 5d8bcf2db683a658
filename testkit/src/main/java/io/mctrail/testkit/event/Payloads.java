package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import io.mctrail.testkit.settings.ValidSettings;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The request parameters and response elements of one MediaConvert call, as CloudTrail records
 * them: drawn from the operation's input and output structures, with the values MediaConvert and
 * its callers give them (names, ids and ARNs of the scope, valid settings), the response echoing
 * the request, and CloudTrail's forms applied last.
 *
 * @param request the request parameters, or {@code null} when the operation takes none
 * @param response the response elements, or {@code null} when the operation returns none
 * @param echo the member of the response that echoes the request, or {@code null}
 */
record Payloads(ObjectNode request, ObjectNode response, String echo) {

  /** How often, in per cent, a member of the settings is redacted on both sides. */
  static final int REDACTED_PAIR_PERCENT = 10;

  /** Draws the payloads of {@code operation} in {@code scope}. */
  static Payloads draw(String operation, EventScope scope, RandomGenerator r) {
    OperationDescriptor op = MediaConvertOperations.ALL.get(operation);
    if (op == null) {
      throw new IllegalArgumentException("not a MediaConvert operation: " + operation);
    }
    ObjectNode request =
        op.input() == null || op.input().members().isEmpty()
            ? null
            : Resources.drawn(op.input(), r);
    String echo = Echo.member(op);
    ObjectNode response;
    if (op.output() == null || op.output().members().isEmpty()) {
      realisticRequest(operation, request, null, scope, r);
      response = null;
    } else if (echo != null) {
      ObjectNode resource = resource(operation, scope, request, r);
      realisticRequest(operation, request, resource, scope, r);
      Echo.overlay(request, resource, op.output().members().get(0).type().structure(), scope, r);
      response = JsonNodeFactory.instance.objectNode();
      response.set(echo, resource);
    } else {
      realisticRequest(operation, request, null, scope, r);
      response = listing(operation, op, request, scope, r);
    }
    CloudTrailForms.redactDrm(request);
    CloudTrailForms.redactDrm(response);
    if (echo != null && request != null && Draws.chance(r, REDACTED_PAIR_PERCENT)) {
      JsonNode sent = request.get("settings");
      JsonNode echoed = response.path(echo).get("settings");
      if (sent != null && sent.isObject() && echoed != null && echoed.isObject()) {
        CloudTrailForms.redactPair(
            (ObjectNode) sent,
            (ObjectNode) echoed,
            op.input().memberByJsonName("settings").type(),
            r);
      }
    }
    CloudTrailForms.scopeArns(request, scope);
    CloudTrailForms.scopeArns(response, scope);
    CloudTrailForms.asSent(request, r);
    return new Payloads(request, response, echo);
  }

  /** The resource an echoing operation answers with, before the echo of the request. */
  private static ObjectNode resource(
      String operation, EventScope scope, ObjectNode request, RandomGenerator r) {
    boolean creates = operation.startsWith("Create");
    Instant created = creates ? Resources.justCreated(scope, r) : Resources.earlier(scope, r);
    return switch (operation) {
      case "CreateJob", "GetJob" -> Resources.job(scope, created, creates, r);
      case "CreateJobTemplate", "GetJobTemplate", "UpdateJobTemplate" ->
          Resources.jobTemplate(
              scope, created, Resources.name(Resources.TEMPLATES, "template", r), r);
      case "CreatePreset", "GetPreset", "UpdatePreset" ->
          Resources.preset(scope, created, Resources.name(Resources.PRESETS, "preset", r), r);
      case "CreateQueue", "GetQueue", "UpdateQueue" ->
          Resources.queue(scope, created, Resources.name(Resources.QUEUES, "queue", r), r);
      case "ListTagsForResource" -> {
        ObjectNode tags = Resources.drawn("ResourceTags", r);
        tags.put("arn", Resources.taggable(scope, r));
        yield tags;
      }
      default -> throw new IllegalStateException("no resource for " + operation);
    };
  }

  /**
   * Gives the request the values a caller sends: the identifier of the resource it acts on, valid
   * settings, the role and queue of the scope.
   */
  private static void realisticRequest(
      String operation,
      ObjectNode request,
      ObjectNode resource,
      EventScope scope,
      RandomGenerator r) {
    if (request == null) {
      return;
    }
    ShapedNode req =
        ShapedNode.of(request, MediaConvertOperations.ALL.get(operation).input().shapeName());
    if (resource != null) {
      for (String id : new String[] {"id", "name", "arn"}) {
        if (req.hasMember(id) && resource.hasNonNull(id)) {
          request.set(id, resource.get(id).deepCopy());
        }
      }
    }
    switch (operation) {
      case "CreateJob" -> {
        request.set("settings", ValidSettings.jobJson().generate(r));
        request.put("role", scope.iamArn(Identities.pick(Resources.ROLES, r)));
        if (req.has("queue")) {
          request.put(
              "queue",
              Resources.queueReference(Resources.name(Resources.QUEUES, "queue", r), scope, r));
        }
        if (req.has("jobTemplate")) {
          request.put("jobTemplate", Resources.name(Resources.TEMPLATES, "template", r));
        }
      }
      case "CreateJobTemplate", "UpdateJobTemplate" -> {
        settings(request, ValidSettings.templateJson()::generate, operation, r);
        if (req.has("queue")) {
          request.put(
              "queue",
              Resources.queueReference(Resources.name(Resources.QUEUES, "queue", r), scope, r));
        }
      }
      case "CreatePreset", "UpdatePreset" ->
          settings(request, ValidSettings.presetJson()::generate, operation, r);
      case "CancelJob" -> request.put("id", Resources.jobId(Resources.earlier(scope, r), r));
      case "DeleteJobTemplate" ->
          request.put("name", Resources.name(Resources.TEMPLATES, "template", r));
      case "DeletePreset" -> request.put("name", Resources.name(Resources.PRESETS, "preset", r));
      case "DeleteQueue" -> request.put("name", Resources.name(Resources.QUEUES, "queue", r));
      case "TagResource", "UntagResource" -> request.put("arn", Resources.taggable(scope, r));
      case "AssociateCertificate", "DisassociateCertificate" ->
          request.put("arn", Resources.certificate(scope, r));
      case "ListJobs", "SearchJobs" -> {
        if (req.has("queue")) {
          request.put(
              "queue",
              Resources.queueReference(Resources.name(Resources.QUEUES, "queue", r), scope, r));
        }
      }
      default -> {}
    }
  }

  /** Valid settings for an operation that requires them, or that happens to send them. */
  private static void settings(
      ObjectNode request,
      Function<RandomGenerator, ObjectNode> settings,
      String operation,
      RandomGenerator r) {
    if (operation.startsWith("Create") || request.hasNonNull("settings")) {
      request.set("settings", settings.apply(r));
    }
  }

  /**
   * The response of an operation that does not echo its request: a listing, a policy. A member that
   * lists MediaConvert's resources (jobs, job templates, presets or queues: a list of the structure
   * of that name) holds resources of the scope, whichever operation answers with it.
   */
  private static ObjectNode listing(
      String operation,
      OperationDescriptor op,
      ObjectNode request,
      EventScope scope,
      RandomGenerator r) {
    ObjectNode response = Resources.drawn(op.output(), r);
    for (MemberDescriptor<?> member : op.output().members()) {
      Supplier<ObjectNode> resource = listedResource(member.type(), scope, r);
      if (resource != null) {
        fill(response, member.jsonName(), r, resource);
      }
    }
    switch (operation) {
      case "DescribeEndpoints" -> {
        ArrayNode endpoints = response.putArray("endpoints");
        int n = Draws.size(r, 0, 2);
        for (int i = 0; i < n; i++) {
          endpoints
              .addObject()
              .put(
                  "url",
                  "https://"
                      + Identities.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8, r)
                      + ".mediaconvert."
                      + scope.region()
                      + ".amazonaws.com");
        }
      }
      case "PutPolicy" -> {
        if (request != null && request.hasNonNull("policy")) {
          response.set("policy", request.get("policy").deepCopy());
        }
      }
      default -> {}
    }
    return response;
  }

  /**
   * How an element of a list of MediaConvert's resources is drawn, or {@code null} when {@code
   * type} is not such a list.
   */
  private static Supplier<ObjectNode> listedResource(
      ValueType type, EventScope scope, RandomGenerator r) {
    if (type.kind() != ValueType.Kind.LIST || type.element().kind() != ValueType.Kind.STRUCTURE) {
      return null;
    }
    return switch (type.element().shapeName()) {
      case "Job" -> () -> Resources.job(scope, Resources.earlier(scope, r), false, r);
      case "JobTemplate" ->
          () ->
              Resources.jobTemplate(
                  scope,
                  Resources.earlier(scope, r),
                  Resources.name(Resources.TEMPLATES, "template", r),
                  r);
      case "Preset" ->
          () ->
              Resources.preset(
                  scope,
                  Resources.earlier(scope, r),
                  Resources.name(Resources.PRESETS, "preset", r),
                  r);
      case "Queue" ->
          () ->
              Resources.queue(
                  scope,
                  Resources.earlier(scope, r),
                  Resources.name(Resources.QUEUES, "queue", r),
                  r);
      default -> null;
    };
  }

  private static void fill(
      ObjectNode response, String member, RandomGenerator r, Supplier<ObjectNode> element) {
    ArrayNode list = response.putArray(member);
    int n = Draws.size(r, 0, 3);
    for (int i = 0; i < n; i++) {
      list.add(element.get());
    }
  }
}
