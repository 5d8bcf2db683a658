package io.mctrail.records;

/**
 * Where a byte is in an input, as read after decompression (and, for UTF-16 or UTF-32 input, after
 * transcoding to UTF-8).
 *
 * @param line the line, from 1; lines end at {@code \n}
 * @param column the column in the line, from 1, counted in bytes (the same as characters in the
 *     ASCII that CloudTrail's JSON punctuation and names are made of)
 * @param offset the byte offset from the start of the input, from 0
 */
public record Position(long line, long column, long offset) {

  /** The first byte of an input. */
  public static final Position START = new Position(1, 1, 0);

  /** Checks the ranges. */
  public Position {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException(
          "line and column count from 1, offset from 0: " + line + ", " + column + ", " + offset);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
