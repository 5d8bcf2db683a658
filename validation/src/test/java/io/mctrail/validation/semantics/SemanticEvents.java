package io.mctrail.validation.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.List;

/**
 * Builds small MediaConvert CloudTrail events around a settings tree for the semantics tests: a
 * valid job's settings that each test changes in one place, wrapped as CreateJob (request and
 * echoed response), GetJob (response only) or CreatePreset.
 */
final class SemanticEvents {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Where a CreateJob event's request settings are. */
  static final String REQUEST = "/requestParameters/settings";

  /** Where the first output of the first group is, under the request settings. */
  static final String OUTPUT = REQUEST + "/outputGroups/0/outputs/0";

  /** The H.264 settings of the first output, under the request settings. */
  static final String H264 = OUTPUT + "/videoDescription/codecSettings/h264Settings";

  /** The AAC settings of the first output's first audio description. */
  static final String AAC = OUTPUT + "/audioDescriptions/0/codecSettings/aacSettings";

  private static final Validator VALIDATOR =
      Validator.create(
          ValidatorConfig.builder().profile(Profile.DEFAULT).enableOnly("semantics").build());

  private final ObjectNode settings;

  private SemanticEvents(ObjectNode settings) {
    this.settings = settings;
  }

  /** The valid job settings of {@code semantics/base-job-settings.json}. */
  static SemanticEvents job() {
    return new SemanticEvents((ObjectNode) resource("/semantics/base-job-settings.json"));
  }

  /** Settings given as JSON text. */
  static SemanticEvents settings(String json) {
    return new SemanticEvents((ObjectNode) parse(json));
  }

  static JsonNode resource(String path) {
    try (InputStream in = SemanticEvents.class.getResourceAsStream(path)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets a value at a pointer relative to the settings ({@code /outputGroups/0/...}), creating
   * missing objects on the way. A {@link String} is set as text, a {@link JsonNode} as is.
   */
  SemanticEvents set(String pointer, Object value) {
    JsonNode node =
        value instanceof JsonNode j
            ? j
            : value instanceof String s
                ? MAPPER.getNodeFactory().textNode(s)
                : MAPPER.valueToTree(value);
    String[] tokens = pointer.substring(1).split("/");
    JsonNode parent = settings;
    for (int i = 0; i < tokens.length - 1; i++) {
      JsonNode next =
          parent.isArray() ? parent.get(Integer.parseInt(tokens[i])) : parent.get(tokens[i]);
      if (next == null) {
        next = ((ObjectNode) parent).putObject(tokens[i]);
      }
      parent = next;
    }
    String last = tokens[tokens.length - 1];
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
    return this;
  }

  /** Sets a value given as JSON text. */
  SemanticEvents setJson(String pointer, String json) {
    return set(pointer, parse(json));
  }

  /** Removes the member at a pointer relative to the settings. */
  SemanticEvents remove(String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = settings.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) parent).remove(last);
    }
    return this;
  }

  /** Makes the first output group a streaming group of {@code type} with these group settings. */
  SemanticEvents group(String type, String member, String groupSettingsJson, String container) {
    ObjectNode groupSettings = MAPPER.createObjectNode().put("type", type);
    groupSettings.set(member, parse(groupSettingsJson));
    set("/outputGroups/0/outputGroupSettings", groupSettings);
    return setJson(
        "/outputGroups/0/outputs/0/containerSettings", "{\"container\":\"" + container + "\"}");
  }

  /** A DASH ISO group with the seed's segment and fragment lengths and an MPD output. */
  SemanticEvents dash() {
    return group(
        "DASH_ISO_GROUP_SETTINGS",
        "dashIsoGroupSettings",
        "{\"destination\":\"s3://example-bucket/dash/\",\"segmentLength\":30,\"fragmentLength\":2}",
        "MPD");
  }

  /** A CreateJob event: the settings in the request and echoed in the response. */
  String createJob() {
    ObjectNode event = envelope("CreateJob");
    ObjectNode request = event.putObject("requestParameters");
    request.put("role", "arn:aws:iam::123456789012:role/MediaConvertRole");
    request.set("settings", settings.deepCopy());
    ObjectNode job = event.putObject("responseElements").putObject("job");
    job.put("arn", "arn:aws:mediaconvert:us-west-2:123456789012:jobs/1510714652428-jyvx95");
    job.put("id", "1510714652428-jyvx95");
    job.put("status", "SUBMITTED");
    job.put("createdAt", 1510714652436L);
    job.put("role", "arn:aws:iam::123456789012:role/MediaConvertRole");
    job.set("settings", settings.deepCopy());
    return event.toString();
  }

  /** A GetJob event: the settings only in the response. */
  String getJob() {
    ObjectNode event = envelope("GetJob");
    event.putObject("requestParameters").put("id", "1510714652428-jyvx95");
    ObjectNode job = event.putObject("responseElements").putObject("job");
    job.put("arn", "arn:aws:mediaconvert:us-west-2:123456789012:jobs/1510714652428-jyvx95");
    job.put("id", "1510714652428-jyvx95");
    job.put("status", "COMPLETE");
    job.put("role", "arn:aws:iam::123456789012:role/MediaConvertRole");
    job.set("settings", settings.deepCopy());
    return event.toString();
  }

  /** A CreatePreset event: these settings are PresetSettings. */
  String createPreset() {
    ObjectNode event = envelope("CreatePreset");
    ObjectNode request = event.putObject("requestParameters");
    request.put("name", "hd");
    request.set("settings", settings.deepCopy());
    ObjectNode preset = event.putObject("responseElements").putObject("preset");
    preset.put("name", "hd");
    preset.put("type", "CUSTOM");
    preset.set("settings", settings.deepCopy());
    return event.toString();
  }

  private static ObjectNode envelope(String eventName) {
    ObjectNode event = MAPPER.createObjectNode();
    event.put("eventVersion", "1.08");
    event.put("eventTime", "2017-11-15T02:57:32Z");
    event.put("eventSource", "mediaconvert.amazonaws.com");
    event.put("eventName", eventName);
    event.put("awsRegion", "us-west-2");
    event.put("eventID", "22ef8e82-ea2c-4014-9a45-16fd11474b31");
    event.put("eventType", "AwsApiCall");
    event.put("recipientAccountId", "123456789012");
    return event;
  }

  /** The semantics findings of this job's CreateJob event. */
  List<Finding> findings() {
    return validate(createJob());
  }

  /** The semantics findings of an event. */
  static List<Finding> validate(String event) {
    return VALIDATOR.validate(event).findings();
  }

  /** Asserts exactly one finding of {@code rule}, at {@code pointer}, with its default severity. */
  static void assertOnly(List<Finding> findings, Rule rule, String pointer) {
    assertThat(findings)
        .filteredOn(f -> f.rule().equals(rule.id()))
        .extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple(pointer, rule.defaultSeverity()));
  }

  /** Asserts that no finding of {@code rule} was reported. */
  static void assertNone(List<Finding> findings, Rule rule) {
    assertThat(findings).filteredOn(f -> f.rule().equals(rule.id())).isEmpty();
  }
}
