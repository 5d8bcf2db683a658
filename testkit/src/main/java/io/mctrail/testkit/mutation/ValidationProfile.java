package io.mctrail.testkit.mutation;

/**
 * The validator profile a mutation's expected findings are for, named as the validator's profiles
 * are. Most defects are found by the default profile; the JSON Schema layer runs in the strict one.
 */
public enum ValidationProfile {
  /** Every layer but the JSON Schema one. */
  DEFAULT,
  /** Every layer, with JSON Schema and Hibernate Validator. */
  STRICT
}
