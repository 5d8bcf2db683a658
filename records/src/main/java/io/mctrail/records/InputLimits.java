package io.mctrail.records;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;

/**
 * Limits on what one record may be, so that a hostile or broken file cannot exhaust memory: the
 * reader holds one record at a time, and never more than this of it. {@code mctrail check} sets
 * them with {@code --max-record-bytes} and the options of the validator's read limits.
 *
 * @param maxRecordBytes the largest record, in bytes, that is read; a larger one is a broken record
 *     and the input goes on after it
 * @param readConstraints what a record's JSON may hold (nesting depth, string and number length,
 *     tokens) for its {@link Sniff}: the same as the tree reader that later reads the record uses,
 *     so that a record the sniff reads is one the tree reader reads too
 */
public record InputLimits(int maxRecordBytes, StreamReadConstraints readConstraints) {

  /** 64 MiB: far above any real CloudTrail record (CloudTrail caps events near 256 KB). */
  public static final InputLimits DEFAULT = new InputLimits(64 * 1024 * 1024);

  /** Checks the limits. */
  public InputLimits {
    if (maxRecordBytes < 1024) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 1024");
    }
    Objects.requireNonNull(readConstraints, "readConstraints");
  }

  /** Records of at most {@code maxRecordBytes}, sniffed within Jackson's default constraints. */
  public InputLimits(int maxRecordBytes) {
    this(maxRecordBytes, StreamReadConstraints.defaults());
  }
}
