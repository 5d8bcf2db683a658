package io.mctrail.validation.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonNodes;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import io.mctrail.validation.TreePath;
import java.time.Instant;
import java.util.List;

/**
 * The order of a job's times, as a response reports them ({@code job.timing} of CreateJob, GetJob,
 * ListJobs, …): a job is submitted, then starts, then finishes. Not a rule of the settings, so it
 * reads the response, not a {@link SettingsTree}.
 */
final class JobTimingRules {

  static final Rule TIMING_ORDER =
      Sources.rule(
          "job-timing-out-of-order",
          Severity.ERROR,
          "A job's timing is out of order: it starts before it was submitted, or finishes before"
              + " it was submitted or started.",
          Sources.model(
              "Timing.SubmitTime, Timing.StartTime and Timing.FinishTime",
              "The time, in Unix epoch format, that you submitted the job. [...] The time, in Unix"
                  + " epoch format, that transcoding for the job began. [...] The time, in Unix"
                  + " epoch format, that the transcoding job finished"));

  /** The members of a timing object, in the order their times must keep. */
  private static final List<String> ORDER = List.of("submitTime", "startTime", "finishTime");

  private JobTimingRules() {}

  static List<Rule> rules() {
    return List.of(TIMING_ORDER);
  }

  /** Checks every {@code timing} object of the event's response. */
  static void check(EventContext event, Findings findings) {
    JsonNode response = event.response();
    if (response == null || !findings.isEnabled(TIMING_ORDER)) {
      return;
    }
    for (JsonNodes.Located timing :
        JsonNodes.findObjects(response, TreePath.ROOT.child("responseElements"), "timing")) {
      check(timing, findings);
    }
  }

  private static void check(JsonNodes.Located timing, Findings findings) {
    String earlierName = null;
    Instant earlier = null;
    for (String name : ORDER) {
      Instant at = instant(timing.node().get(name));
      if (at == null) {
        continue;
      }
      if (earlier != null && at.isBefore(earlier)) {
        findings.add(
            TIMING_ORDER,
            timing.path().pointer(name),
            timing.path().pointer(earlierName),
            name + " " + at + " is before " + earlierName + " " + earlier,
            "at or after " + earlier,
            at.toString());
        return;
      }
      earlierName = name;
      earlier = at;
    }
  }

  /** The time of a timing member, or {@code null} when absent, redacted or unreadable. */
  private static Instant instant(JsonNode value) {
    if (value == null || Node.isMarker(value)) {
      return null;
    }
    try {
      if (value.isNumber()) {
        return Timestamp.fromNumber(value.asText()).instant();
      }
      if (value.isTextual()) {
        return Timestamp.fromString(value.asText()).instant();
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      // a value the constraints layer reports; not a time to order
    }
    return null;
  }
}
