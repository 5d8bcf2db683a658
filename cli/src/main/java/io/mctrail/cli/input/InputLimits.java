package io.mctrail.cli.input;

/**
 * Limits on what one record may be, so that a hostile or broken file cannot exhaust memory: the
 * reader holds one record at a time, and never more than this of it. {@code mctrail check} sets it
 * with {@code --max-record-bytes}. The limits on what a record holds (nesting depth, string and
 * number length) are the validator's {@code ReadLimits}.
 *
 * @param maxRecordBytes the largest record, in bytes, that is read; a larger one is a broken record
 *     and the file goes on after it
 */
public record InputLimits(int maxRecordBytes) {

  /** 64 MiB: far above any real CloudTrail record (CloudTrail caps events near 256 KB). */
  public static final InputLimits DEFAULT = new InputLimits(64 * 1024 * 1024);

  public InputLimits {
    if (maxRecordBytes < 1024) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 1024");
    }
  }
}
