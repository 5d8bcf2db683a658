package io.mctrail.cli.input;

/**
 * Limits on what one record may be, so that a hostile or broken file cannot exhaust memory.
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
