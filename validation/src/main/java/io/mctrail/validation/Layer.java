package io.mctrail.validation;

/** The layers of validation, in the order they run. */
public enum Layer {
  /** JSON that does not parse. */
  SYNTAX,
  /** The event against the generated JSON Schema (networknt). */
  SCHEMA,
  /** The constraints of the AWS model on the typed event (Bean Validation). */
  CONSTRAINTS,
  /** The CloudTrail envelope: source, name, times, identity, accounts, regions, ids. */
  ENVELOPE,
  /** The response against the request. */
  CONSISTENCY,
  /** MediaConvert's documented cross-field rules. */
  SEMANTICS,
  /** Secrets left in clear. */
  SECURITY;

  /** The prefix of this layer's rule ids, for example {@code semantics}. */
  public String prefix() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
