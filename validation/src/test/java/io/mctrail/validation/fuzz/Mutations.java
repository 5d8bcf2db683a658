package io.mctrail.validation.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Structured mutations of real-looking CloudTrail events, driven by the fuzzer's data: a node
 * replaced by another value (of the same or another JSON type, from a dictionary of the model's
 * member names, enum values and the seeds' own strings), a member removed or added, a subtree
 * copied elsewhere. Byte-level fuzzing rarely gets past the JSON syntax into the rules; these
 * mutations start from valid events and stay mostly valid JSON, so they reach every layer.
 */
final class Mutations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The seed events: the bytes target's seeds that are JSON objects. */
  static final List<ObjectNode> SEEDS = seeds();

  /** Member names of the model and of the seeds. */
  static final List<String> NAMES;

  /** Enum values of the model, strings of the seeds, markers and forms the rules look at. */
  static final List<String> STRINGS;

  static {
    Set<String> names = new TreeSet<>();
    Set<String> strings = new TreeSet<>();
    Set<StructureDescriptor<?>> seen = new HashSet<>();
    for (OperationDescriptor op : MediaConvertOperations.ALL.values()) {
      collect(op.input(), names, strings, seen);
      collect(op.output(), names, strings, seen);
      strings.add(op.name());
    }
    for (ObjectNode seed : SEEDS) {
      collect(seed, names, strings);
    }
    strings.addAll(
        List.of(
            "***",
            "HIDDEN_DUE_TO_SECURITY_REASONS",
            "mediaconvert.amazonaws.com",
            "",
            " ",
            "1.11",
            "1.99",
            "2017-11-15T02:57:32Z",
            "Nov 15, 2017 2:57:32 AM",
            "1510714652436",
            "1510714652.5",
            "-1",
            "arn:aws:mediaconvert:us-west-2:123456789012:jobs/1510714652436-abc",
            "arn:aws:mediaconvert:eu-west-1:999999999999:queues/Default",
            "s3://user:pw@bucket/key?X-Amz-Signature=x",
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "\u0000\u001f\ud800\"\\/~0~1</x>"));
    NAMES = List.copyOf(names);
    STRINGS = List.copyOf(strings);
  }

  private Mutations() {}

  /** A copy of a seed with one to eight mutations applied. */
  static ObjectNode mutatedEvent(FuzzedDataProvider data) {
    ObjectNode event = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1)).deepCopy();
    int n = data.consumeInt(1, 8);
    for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
      mutate(event, data);
    }
    return event;
  }

  static void mutate(ObjectNode event, FuzzedDataProvider data) {
    List<JsonNode> containers = new ArrayList<>();
    containers(event, containers);
    JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
    switch (data.consumeInt(0, 4)) {
      case 0 -> set(target, data, value(data, 3)); // replace or add with any value
      case 1 -> remove(target, data);
      case 2 ->
          set(target, data, containers.get(data.consumeInt(0, containers.size() - 1)).deepCopy());
      case 3 -> set(target, data, NODES.textNode(pick(STRINGS, data)));
      default -> set(target, data, number(data));
    }
  }

  private static void set(JsonNode container, FuzzedDataProvider data, JsonNode value) {
    if (container instanceof ObjectNode o) {
      String name =
          o.size() > 0 && data.consumeBoolean()
              ? pick(fieldNames(o), data)
              : data.consumeBoolean() ? pick(NAMES, data) : data.consumeString(12);
      o.set(name, value);
    } else if (container instanceof ArrayNode a) {
      if (a.size() > 0 && data.consumeBoolean()) {
        a.set(data.consumeInt(0, a.size() - 1), value);
      } else {
        a.insert(data.consumeInt(0, a.size()), value);
      }
    }
  }

  private static void remove(JsonNode container, FuzzedDataProvider data) {
    if (container instanceof ObjectNode o && o.size() > 0) {
      o.remove(pick(fieldNames(o), data));
    } else if (container instanceof ArrayNode a && a.size() > 0) {
      a.remove(data.consumeInt(0, a.size() - 1));
    }
  }

  /** A JSON value, at most {@code depth} containers deep. */
  static JsonNode value(FuzzedDataProvider data, int depth) {
    int kind = data.consumeInt(0, depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(data.consumeBoolean());
      case 2 -> number(data);
      case 3 -> NODES.textNode(pick(STRINGS, data));
      case 4 -> NODES.textNode(data.consumeString(40));
      case 5 -> NODES.textNode(data.consumeBoolean() ? "***" : "HIDDEN_DUE_TO_SECURITY_REASONS");
      case 6 -> {
        ArrayNode a = NODES.arrayNode();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
          a.add(value(data, depth - 1));
        }
        yield a;
      }
      default -> {
        ObjectNode o = NODES.objectNode();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
          o.set(pick(NAMES, data), value(data, depth - 1));
        }
        yield o;
      }
    };
  }

  static JsonNode number(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 6)) {
      case 0 -> NODES.numberNode(data.consumeInt(-2, 100));
      case 1 -> NODES.numberNode(data.consumeInt());
      case 2 -> NODES.numberNode(data.consumeLong());
      case 3 -> NODES.numberNode(data.consumeRegularDouble());
      case 4 -> NODES.numberNode(new BigInteger(1, data.consumeBytes(12)));
      case 5 ->
          NODES.numberNode(
              new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-400, 400)));
      default -> NODES.numberNode(data.consumeInt(0, 10) * 1000.0 + 0.5 * data.consumeInt(0, 2));
    };
  }

  private static <T> T pick(List<T> list, FuzzedDataProvider data) {
    return list.get(data.consumeInt(0, list.size() - 1));
  }

  private static List<String> fieldNames(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void containers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (JsonNode child : node) {
        containers(child, out);
      }
    }
  }

  private static void collect(JsonNode node, Set<String> names, Set<String> strings) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        names.add(e.getKey());
        collect(e.getValue(), names, strings);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names, strings));
    } else if (node.isTextual()) {
      strings.add(node.asText());
    }
  }

  private static void collect(
      StructureDescriptor<?> s,
      Set<String> names,
      Set<String> strings,
      Set<StructureDescriptor<?>> seen) {
    if (s == null || !seen.add(s)) {
      return;
    }
    for (MemberDescriptor<?> m : s.members()) {
      names.add(m.jsonName());
      collect(m.type(), names, strings, seen);
    }
  }

  private static void collect(
      ValueType t, Set<String> names, Set<String> strings, Set<StructureDescriptor<?>> seen) {
    strings.addAll(t.enumValues());
    if (t.element() != null) {
      collect(t.element(), names, strings, seen);
    }
    if (t.kind() == ValueType.Kind.STRUCTURE) {
      collect(t.structure(), names, strings, seen);
    }
  }

  private static List<ObjectNode> seeds() {
    URL dir = Mutations.class.getResource("ValidatorFuzzTestInputs/validatesAnyBytes");
    if (dir == null) {
      throw new IllegalStateException("no seed inputs for ValidatorFuzzTest");
    }
    List<ObjectNode> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.sorted().toList()) {
        try {
          if (MAPPER.readTree(f.toFile()) instanceof ObjectNode o) {
            seeds.add(o);
          }
        } catch (IOException notJson) {
          // a regression input of a crash, not a seed event
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(seeds);
  }
}
