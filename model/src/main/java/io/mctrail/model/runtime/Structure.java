package io.mctrail.model.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A generated, immutable class for a structure shape of an API model. Every structure keeps what
 * the model does not describe (see {@link StructureExtras}) so that reading then writing it is
 * lossless.
 */
public interface Structure {

  /** The descriptor of this structure's shape: its members, their types and constraints. */
  StructureDescriptor<?> descriptor();

  /**
   * The raw value (see {@link ValueType}) of the member at {@code index} of the descriptor's {@link
   * StructureDescriptor#members() members}, or {@code null}.
   *
   * @throws IndexOutOfBoundsException when the structure has no member there
   */
  Object memberValue(int index);

  /** Unknown fields, redactions and explicit nulls read with this structure. */
  StructureExtras extras();

  /** True when the member with this JSON name was a redaction marker. */
  default boolean isRedacted(String jsonName) {
    return extras().redactions().containsKey(jsonName);
  }

  /** Fields the model does not know, by JSON name. */
  default Map<String, JsonNode> unknownFields() {
    return extras().unknownFields();
  }
}
