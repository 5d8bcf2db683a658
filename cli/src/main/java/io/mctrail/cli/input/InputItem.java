package io.mctrail.cli.input;

/**
 * What reading an input gives, one at a time: a record to check, a record that could not be cut out
 * of its file, something counted and skipped, or the note that the input holds nothing at all.
 */
public sealed interface InputItem
    permits InputItem.Record, InputItem.Broken, InputItem.Skipped, InputItem.Empty {

  /** The position in its file: records, broken records and skips share one count. */
  int index();

  /**
   * A record's JSON bytes, as found (for wrapped forms, the inner record).
   *
   * @param form how the file holds its records, for example {@code records-file}
   */
  record Record(int index, byte[] json, String form) implements InputItem {}

  /** A record that could not be read: truncated, too large, not JSON, ... */
  record Broken(int index, String reason) implements InputItem {}

  /** Something counted and skipped, not checked: a digest file. */
  record Skipped(int index, String reason) implements InputItem {}

  /**
   * The input is empty or holds only whitespace (and perhaps a byte-order mark): the only item of
   * such an input. An input holding an empty list of records ({@code []}, {@code {"Records":[]}})
   * gives no item at all.
   */
  record Empty(int index) implements InputItem {}
}
