package io.mctrail.model.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader generated for a structure and the descriptor-driven reader give the same result for
 * the same JSON: an equal structure (members, redactions, explicit nulls, unknown fields, redacted
 * elements), or the same failure at the same path. Checked for every structure of the model on a
 * full instance and on variants with one member null, redacted, of the wrong JSON type, or beside
 * an unknown field; an integer member also as an integral float, a fraction and a 64-bit integer.
 */
class GeneratedReaderEquivalenceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new McTrailModule());
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static Stream<String> structuresWithAReader() {
    return MediaConvertShapes.ALL.values().stream()
        .filter(t -> t.kind() == ValueType.Kind.STRUCTURE && t.structure().reader() != null)
        .map(ValueType::shapeName);
  }

  @ParameterizedTest
  @MethodSource("structuresWithAReader")
  void theGeneratedReaderReadsAsTheDescriptorDoes(String shapeName) throws Exception {
    StructureDescriptor<?> d = MediaConvertShapes.ALL.get(shapeName).structure();
    ObjectNode full = instance(d, 0);
    List<JsonNode> variants = new ArrayList<>(List.of(full, F.objectNode(), F.arrayNode()));
    ObjectNode unknown = full.deepCopy();
    unknown.putObject("zzNotInTheModel").putArray("n").add(1).add("***");
    variants.add(unknown);
    for (MemberDescriptor<?> m : d.members()) {
      ObjectNode nulled = full.deepCopy();
      nulled.putNull(m.jsonName());
      ObjectNode redacted = full.deepCopy();
      redacted.put(m.jsonName(), "***");
      ObjectNode wrong = full.deepCopy();
      if (m.type().kind() == ValueType.Kind.STRING || m.type().kind() == ValueType.Kind.ENUM) {
        wrong.put(m.jsonName(), 7);
      } else {
        wrong.put(m.jsonName(), "not of this type");
      }
      variants.addAll(List.of(nulled, redacted, wrong));
      if (m.type().kind() == ValueType.Kind.INTEGER) {
        // Beside the usual 32-bit integer: the numbers an integer member reads by another path.
        for (JsonNode number :
            List.<JsonNode>of(
                F.numberNode(12.0), F.numberNode(12.5), F.numberNode(3_000_000_000L))) {
          ObjectNode other = full.deepCopy();
          other.set(m.jsonName(), number);
          variants.add(other);
        }
      }
    }
    for (JsonNode json : variants) {
      byte[] bytes = MAPPER.writeValueAsBytes(json);
      assertThat(outcome(bytes, d, true))
          .as("%s: %s", shapeName, json)
          .isEqualTo(outcome(bytes, d, false));
    }
  }

  /** The structure read, or the failure's message and path. */
  private static Object outcome(byte[] json, StructureDescriptor<?> d, boolean generated)
      throws Exception {
    try (JsonParser p = MAPPER.createParser(json)) {
      DefaultDeserializationContext ctxt =
          ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
              .createInstance(MAPPER.getDeserializationConfig(), p, null);
      p.nextToken();
      try {
        return generated ? d.reader().read(p, ctxt) : StructureReader.readDescribed(p, ctxt, d);
      } catch (JsonMappingException e) {
        List<String> path = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
          path.add(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
        }
        return List.of(Objects.toString(e.getOriginalMessage()), path);
      }
    }
  }

  /** A JSON instance of the structure with every member set (nested ones to a small depth). */
  private static ObjectNode instance(StructureDescriptor<?> d, int depth) {
    ObjectNode o = F.objectNode();
    for (MemberDescriptor<?> m : d.members()) {
      JsonNode v = value(m.type(), depth + 1);
      if (v != null) {
        o.set(m.jsonName(), v);
      }
    }
    return o;
  }

  private static JsonNode value(ValueType type, int depth) {
    return switch (type.kind()) {
      case STRING -> F.textNode("text");
      case ENUM -> F.textNode(type.enumValues().get(0));
      case INTEGER, LONG -> F.numberNode(3);
      case DOUBLE -> F.numberNode(2.5);
      case BOOLEAN -> F.booleanNode(true);
      case TIMESTAMP -> F.numberNode(1_700_000_000L);
      case DOCUMENT -> F.objectNode().put("a", 1);
      case PAYLOAD -> null;
      case LIST -> {
        JsonNode element = value(type.element(), depth + 1);
        ArrayNode list = F.arrayNode();
        if (element != null) {
          list.add(element).add("***").addNull();
        }
        yield list;
      }
      case MAP -> {
        JsonNode element = value(type.element(), depth + 1);
        ObjectNode map = F.objectNode();
        if (element != null) {
          map.set("k", element);
          map.put("r", "***");
        }
        yield map;
      }
      case STRUCTURE -> depth > 3 ? F.objectNode() : instance(type.structure(), depth);
    };
  }
}
