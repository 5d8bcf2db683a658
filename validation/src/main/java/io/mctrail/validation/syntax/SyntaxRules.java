package io.mctrail.validation.syntax;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
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
  public static final Rule NOT_A_RECORD =
      Rule.of(
          Layer.SYNTAX,
          "not-a-record",
          Severity.ERROR,
          "An input holds a JSON object that is no CloudTrail record of any service, nor one of"
              + " the forms that hold records (a log file, a digest file, an EventBridge event, a"
              + " CloudWatch Logs payload or Lambda event, LookupEvents output): it has none of a"
              + " record's top-level members (eventVersion, eventTime, eventSource, eventName, ...)."
              + " The file is probably not a CloudTrail log; the object is not checked further.",
          "CloudTrail record contents (the members of a record); mctrail check");
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
          "A record nests deeper, holds a longer string or number, or more tokens than the"
              + " configured read limits, or a number beyond the range of a double; it is not"
              + " validated further.",
          "mctrail ReadLimits (Jackson StreamReadConstraints)");
  public static final Rule RECORD_BROKEN =
      Rule.of(
          Layer.SYNTAX,
          "record-broken",
          Severity.ERROR,
          "A record could not be cut out of its file: the file or its gzip ends inside it, it is"
              + " larger than the record limit, or it is not separated from the next. Lines that"
              + " hold no record where one should start are one finding, up to the next record;"
              + " a file that is binary, not text (a NUL byte or bytes that are not UTF-8 where a"
              + " record should start), is one finding, and the rest of it is not read.",
          "CloudTrail log file format {\"Records\":[...]}; gzip (RFC 1952)");
  public static final Rule INPUT_UNREADABLE =
      Rule.of(
          Layer.SYNTAX,
          "input-unreadable",
          Severity.ERROR,
          "A file or folder named to the command could not be read: missing, not permitted,"
              + " vanished during the run, or a cycle of symbolic links.",
          "mctrail check");

  public static final Rule INPUT_EMPTY =
      Rule.of(
          Layer.SYNTAX,
          "input-empty",
          Severity.WARNING,
          "A file is empty or holds only whitespace: CloudTrail never writes such a file, so it may"
              + " have been cut off before its first record. (An empty list of records, such as"
              + " {\"Records\":[]} or LookupEvents output with no event, is not a finding.)",
          "mctrail check; CloudTrail log file format {\"Records\":[...]}");
  public static final Rule ENCODING =
      Rule.of(
          Layer.SYNTAX,
          "encoding",
          Severity.WARNING,
          "A file is not plain UTF-8: it starts with a UTF-8 byte-order mark (skipped), or it is"
              + " UTF-16 or UTF-32 (read in that encoding). CloudTrail writes UTF-8 without a"
              + " byte-order mark and other tools may not read the file. Reported once, with the"
              + " file's first entry.",
          "RFC 8259 section 8.1 (JSON text exchanged between systems is UTF-8, without a"
              + " byte-order mark); RFC 4627 section 3 (detecting UTF-16 and UTF-32)");

  public static final List<Rule> ALL =
      List.of(
          INVALID_JSON,
          NOT_AN_OBJECT,
          NOT_A_RECORD,
          LIMIT_EXCEEDED,
          RECORD_BROKEN,
          ENCODING,
          INPUT_EMPTY,
          INPUT_UNREADABLE,
          CHECK_FAILED,
          Findings.TRUNCATED);

  private SyntaxRules() {}
}
