package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A job is submitted, then starts, then finishes: just inside and just outside that order. */
class JobTimingRulesTest {

  private static final String TIMING = "/responseElements/job/timing";

  @Test
  void timesInOrderOrEqualAreFine() {
    assertNone(
        getJob("{\"submitTime\":1700000000,\"startTime\":1700000000,\"finishTime\":1700000000}"),
        JobTimingRules.TIMING_ORDER);
  }

  @Test
  void aStartOneSecondBeforeTheSubmissionIsReported() {
    assertOnly(
        getJob("{\"submitTime\":1700000000,\"startTime\":1699999999}"),
        JobTimingRules.TIMING_ORDER,
        TIMING + "/startTime");
  }

  @Test
  void aFinishBeforeTheStartIsReported() {
    assertOnly(
        getJob("{\"submitTime\":1700000000,\"startTime\":1700000060,\"finishTime\":1700000059}"),
        JobTimingRules.TIMING_ORDER,
        TIMING + "/finishTime");
  }

  @Test
  void aFinishBeforeTheSubmissionIsReportedWhenTheStartIsMissing() {
    assertOnly(
        getJob("{\"submitTime\":1700000000,\"finishTime\":1699999999}"),
        JobTimingRules.TIMING_ORDER,
        TIMING + "/finishTime");
  }

  @Test
  void timesWrittenAsTextInEitherFormAreOrderedToo() {
    assertOnly(
        getJob(
            "{\"submitTime\":\"Nov 15, 2017 2:57:32 AM\",\"startTime\":\"2017-11-15T02:57:31Z\"}"),
        JobTimingRules.TIMING_ORDER,
        TIMING + "/startTime");
  }

  @Test
  void aRedactedTimeIsNotCompared() {
    assertNone(
        getJob("{\"submitTime\":\"***\",\"startTime\":1699999999,\"finishTime\":1700000000}"),
        JobTimingRules.TIMING_ORDER);
  }

  private static java.util.List<io.mctrail.validation.Finding> getJob(String timing) {
    ObjectNode event = (ObjectNode) SemanticEvents.parse(job().getJob());
    ((ObjectNode) event.get("responseElements").get("job"))
        .set("timing", SemanticEvents.parse(timing));
    return SemanticEvents.validate(event.toString());
  }
}
