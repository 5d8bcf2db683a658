package io.mctrail.model.runtime;

/**
 * The messages of a value the model cannot read, in one place: the JSON reader of the model and the
 * constraint checks that read a JSON tree the same way without building the typed event give the
 * same words for the same problem.
 */
public final class ReadMessages {

  private ReadMessages() {}

  /**
   * A value of the wrong JSON type.
   *
   * @param expected what the shape takes, for example "an array"
   * @param shape the shape's name
   * @param got what the value is, for example "an object"
   */
  public static String mismatch(String expected, String shape, String got) {
    return "expected " + expected + " for " + shape + ", got " + got;
  }

  /**
   * A number beyond what the member's Java type holds: reading it would change its value.
   *
   * @param what the Java type, for example "an integer (32 bits)"
   * @param shape the shape's name
   * @param text the number as written (the first 40 characters are quoted)
   */
  public static String outOfRange(String what, String shape, String text) {
    return "expected "
        + what
        + " for "
        + shape
        + ", got a number beyond its range ("
        + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
        + ")";
  }

  /** A fraction, or a number beyond the range, where the shape takes an integer. */
  public static String notAnInteger(String shape, String text) {
    return "expected an integer for " + shape + ", got " + text;
  }
}
