package io.mctrail.model.runtime;

/**
 * The builder of a generated structure.
 *
 * @param <T> the structure it builds
 */
public interface StructureBuilder<T extends Structure> {

  /** Sets the unknown fields, redactions and explicit nulls the structure keeps. */
  StructureBuilder<T> extras(StructureExtras extras);

  /** The immutable structure. */
  T build();
}
