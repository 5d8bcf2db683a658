package io.mctrail.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Events for the validator's tests, read from test resources and edited with pointers. */
public final class TestEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestEvents() {}

  /** A fresh, mutable tree of the resource {@code /events/<name>}. */
  public static ObjectNode load(String name) {
    try (InputStream in = TestEvents.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test event " + name);
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the value at {@code pointer} (its parent must be an object) to {@code json}. */
  public static ObjectNode set(ObjectNode event, String pointer, String json) {
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) event.at(pointer.substring(0, slash));
    try {
      parent.set(pointer.substring(slash + 1), MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return event;
  }

  /** Removes the member at {@code pointer}. */
  public static ObjectNode remove(ObjectNode event, String pointer) {
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) event.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
    return event;
  }

  /** The tree as JSON text. */
  public static String json(JsonNode event) {
    return event.toString();
  }
}
