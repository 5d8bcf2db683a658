package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mctrail.model.facts.SecretMembers;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.Draws;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms CloudTrail gives a MediaConvert call's payloads: DRM settings redacted as {@code
 * "***"}, a double sent as {@code 90} written as sent (the response has {@code 90.0}), and every
 * ARN in the scope's account (and, for MediaConvert's own, its region and partition). Public for
 * code that changes a consistent event and must keep these forms (the mutations).
 */
public final class CloudTrailForms {

  /** The output group settings whose {@code encryption} CloudTrail writes as {@code "***"}. */
  static final Set<String> DRM_GROUPS = SecretMembers.ENCRYPTED_GROUP_SETTINGS;

  /** {@code arn:partition:service:region:account:resource}. */
  private static final Pattern ARN =
      Pattern.compile("arn:([^:]+):([^:]+):([^:]*):(\\d{12}):(.+)", Pattern.DOTALL);

  private CloudTrailForms() {}

  /** Replaces the DRM settings of every output group (and any static key) by {@code "***"}. */
  public static void redactDrm(JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      List<String> keys = new ArrayList<>();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        keys.add(e.getKey());
        if (DRM_GROUPS.contains(e.getKey()) && e.getValue().isObject()) {
          JsonNode encryption = e.getValue().get(SecretMembers.ENCRYPTION);
          if (encryption != null && !encryption.isNull()) {
            ((ObjectNode) e.getValue()).put(SecretMembers.ENCRYPTION, RedactionMarker.STARS);
          }
        }
      }
      String key = SecretMembers.STATIC_KEY_VALUE;
      if (object.has(key) && !object.get(key).isNull()) {
        object.put(key, RedactionMarker.STARS);
      }
      keys.forEach(k -> redactDrm(object.get(k)));
    } else if (node.isArray()) {
      node.forEach(CloudTrailForms::redactDrm);
    }
  }

  /** Puts every ARN of an account in the scope's account (and MediaConvert's in its region). */
  public static void scopeArns(JsonNode node, EventScope scope) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode value = object.get(key);
        if (value.isTextual()) {
          object.put(key, scoped(value.asText(), scope));
        } else {
          scopeArns(value, scope);
        }
      }
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(scoped(array.get(i).asText(), scope)));
        } else {
          scopeArns(array.get(i), scope);
        }
      }
    }
  }

  /** {@code text} with the scope's account (and region) if it is an ARN. */
  public static String scoped(String text, EventScope scope) {
    Matcher m = ARN.matcher(text);
    if (!m.matches()) {
      return text;
    }
    if (m.group(2).equals("mediaconvert")) {
      return scope.mediaConvertArn(m.group(5));
    }
    return "arn:"
        + m.group(1)
        + ":"
        + m.group(2)
        + ":"
        + m.group(3)
        + ":"
        + scope.account()
        + ":"
        + m.group(5);
  }

  /**
   * The request as the caller sent it: a whole double is written {@code 90} about half of the time
   * (the response echoes {@code 90.0}).
   */
  static void asSent(JsonNode node, RandomGenerator random) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode value = object.get(key);
        JsonNode sent = wholeAsSent(value, random);
        if (sent != null) {
          object.set(key, sent);
        } else {
          asSent(value, random);
        }
      }
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode sent = wholeAsSent(array.get(i), random);
        if (sent != null) {
          array.set(i, sent);
        } else {
          asSent(array.get(i), random);
        }
      }
    }
  }

  private static JsonNode wholeAsSent(JsonNode value, RandomGenerator random) {
    if (!value.isDouble()) {
      return null;
    }
    double d = value.doubleValue();
    if (d != Math.rint(d) || Math.abs(d) >= 1L << 53 || !Draws.chance(random, 50)) {
      return null;
    }
    long whole = (long) d;
    return whole == (int) whole ? IntNode.valueOf((int) whole) : LongNode.valueOf(whole);
  }

  /**
   * Redacts one member of the request's settings and its echo in the response, as CloudTrail does
   * for values it will not log; nothing when the two have no member in common. Only members of
   * structures are redacted, never the elements of a list or the values of a map, which the model
   * does not read as redactable.
   */
  static void redactPair(
      ObjectNode requestSettings, ObjectNode echoedSettings, ValueType type, RandomGenerator r) {
    List<ObjectNode[]> pairs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    collectPairs(requestSettings, echoedSettings, type, pairs, names);
    if (pairs.isEmpty()) {
      return;
    }
    int i = Draws.index(r, pairs.size());
    pairs.get(i)[0].put(names.get(i), RedactionMarker.STARS);
    pairs.get(i)[1].put(names.get(i), RedactionMarker.STARS);
  }

  private static void collectPairs(
      JsonNode sent,
      JsonNode echoed,
      ValueType type,
      List<ObjectNode[]> pairs,
      List<String> names) {
    if (echoed == null) {
      return;
    }
    switch (type.kind()) {
      case STRUCTURE -> {
        if (!sent.isObject() || !echoed.isObject()) {
          return;
        }
        StructureDescriptor<?> shape = type.structure();
        Iterator<String> it = sent.fieldNames();
        while (it.hasNext()) {
          String name = it.next();
          MemberDescriptor<?> m = shape.memberByJsonName(name);
          JsonNode a = sent.get(name);
          JsonNode b = echoed.get(name);
          if (m == null || b == null || a.isNull() || b.isNull()) {
            continue;
          }
          pairs.add(new ObjectNode[] {(ObjectNode) sent, (ObjectNode) echoed});
          names.add(name);
          collectPairs(a, b, m.type(), pairs, names);
        }
      }
      case LIST -> {
        if (sent.isArray() && echoed.isArray()) {
          for (int i = 0; i < sent.size() && i < echoed.size(); i++) {
            collectPairs(sent.get(i), echoed.get(i), type.element(), pairs, names);
          }
        }
      }
      case MAP -> {
        if (sent.isObject() && echoed.isObject()) {
          sent.fieldNames()
              .forEachRemaining(
                  k -> collectPairs(sent.get(k), echoed.get(k), type.element(), pairs, names));
        }
      }
      default -> {}
    }
  }
}
