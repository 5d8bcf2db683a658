package io.mctrail.validation.report;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Layer;
import io.mctrail.validation.Location;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/** Reports made by hand for the writer tests: no validator runs. */
final class SampleReports {

  static final String TRAIL = "logs/trail one.json";
  static final String DIGEST = "digest/2024/digest.json.gz";

  /** Why a record of another service is skipped. */
  static final String OTHER_SERVICE = "record of another service";

  /** Why a digest file is skipped. */
  static final String DIGEST_FILE = "CloudTrail digest file";

  /** A message with every character a writer must escape or carry intact. */
  static final String TRICKY =
      "He said \"hi\" & 'bye' <b>bold</b> ]]> \\ back\nsecond line, Ünïcødé ✓ 😀, tab\there";

  static final Rule VALUE_CHANGED =
      Rule.of(
          Layer.CONSISTENCY,
          "value-changed",
          Severity.ERROR,
          "The response echoes a setting with another value.",
          "MediaConvert API reference: CreateJob");
  static final Rule UNKNOWN_FIELD =
      Rule.of(
          Layer.SCHEMA,
          "unknown-field",
          Severity.WARNING,
          "A field the model does not know.",
          "AWS model");
  static final Rule DEFAULT_ADDED =
      Rule.of(
          Layer.CONSISTENCY,
          "default-added",
          Severity.INFO,
          "The response adds a service default.",
          "MediaConvert API reference: CreateJob");
  static final Rule INVALID_JSON =
      Rule.of(Layer.SYNTAX, "invalid-json", Severity.ERROR, "Not JSON.", "RFC 8259");

  /** The rules the SARIF tests describe as the tool's catalogue. */
  static final List<Rule> CATALOGUE =
      List.of(INVALID_JSON, UNKNOWN_FIELD, VALUE_CHANGED, DEFAULT_ADDED);

  static final Finding DESTINATION_CHANGED =
      new Finding(
          VALUE_CHANGED.id(),
          Severity.ERROR,
          "/responseElements/job/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings"
              + "/destination",
          "/requestParameters/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings"
              + "/destination",
          "the destination differs from the request",
          "s3://bucket/a/",
          "s3://bucket/b/");
  static final Finding EXTRA_FIELD =
      Finding.of(UNKNOWN_FIELD.id(), Severity.WARNING, "/requestParameters/x~1y", "unknown");
  static final Finding QUEUE_DEFAULT =
      Finding.of(DEFAULT_ADDED.id(), Severity.INFO, "/responseElements/job/queue", "default queue");
  static final Finding NOT_JSON =
      Finding.of(INVALID_JSON.id(), Severity.ERROR, "", "line 1, column 2: unexpected end");
  static final Finding PRIORITY_DEFAULT =
      Finding.of(DEFAULT_ADDED.id(), Severity.INFO, "/responseElements/job/priority", "priority 0");

  private SampleReports() {}

  /**
   * Three inputs: a trail file with an event of three findings, a clean event, a record that does
   * not parse and one skipped record; standard input with one INFO; a digest file skipped whole.
   * Summary: 3 files, 4 events, 3 skipped, 2 errors, 1 warning, 2 infos.
   */
  static Report mixed() {
    return Report.builder()
        .event(
            new EventReport(
                TRAIL,
                0,
                "CreateJob",
                "1b2c3d4e-0000-4000-8000-000000000001",
                List.of(DESTINATION_CHANGED, EXTRA_FIELD, QUEUE_DEFAULT)))
        .event(new EventReport(TRAIL, 1, "GetJob", "id-2", List.of()))
        .skipped(TRAIL, OTHER_SERVICE, 1)
        .event(new EventReport(TRAIL, 3, null, null, List.of(NOT_JSON)))
        .event(
            new EventReport(EventReport.STDIN, 0, "CreateJob", "id-4", List.of(PRIORITY_DEFAULT)))
        .skipped(DIGEST, DIGEST_FILE, 2)
        .build();
  }

  /**
   * Two events whose findings' places are known: the trail file's first event (its destination at
   * 41:25, offset 1630; the unknown field at 7:3, offset 210; the queue at 52:9, offset 2003) and a
   * record of standard input that does not parse, at its start.
   */
  static Report located() {
    return Report.builder()
        .event(
            new EventReport(
                TRAIL,
                0,
                "CreateJob",
                "1b2c3d4e-0000-4000-8000-000000000001",
                List.of(DESTINATION_CHANGED, EXTRA_FIELD, QUEUE_DEFAULT),
                List.of(
                    new Location(41, 25, 1630),
                    new Location(7, 3, 210),
                    new Location(52, 9, 2003))))
        .event(
            new EventReport(
                EventReport.STDIN, 0, null, null, List.of(NOT_JSON), List.of(Location.START)))
        .build();
  }

  /** One event whose every text field holds {@link #TRICKY}. */
  static Report tricky() {
    Finding f =
        new Finding(
            VALUE_CHANGED.id(),
            Severity.ERROR,
            "/requestParameters/a\"b<c>&d",
            "/responseElements/ü",
            TRICKY,
            TRICKY,
            TRICKY);
    Finding w = Finding.of(UNKNOWN_FIELD.id(), Severity.WARNING, "/x", TRICKY);
    return Report.builder()
        .event(new EventReport("in <&\"'> ü.json", 0, "Create<Job>", "id&\"1\"", List.of(f, w)))
        .build();
  }
}
