package io.mctrail.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;

/** Test fixtures and comparisons shared by the model's tests. */
final class Events {

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new McTrailModule());

  /** Orders numbers by value (90 and 90.0 are equal), everything else by equality. */
  static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };

  private Events() {}

  static byte[] bytes(String name) {
    try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CloudTrailEvent event(String name) {
    try {
      return MAPPER.readValue(bytes(name), CloudTrailEvent.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String name) {
    try {
      return MAPPER.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the two trees are equal, numbers compared by value. */
  static boolean equalByValue(JsonNode a, JsonNode b) {
    return a.equals(BY_VALUE, b);
  }
}
