package io.mctrail.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.curiousoddman.rgxgen.RgxGen;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureBuilder;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds an instance of a generated structure with every member set near the root, within the
 * constraints its descriptor states (a test helper; the testkit has the full generators).
 */
final class ShapePopulator {

  private final RandomGenerator random;
  private final int fullDepth;

  ShapePopulator(RandomGenerator random, int fullDepth) {
    this.random = random;
    this.fullDepth = fullDepth;
  }

  <T extends Structure> T populate(StructureDescriptor<T> descriptor) {
    return structure(descriptor, 0);
  }

  private <T extends Structure> T structure(StructureDescriptor<T> descriptor, int depth) {
    StructureBuilder<T> builder = descriptor.newBuilder();
    for (MemberDescriptor<T> m : descriptor.members()) {
      if (depth < fullDepth || m.required()) {
        Object value = value(m.type(), depth + 1);
        if (value != null) {
          m.set(builder, value);
        }
      }
    }
    return builder.build();
  }

  private Object value(ValueType type, int depth) {
    switch (type.kind()) {
      case STRING:
        return string(type);
      case ENUM:
        return type.enumValues().get(random.nextInt(type.enumValues().size()));
      case INTEGER:
        return (int) integer(type, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG:
        return integer(type, Long.MIN_VALUE, Long.MAX_VALUE);
      case DOUBLE:
        double lo = type.min() == null ? 0 : type.min().doubleValue();
        double hi = type.max() == null ? lo + 1000 : Math.min(type.max().doubleValue(), lo + 1000);
        return lo + (hi - lo) * random.nextDouble();
      case BOOLEAN:
        return random.nextBoolean();
      case TIMESTAMP:
        return Timestamp.of(
            Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000)),
            Timestamp.Form.EPOCH_SECONDS);
      case DOCUMENT:
        return JsonNodeFactory.instance.objectNode().put("a", random.nextInt(10));
      case PAYLOAD:
        return null;
      case LIST:
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size(type); i++) {
          list.add(value(type.element(), depth));
        }
        return list;
      case MAP:
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size(type); i++) {
          map.put("key" + i, value(type.element(), depth));
        }
        return map;
      case STRUCTURE:
        return structure(type.structure(), depth);
      default:
        throw new IllegalStateException(type.toString());
    }
  }

  private int size(ValueType type) {
    int min = type.min() == null ? 0 : type.min().intValue();
    int max = type.max() == null ? 2 : type.max().intValue();
    return Math.max(min, Math.min(max, 1));
  }

  private long integer(ValueType type, long floor, long ceiling) {
    long lo = type.min() == null ? 0 : type.min().max(BigDecimal.valueOf(floor)).longValue();
    long hi =
        type.max() == null ? lo + 1000 : type.max().min(BigDecimal.valueOf(ceiling)).longValue();
    return lo + (long) (random.nextDouble() * (double) (hi - lo));
  }

  private String string(ValueType type) {
    int min = type.min() == null ? 0 : type.min().intValue();
    int max = type.max() == null ? Integer.MAX_VALUE : type.max().intValue();
    if (type.pattern() != null) {
      RgxGen gen = RgxGen.parse(type.pattern());
      for (int attempt = 0; attempt < 200; attempt++) {
        String s = gen.generate(random);
        if (s.length() >= min && s.length() <= max) {
          return s;
        }
      }
      throw new IllegalStateException(
          "no string of length " + min + ".." + max + " for " + type.shapeName());
    }
    int length = Math.max(min, Math.min(max, 5));
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
