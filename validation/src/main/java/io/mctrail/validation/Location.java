package io.mctrail.validation;

/**
 * Where a value is in a file, as read after decompression: the place a finding's pointer names.
 *
 * @param line the line, from 1; lines end at {@code \n}
 * @param column the column in the line, from 1, counted in bytes (the same as characters in the
 *     ASCII that CloudTrail's JSON punctuation and names are made of)
 * @param offset the byte offset from the start of the file, from 0
 */
public record Location(long line, long column, long offset) {

  /** The first byte of a file (or of a record, for a place within it). */
  public static final Location START = new Location(1, 1, 0);

  /** Checks the ranges. */
  public Location {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException(
          "line and column count from 1, offset from 0: " + line + ", " + column + ", " + offset);
    }
  }

  /**
   * The place in the file of {@code within}, a place in a record that starts here: on the record's
   * first line, columns count on from this one.
   */
  public Location resolve(Location within) {
    return within.line == 1
        ? new Location(line, column + within.column - 1, offset + within.offset)
        : new Location(line + within.line - 1, within.column, offset + within.offset);
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
