package io.mctrail.validation;

import java.util.Set;

/** Which rules each {@link Profile} runs before per-rule configuration. */
final class ProfileRules {

  /** Envelope rules that anonymised and real records from the wild break without being wrong. */
  private static final Set<String> LENIENT_OFF =
      Set.of(
          "envelope.event-id-form",
          "envelope.request-id-form",
          "envelope.source-ip-form",
          "envelope.account-mismatch",
          "envelope.resource-account-mismatch",
          "envelope.region-mismatch",
          "envelope.region-form");

  private ProfileRules() {}

  static boolean enabledIn(Profile profile, Rule rule) {
    return switch (profile) {
      case STRICT -> true;
      case DEFAULT -> rule.layer() != Layer.SCHEMA;
      case LENIENT -> rule.layer() != Layer.SCHEMA && !LENIENT_OFF.contains(rule.id());
    };
  }
}
