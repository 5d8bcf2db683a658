package io.mctrail.model.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * Reads one structure from a Jackson stream: code generated for its shape, which sets each member
 * through its own setter and reads a nested structure by a direct call, with the semantics of the
 * descriptor-driven reader (redaction markers, explicit nulls, unknown fields, paths in errors).
 *
 * @param <T> the structure
 */
@FunctionalInterface
public interface GeneratedReader<T extends Structure> {

  /**
   * Reads the structure whose first token is current; a token other than {@code START_OBJECT}
   * fails, as does a value of the wrong type, with a path that locates it.
   */
  T read(JsonParser p, DeserializationContext ctxt) throws IOException;
}
