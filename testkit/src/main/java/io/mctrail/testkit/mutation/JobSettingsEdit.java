package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.event.CloudTrailForms;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.settings.ShapedNode;
import io.mctrail.testkit.settings.ValidSettings;
import java.util.random.RandomGenerator;

/**
 * A change to the job settings of a CreateJob record: made on the request's settings, which are
 * then made valid again (repaired, DRM settings redacted, ARNs in the record's account), broken in
 * one place, and echoed into the response, so that the record differs from a consistent one only by
 * the defect.
 */
final class JobSettingsEdit {

  static final String REQUEST = "/requestParameters/settings";
  static final String RESPONSE = "/responseElements/job/settings";

  private final ObjectNode copy;
  private final ConsistentEvent event;
  private final ObjectNode settings;

  private JobSettingsEdit(ObjectNode copy, ConsistentEvent event) {
    this.copy = copy;
    this.event = event;
    this.settings = (ObjectNode) copy.path("requestParameters").path("settings");
  }

  /** An edit of the copy of a CreateJob record. */
  static JobSettingsEdit of(ObjectNode copy, ConsistentEvent event) {
    if (!event.operation().equals("CreateJob")) {
      throw new IllegalArgumentException("not a CreateJob record: " + event.operation());
    }
    return new JobSettingsEdit(copy, event);
  }

  /** The request's settings, shaped. */
  ShapedNode settings() {
    return ShapedNode.of(settings, "JobSettings");
  }

  /** Makes the request's settings valid again, in CloudTrail's forms. */
  void repair(RandomGenerator random) {
    ValidSettings.repairJob(settings, random);
    CloudTrailForms.redactDrm(settings);
    CloudTrailForms.scopeArns(settings, event.scope());
  }

  /** Echoes the request's settings in the response. */
  void echo() {
    ((ObjectNode) copy.path("responseElements").path("job")).set("settings", settings.deepCopy());
  }

  /** The pointer of {@code node}, an object of the request's settings. */
  String pointer(ShapedNode node) {
    return pointer(node.json());
  }

  /** The pointer of {@code node}'s member {@code member}. */
  String pointer(ShapedNode node, String member) {
    return Pointers.append(pointer(node), member);
  }

  String pointer(JsonNode node) {
    String p = Pointers.of(settings, node, REQUEST);
    if (p == null) {
      throw new IllegalStateException("the node is not in the request's settings");
    }
    return p;
  }

  /** The pointer of the response's echo of a request pointer under the settings. */
  static String echoOf(String requestPointer) {
    return RESPONSE + requestPointer.substring(REQUEST.length());
  }
}
