package io.mctrail.validation.semantics;

/** Numbers as the rules compare and print them. */
final class Numbers {

  private Numbers() {}

  /** True when {@code value} is a whole number. */
  static boolean isWhole(double value) {
    return !Double.isInfinite(value) && value == Math.rint(value);
  }

  /** {@code 90} for 90.0, {@code 1.5} for 1.5: the form a person wrote. */
  static String format(double value) {
    return isWhole(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
