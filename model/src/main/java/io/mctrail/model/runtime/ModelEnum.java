package io.mctrail.model.runtime;

/**
 * A generated enum of an API model. Each has an {@code UNKNOWN_TO_SDK_VERSION} constant for a value
 * the model does not know; the raw value stays available from the structure's {@code ...AsString()}
 * accessor.
 */
public interface ModelEnum {

  /** The value on the wire, or {@code null} for the unknown constant. */
  String value();
}
