package io.mctrail.model.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureBuilder;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.StructureExtras;
import io.mctrail.model.runtime.ValueType;
import java.io.IOException;
import java.util.Map;

/**
 * What the readers generated for each structure ({@link io.mctrail.model.runtime.GeneratedReader})
 * call: the parts of reading that the descriptor-driven reader does for every structure alike
 * (values of a type, collections with redacted elements, markers, explicit nulls, unknown fields),
 * so that generated and descriptor-driven reading cannot differ. Generated code dispatches on the
 * field name and calls each member's setter itself. Not for other use.
 */
public final class ReadSupport {

  private ReadSupport() {}

  /**
   * What a structure being read keeps besides its members: unknown fields, redactions, explicit
   * nulls, and the markers that stood for elements of its collections. Made on first need.
   */
  public static final class State {
    private StructureExtras.Builder extras;
    private StructureReader.ElementMarkers markers;

    private State() {}

    private StructureExtras.Builder extras() {
      return extras == null ? extras = StructureExtras.builder() : extras;
    }

    /** Gives {@code builder} the extras read, as the descriptor-driven reader does at the end. */
    public <T extends Structure> void applyTo(StructureBuilder<T> builder) {
      if (markers != null && markers.pointers != null) {
        for (Map.Entry<String, String> m : markers.pointers.entrySet()) {
          extras().redactedElement(m.getKey(), m.getValue());
        }
      }
      if (extras != null) {
        builder.extras(extras.build());
      }
    }
  }

  /** Fails unless the current token starts an object, as reading a structure needs. */
  public static void expectObject(JsonParser p, StructureDescriptor<?> descriptor)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw StructureReader.mismatch(p, descriptor.shapeName(), "an object");
    }
  }

  /** False for {@code null} and a redaction marker, which {@link #special} records instead. */
  public static boolean isValue(JsonToken t, JsonParser p) throws IOException {
    return t != JsonToken.VALUE_NULL
        && !(t == JsonToken.VALUE_STRING && RedactionMarker.isMarker(p.getText()));
  }

  /** Records a member that is {@code null} or a redaction marker; the state, made if need be. */
  public static State special(State s, String field, JsonToken t, JsonParser p) throws IOException {
    State state = s == null ? new State() : s;
    if (t == JsonToken.VALUE_NULL) {
      state.extras().explicitNull(field);
    } else {
      state.extras().redaction(field, p.getText());
    }
    return state;
  }

  /** Keeps a field the model does not know, read as a tree; the state, made if need be. */
  public static State unknown(State s, String field, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    State state = s == null ? new State() : s;
    state.extras().unknownField(field, StructureReader.readTree(p, ctxt));
    return state;
  }

  /** The state, made if need be, with room for markers of redacted elements. */
  public static State collecting(State s) {
    State state = s == null ? new State() : s;
    if (state.markers == null) {
      state.markers = new StructureReader.ElementMarkers();
    }
    return state;
  }

  /**
   * A list or map member's value; markers in place of its elements are recorded in {@code state}
   * (from {@link #collecting}) at their place below the member.
   */
  public static Object collection(
      JsonParser p, DeserializationContext ctxt, ValueType type, State state, String field)
      throws IOException {
    return StructureReader.readValue(
        p, ctxt, type, state.markers, new StructureReader.Path(null, field));
  }

  /** A value of a type that is neither a collection nor a structure with a generated reader. */
  public static Object value(JsonParser p, DeserializationContext ctxt, ValueType type)
      throws IOException {
    return StructureReader.readValue(p, ctxt, type, null, null);
  }

  /**
   * A string or enum member's value: the current string at once, anything else as {@link #value}
   * reads it (which fails for a token that is not a string).
   */
  public static String text(JsonParser p, DeserializationContext ctxt, ValueType type)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : (String) value(p, ctxt, type);
  }

  /**
   * An integer member's value: a current integer within 32 bits at once, anything else (a long, an
   * integral float, a token of another type) as {@link #value} reads or rejects it.
   */
  public static Integer integer(JsonParser p, DeserializationContext ctxt, ValueType type)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    return (Integer) value(p, ctxt, type);
  }

  /** A structure read from its descriptor: one with no generated reader. */
  public static <T extends Structure> T structure(
      JsonParser p, DeserializationContext ctxt, StructureDescriptor<T> descriptor)
      throws IOException {
    return StructureReader.read(p, ctxt, descriptor);
  }
}
