package io.mctrail.validation;

import java.util.List;

/** The rules of the syntax layer: what stops an event from being read at all. */
public final class SyntaxRules {

  private static final String SOURCE = "RFC 8259 (JSON); CloudTrail record contents";

  public static final Rule INVALID_JSON =
      Rule.of(
          Layer.SYNTAX,
          "invalid-json",
          Severity.ERROR,
          "The record is not well-formed JSON; the finding gives line, column and reason.",
          SOURCE);
  public static final Rule NOT_AN_OBJECT =
      Rule.of(
          Layer.SYNTAX,
          "not-an-object",
          Severity.ERROR,
          "The record is JSON but not an object, so it cannot be a CloudTrail event.",
          SOURCE);
  public static final Rule CHECK_FAILED =
      Rule.of(
          Layer.SYNTAX,
          "check-failed",
          Severity.ERROR,
          "A check could not complete on this record (a defect of mctrail; please report it"
              + " with the rule named in the message).",
          "mctrail");

  public static final Rule LIMIT_EXCEEDED =
      Rule.of(
          Layer.SYNTAX,
          "limit-exceeded",
          Severity.ERROR,
          "A record nests deeper, or holds a longer string or number, than the configured read"
              + " limits; it is not read further.",
          "mctrail ReadLimits (Jackson StreamReadConstraints)");
  public static final Rule RECORD_BROKEN =
      Rule.of(
          Layer.SYNTAX,
          "record-broken",
          Severity.ERROR,
          "A record could not be cut out of its file: the file or its gzip ends inside it, it is"
              + " larger than the record limit, or it is not separated from the next.",
          "CloudTrail log file format {\"Records\":[...]}; gzip (RFC 1952)");
  public static final Rule INPUT_UNREADABLE =
      Rule.of(
          Layer.SYNTAX,
          "input-unreadable",
          Severity.ERROR,
          "A file or folder named to the command could not be read: missing, not permitted,"
              + " vanished during the run, or a cycle of symbolic links.",
          "mctrail check");

  public static final List<Rule> ALL =
      List.of(
          INVALID_JSON,
          NOT_AN_OBJECT,
          LIMIT_EXCEEDED,
          RECORD_BROKEN,
          INPUT_UNREADABLE,
          CHECK_FAILED,
          Findings.TRUNCATED);

  private SyntaxRules() {}
}
