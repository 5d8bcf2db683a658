package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.shape.ShapeGenerators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How MediaConvert's response echoes the request: the operations that create, read or update a job,
 * job template, preset or queue (or a resource's tags) answer with that resource, which carries the
 * request's members again. Which member echoes is the model's {@link OperationDescriptor#echo()}.
 *
 * <p>An echoed value is the request's value with what MediaConvert adds: defaults filled in here
 * and there (members the request left out), and a queue named in the request given back as its ARN.
 */
final class Echo {

  /** How often, in per cent, an echoed object gets a default the request left out. */
  static final int DEFAULT_PERCENT = 4;

  /** Depth at which defaults are drawn: they stay small. */
  private static final int DEFAULT_DEPTH = 6;

  private Echo() {}

  /** The JSON name of the output member that echoes the request, or {@code null}. */
  static String member(OperationDescriptor op) {
    MemberDescriptor<?> echo = op.echo();
    return echo == null ? null : echo.jsonName();
  }

  /**
   * Sets on {@code resource} every member of {@code request} that the resource's structure has,
   * echoed.
   */
  static void overlay(
      ObjectNode request,
      ObjectNode resource,
      StructureDescriptor<?> shape,
      EventScope scope,
      RandomGenerator random) {
    Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      MemberDescriptor<?> m = shape.memberByJsonName(f.getKey());
      if (m == null || f.getValue().isNull()) {
        continue;
      }
      JsonNode sent = f.getValue();
      if (f.getKey().equals("queue") && sent.isTextual() && !sent.asText().startsWith("arn:")) {
        resource.put("queue", scope.mediaConvertArn("queues/" + sent.asText()));
      } else {
        resource.set(f.getKey(), echoed(sent, m.type(), random));
      }
    }
  }

  /** A copy of {@code sent}, with defaults added to some of its objects. */
  static JsonNode echoed(JsonNode sent, ValueType type, RandomGenerator random) {
    if (sent.isObject() && type.kind() == ValueType.Kind.STRUCTURE) {
      StructureDescriptor<?> shape = type.structure();
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = sent.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        MemberDescriptor<?> m = shape.memberByJsonName(f.getKey());
        copy.set(
            f.getKey(),
            m == null ? f.getValue().deepCopy() : echoed(f.getValue(), m.type(), random));
      }
      if (Draws.chance(random, DEFAULT_PERCENT)) {
        List<MemberDescriptor<?>> absent = new ArrayList<>();
        for (MemberDescriptor<?> m : shape.members()) {
          if (!sent.has(m.jsonName())) {
            absent.add(m);
          }
        }
        if (!absent.isEmpty()) {
          MemberDescriptor<?> m = absent.get(Draws.index(random, absent.size()));
          Object value = ShapeGenerators.standard().value(m.type(), DEFAULT_DEPTH).generate(random);
          if (value != null) {
            copy.set(m.jsonName(), CloudTrailJson.tree(value));
          }
        }
      }
      return copy;
    }
    if (sent.isObject() && type.kind() == ValueType.Kind.MAP) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      sent.fields()
          .forEachRemaining(
              e -> copy.set(e.getKey(), echoed(e.getValue(), type.element(), random)));
      return copy;
    }
    if (sent.isArray() && type.kind() == ValueType.Kind.LIST) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      sent.forEach(e -> copy.add(echoed(e, type.element(), random)));
      return copy;
    }
    return sent.deepCopy();
  }
}
