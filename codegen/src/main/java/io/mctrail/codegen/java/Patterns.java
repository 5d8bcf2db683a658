package io.mctrail.codegen.java;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Regular expressions for Bean Validation's {@code @Pattern}, which must match the whole value,
 * made to agree with JSON Schema's {@code pattern} and {@code enum}, which do not.
 */
public final class Patterns {

  private Patterns() {}

  /**
   * A regular expression that matches a whole value exactly when {@code pattern} matches somewhere
   * in it, as JSON Schema's {@code pattern} does.
   */
  public static String fullMatch(String pattern) {
    return "[\\s\\S]*(?:" + pattern + ")[\\s\\S]*";
  }

  /** A regular expression that matches exactly the given values. */
  public static String enumRegex(List<String> values) {
    return values.stream().map(Patterns::literal).collect(Collectors.joining("|"));
  }

  private static String literal(String value) {
    StringBuilder b = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
