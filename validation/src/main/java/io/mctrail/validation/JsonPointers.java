package io.mctrail.validation;

import java.util.List;

/** RFC 6901 JSON Pointers. */
public final class JsonPointers {

  private JsonPointers() {}

  /** {@code base} with one more reference token, escaped ({@code ~} and {@code /}). */
  public static String append(String base, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return base + "/" + token; // the usual case: nothing to escape
    }
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} with a list index. */
  public static String append(String base, int index) {
    return base + "/" + index;
  }

  /** A pointer from reference tokens (strings or integers). */
  public static String of(List<?> tokens) {
    StringBuilder b = new StringBuilder();
    for (Object t : tokens) {
      b.append('/').append(t.toString().replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }
}
