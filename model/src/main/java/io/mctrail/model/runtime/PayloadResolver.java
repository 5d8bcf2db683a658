package io.mctrail.model.runtime;

import java.util.Map;

/**
 * Chooses the structure that a {@code PAYLOAD} member is read into, from the string members of the
 * enclosing record read so far (for a CloudTrail record: {@code eventSource} and {@code
 * eventName}).
 */
public interface PayloadResolver {

  /** The JSON names of the string members the resolver needs. */
  java.util.Set<String> keys();

  /**
   * The structure to read {@code memberJsonName} into, or {@code null} to keep it as free-form
   * JSON.
   *
   * @param strings the values of {@link #keys()} (absent ones are missing from the map)
   */
  StructureDescriptor<?> resolve(Map<String, String> strings, String memberJsonName);
}
