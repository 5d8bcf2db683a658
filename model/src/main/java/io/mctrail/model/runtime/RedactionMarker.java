package io.mctrail.model.runtime;

import java.util.Set;

/**
 * The strings CloudTrail writes in place of a value it will not log. Either may stand where any
 * value is expected: an object, a list, a string or a number.
 */
public final class RedactionMarker {

  /** The marker MediaConvert's records use, for example for DASH ISO {@code encryption}. */
  public static final String STARS = "***";

  /** The marker many services' records use for sensitive parameters and responses. */
  public static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

  /** Every marker the model knows. */
  public static final Set<String> ALL = Set.of(STARS, HIDDEN);

  private RedactionMarker() {}

  /** True when {@code text} is exactly one of the markers. */
  public static boolean isMarker(String text) {
    // Asked of every string read: the length decides for nearly all of them.
    if (text == null) {
      return false;
    }
    int n = text.length();
    return n == 3 ? STARS.equals(text) : n == HIDDEN.length() && HIDDEN.equals(text);
  }
}
