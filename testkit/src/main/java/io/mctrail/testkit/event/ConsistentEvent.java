package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.testkit.CloudTrailJson;
import java.util.Objects;

/**
 * A CloudTrail record of a MediaConvert call that is consistent in every respect the validator
 * checks: a well-formed envelope whose accounts, region and times agree with its payloads, a
 * request within the model's constraints and MediaConvert's rules, and a response that echoes the
 * request as MediaConvert and CloudTrail write it.
 *
 * <p>The JSON is the record itself and is shared: read it, or {@link #copy()} it to change it.
 *
 * @param operation the MediaConvert operation ({@code eventName})
 * @param scope the region, account, time and record format of the call
 * @param echo the member of {@code responseElements} that echoes {@code requestParameters}, or
 *     {@code null} when the operation's response does not echo its request
 * @param json the record
 */
public record ConsistentEvent(String operation, EventScope scope, String echo, ObjectNode json) {

  public ConsistentEvent {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(json, "json");
  }

  /** A deep copy of the record, to change. */
  public ObjectNode copy() {
    return json.deepCopy();
  }

  /** The record read into the typed model. */
  public CloudTrailEvent typed() {
    return CloudTrailJson.typed(json, CloudTrailEvent.class);
  }

  /** The record as compact UTF-8 JSON. */
  public byte[] bytes() {
    return CloudTrailJson.bytes(json);
  }

  /** {@code requestParameters}, or a missing or null node. */
  public JsonNode request() {
    return json.path("requestParameters");
  }

  /** {@code responseElements}, or a missing or null node. */
  public JsonNode response() {
    return json.path("responseElements");
  }

  /** The record as indented JSON. */
  @Override
  public String toString() {
    return operation + " in " + scope.region() + " " + CloudTrailJson.pretty(json);
  }
}
