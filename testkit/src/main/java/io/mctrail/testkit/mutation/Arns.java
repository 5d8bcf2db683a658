package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The MediaConvert ARNs of a record's payloads and resources, found and replaced. */
final class Arns {

  /** Members whose values are the caller's own words; the validator does not read them as ARNs. */
  private static final Set<String> FREE_FORM = Set.of("userMetadata", "tags", "Tags");

  private static final List<String> PLACES =
      List.of("/requestParameters", "/responseElements", "/resources");

  private Arns() {}

  /** Every MediaConvert ARN, with the pointers where it occurs, in document order. */
  static Map<String, List<String>> mediaConvert(ObjectNode event) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String place : PLACES) {
      collect(Pointers.at(event, place), place, out);
    }
    return out;
  }

  /** Replaces every occurrence of {@code from} by {@code to}; the pointers replaced. */
  static List<String> replace(ObjectNode event, String from, String to) {
    List<String> pointers = new ArrayList<>(mediaConvert(event).getOrDefault(from, List.of()));
    for (String p : pointers) {
      Pointers.set(event, p, TextNode.valueOf(to));
    }
    return pointers;
  }

  /** The parts of an ARN: partition, service, region, account, resource. */
  static String[] parts(String arn) {
    return arn.split(":", 6);
  }

  /** An ARN with its region or account replaced. */
  static String with(String arn, String region, String account) {
    String[] p = parts(arn);
    return "arn:"
        + p[1]
        + ":"
        + p[2]
        + ":"
        + (region == null ? p[3] : region)
        + ":"
        + (account == null ? p[4] : account)
        + ":"
        + p[5];
  }

  private static void collect(JsonNode node, String pointer, Map<String, List<String>> out) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.startsWith("arn:")
          && parts(text).length == 6
          && parts(text)[2].equals("mediaconvert")) {
        out.computeIfAbsent(text, k -> new ArrayList<>()).add(pointer);
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (!FREE_FORM.contains(e.getKey())) {
                  collect(e.getValue(), Pointers.append(pointer, e.getKey()), out);
                }
              });
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), Pointers.append(pointer, i), out);
      }
    }
  }
}
