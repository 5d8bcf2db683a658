package io.mctrail.testkit.mutation;

import java.util.Objects;

/**
 * A finding the validator must report on a defective event: the rule and the JSON Pointer, into the
 * event as written, of the value it is about.
 *
 * @param rule the rule id, for example {@code consistency.value-changed}
 * @param pointer the RFC 6901 JSON Pointer ({@code ""} for the whole record)
 */
public record ExpectedFinding(String rule, String pointer) {

  public ExpectedFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pointer, "pointer");
  }

  @Override
  public String toString() {
    return rule + " at " + (pointer.isEmpty() ? "(root)" : pointer);
  }
}
