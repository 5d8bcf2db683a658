package io.mctrail.validation;

/** Which layers and rules run, before per-rule configuration. */
public enum Profile {
  /**
   * Every layer but the JSON Schema one: constraints are checked once, on the typed event, from the
   * same shape model the schema is generated from. Fast; the command's default.
   */
  DEFAULT,
  /**
   * Everything: the JSON Schema layer (networknt) and Bean Validation (Hibernate Validator) as the
   * reference implementations, and every other layer.
   */
  STRICT,
  /**
   * What CloudTrail data from the wild needs: no schema layer, and the envelope rules that real and
   * anonymised records break (forms of ids, IP addresses, account agreement) are off.
   */
  LENIENT
}
