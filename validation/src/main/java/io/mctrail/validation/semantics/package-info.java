/**
 * The semantics layer: MediaConvert's cross-field rules as its documentation states them (codec
 * against profile, rate control against its settings, output group type against its settings and
 * containers, selectors referenced by name, segment and fragment lengths, …). Every rule cites the
 * documentation it comes from. {@link io.mctrail.validation.semantics.SemanticCheck} is the entry
 * point; each concern is a package-private class of rules.
 */
package io.mctrail.validation.semantics;
