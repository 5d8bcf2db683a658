package io.mctrail.validation.consistency;

import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/** The rules of the consistency layer: the response against the request. */
public final class ConsistencyRules {

  private static final String ECHO =
      "AWS MediaConvert API Reference: the response of CreateJob, CreateJobTemplate,"
          + " CreatePreset, CreateQueue and their Update operations returns the resource as"
          + " created, with the settings of the request; CloudTrail logs both sides";

  public static final Rule VALUE_CHANGED =
      Rule.of(
          Layer.CONSISTENCY,
          "value-changed",
          Severity.ERROR,
          "A value of the request is echoed differently in the response (numbers compare by"
              + " value, a queue name matches its ARN).",
          ECHO);
  public static final Rule VALUE_MISSING =
      Rule.of(
          Layer.CONSISTENCY,
          "value-missing",
          Severity.ERROR,
          "A member of the request is missing from the response that echoes it.",
          ECHO);
  public static final Rule SERVICE_DEFAULT =
      Rule.of(
          Layer.CONSISTENCY,
          "service-default",
          Severity.INFO,
          "A member only in the response: a default MediaConvert filled in.",
          ECHO);
  public static final Rule REDACTED =
      Rule.of(
          Layer.CONSISTENCY,
          "redacted",
          Severity.INFO,
          "The response redacts a value the request logged in clear; the two compare as"
              + " unknown.",
          "CloudTrail redaction of sensitive values (\"***\")");
  public static final Rule JOB_ID =
      Rule.of(
          Layer.CONSISTENCY,
          "job-id",
          Severity.ERROR,
          "The job id is not the last segment of the job ARN.",
          "AWS MediaConvert API Reference, Job.Arn and Job.Id:"
              + " arn:aws:mediaconvert:<region>:<account>:jobs/<id>");
  public static final Rule CREATED_AT =
      Rule.of(
          Layer.CONSISTENCY,
          "created-at",
          Severity.ERROR,
          "The resource's createdAt is further from eventTime than the configured tolerance"
              + " (default 5 minutes), whatever the timestamp's form.",
          "CloudTrail record contents, eventTime: the time the request was completed");
  public static final Rule SUBMIT_TIME =
      Rule.of(
          Layer.CONSISTENCY,
          "submit-time",
          Severity.ERROR,
          "The job's timing.submitTime is further from eventTime than the configured"
              + " tolerance (default 5 minutes), whatever the timestamp's form.",
          "CloudTrail record contents, eventTime; AWS MediaConvert API model, Timing.SubmitTime");
  public static final Rule INITIAL_STATUS =
      Rule.of(
          Layer.CONSISTENCY,
          "initial-status",
          Severity.ERROR,
          "A job just created has a status other than SUBMITTED.",
          "AWS MediaConvert API model, Job.Status documentation: a job is SUBMITTED when"
              + " created");

  public static final List<Rule> ALL =
      List.of(
          VALUE_CHANGED,
          VALUE_MISSING,
          SERVICE_DEFAULT,
          REDACTED,
          JOB_ID,
          CREATED_AT,
          SUBMIT_TIME,
          INITIAL_STATUS);

  private ConsistencyRules() {}
}
