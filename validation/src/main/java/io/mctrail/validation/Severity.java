package io.mctrail.validation;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
  /** The event is wrong: malformed, invalid, or its response contradicts its request. */
  ERROR,
  /** Probably wrong, or not what CloudTrail writes; worth a look. */
  WARNING,
  /** Worth knowing, not wrong: a redaction, a service default. */
  INFO;

  /** True when this severity is as serious as {@code threshold} or more. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
