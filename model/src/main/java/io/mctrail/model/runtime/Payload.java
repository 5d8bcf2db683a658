package io.mctrail.model.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * The request parameters or response elements of a CloudTrail record: a typed structure when the
 * record's service and operation are modelled, otherwise the JSON as it was read.
 */
public sealed interface Payload permits Payload.Typed, Payload.Untyped {

  /** The payload as a structure of type {@code type}, if it is one. */
  <S extends Structure> Optional<S> as(Class<S> type);

  /** A payload read into a generated structure. */
  record Typed(@Valid Structure value) implements Payload {
    public Typed {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <S extends Structure> Optional<S> as(Class<S> type) {
      return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
  }

  /** A payload kept as JSON: another service's record, or an operation the model lacks. */
  record Untyped(JsonNode json) implements Payload {
    public Untyped {
      Objects.requireNonNull(json, "json");
    }

    @Override
    public <S extends Structure> Optional<S> as(Class<S> type) {
      return Optional.empty();
    }
  }
}
