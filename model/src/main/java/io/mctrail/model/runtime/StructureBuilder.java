package io.mctrail.model.runtime;

/**
 * The builder of a generated structure.
 *
 * @param <T> the structure it builds
 */
public interface StructureBuilder<T extends Structure> {

  /** Sets the unknown fields, redactions and explicit nulls the structure keeps. */
  StructureBuilder<T> extras(StructureExtras extras);

  /**
   * Sets the raw value (see {@link ValueType}) of the member at {@code index} of the descriptor's
   * {@link StructureDescriptor#members() members}, as its setter does.
   *
   * @throws ClassCastException when the value is not of the member's raw type
   * @throws IndexOutOfBoundsException when the structure has no member there
   */
  StructureBuilder<T> setMember(int index, Object value);

  /** The immutable structure. */
  T build();
}
