package io.mctrail.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.cloudtrail.MediaConvertPayloads;
import io.mctrail.model.runtime.OperationDescriptor;

/**
 * One event under validation: the JSON tree as it was read (every pointer refers to it), the typed
 * event when it could be read, and the MediaConvert operation it records.
 */
public final class EventContext {

  private final JsonNode root;
  private final CloudTrailEvent typed;
  private final ValidatorConfig config;
  private final OperationDescriptor operation;

  EventContext(JsonNode root, CloudTrailEvent typed, ValidatorConfig config) {
    this.root = root;
    this.typed = typed;
    this.config = config;
    this.operation =
        MediaConvertPayloads.operation(
            root.path("eventSource").asText(null), root.path("eventName").asText(null));
  }

  /** The event as it was read. */
  public JsonNode root() {
    return root;
  }

  /** The typed event, or {@code null} when the JSON could not be read into the model. */
  public CloudTrailEvent typed() {
    return typed;
  }

  public ValidatorConfig config() {
    return config;
  }

  /** The MediaConvert operation of the event, or {@code null} for any other record. */
  public OperationDescriptor operation() {
    return operation;
  }

  /** True when {@code eventSource} is MediaConvert's. */
  public boolean isMediaConvert() {
    return MediaConvertPayloads.EVENT_SOURCE.equals(root.path("eventSource").asText(null));
  }

  /** A text member of the root, or {@code null}. */
  public String text(String field) {
    JsonNode n = root.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** {@code requestParameters} when it is an object, otherwise {@code null}. */
  public JsonNode request() {
    JsonNode n = root.get("requestParameters");
    return n != null && n.isObject() ? n : null;
  }

  /** {@code responseElements} when it is an object, otherwise {@code null}. */
  public JsonNode response() {
    JsonNode n = root.get("responseElements");
    return n != null && n.isObject() ? n : null;
  }
}
