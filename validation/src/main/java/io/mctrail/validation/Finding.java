package io.mctrail.validation;

import java.util.Objects;

/**
 * One problem found in one event.
 *
 * @param rule the id of the rule that found it
 * @param severity its severity (the rule's default or the configured override)
 * @param pointer an RFC 6901 JSON Pointer into the event as it was read ({@code ""} is the whole
 *     event)
 * @param relatedPointer the other side of a comparison, or {@code null}
 * @param message what is wrong, for people; never the value of a redacted or secret member
 * @param expected the value that was expected, or {@code null}
 * @param actual the value that was found, or {@code null}
 */
public record Finding(
    String rule,
    Severity severity,
    String pointer,
    String relatedPointer,
    String message,
    String expected,
    String actual) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** A finding with only a pointer and a message. */
  public static Finding of(String rule, Severity severity, String pointer, String message) {
    return new Finding(rule, severity, pointer, null, message, null, null);
  }
}
