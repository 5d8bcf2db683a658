/**
 * The syntax layer: what stops a record from being read at all (bytes that are not UTF-8, JSON that
 * is not well-formed, read limits, a record that is no object, inputs that hold no record), and its
 * rules. Internal to the validator: not exported.
 */
package io.mctrail.validation.syntax;
