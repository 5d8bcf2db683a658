package io.mctrail.validation.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small test events and the findings the validator gives them. Events start from a minimal valid
 * MediaConvert CreateJob record (test resource {@code envelope/create-job.json}) and are changed
 * one member at a time with {@link #with} and {@link #without}.
 */
public final class TestEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Validator DEFAULT = Validator.create(ValidatorConfig.of(Profile.DEFAULT));

  private TestEvents() {}

  /** A fresh copy of the minimal valid CreateJob record. */
  public static ObjectNode createJob() {
    return load("/envelope/create-job.json");
  }

  /** A fresh copy of a JSON object test resource. */
  public static ObjectNode load(String resource) {
    try (InputStream in = TestEvents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON value from its text, for example {@code json("{\"a\":1}")}. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Sets the value at {@code pointer} (missing parent objects are created; an array index one past
   * the end appends). A {@link JsonNode} is set as it is, {@code null} as JSON null, anything else
   * as the JSON of a String, Number or Boolean.
   */
  public static ObjectNode with(ObjectNode root, String pointer, Object value) {
    List<String> tokens = tokens(pointer);
    JsonNode parent = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String t = tokens.get(i);
      JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
      if (next == null || !next.isContainerNode()) {
        next = ((ObjectNode) parent).putObject(t);
      }
      parent = next;
    }
    JsonNode node = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
    String last = tokens.get(tokens.size() - 1);
    if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      int index = Integer.parseInt(last);
      if (index == array.size()) {
        array.add(node);
      } else {
        array.set(index, node);
      }
    } else {
      ((ObjectNode) parent).set(last, node);
    }
    return root;
  }

  /** Removes the member at {@code pointer}. */
  public static ObjectNode without(ObjectNode root, String pointer) {
    List<String> tokens = tokens(pointer);
    JsonNode parent = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String t = tokens.get(i);
      parent = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
    }
    ((ObjectNode) parent).remove(tokens.get(tokens.size() - 1));
    return root;
  }

  /** Every finding of the default profile for the event, read from its JSON text. */
  public static List<Finding> findings(JsonNode event) {
    return findings(DEFAULT, event);
  }

  /** Every finding of {@code validator} for the event, read from its JSON text. */
  public static List<Finding> findings(Validator validator, JsonNode event) {
    return validator.validate(event.toString()).findings();
  }

  /** The findings of one rule of the default profile. */
  public static List<Finding> findings(JsonNode event, String ruleId) {
    return findings(event).stream().filter(f -> f.rule().equals(ruleId)).toList();
  }

  /**
   * The one finding of {@code rule} for the event under the default profile; fails the test when
   * there is none or more than one.
   */
  public static Finding theOnly(JsonNode event, Rule rule) {
    List<Finding> found = findings(event, rule.id());
    if (found.size() != 1) {
      throw new AssertionError(
          "expected exactly one " + rule.id() + " finding, got " + found.size() + ": " + found);
    }
    return found.get(0);
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
