package io.mctrail.model.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.mctrail.model.runtime.ModelEnum;
import io.mctrail.model.runtime.Structure;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.Timestamp;
import java.io.IOException;
import java.lang.reflect.Modifier;

/**
 * The Jackson module for mctrail's model: registers readers and writers for every generated
 * structure (including {@link io.mctrail.model.cloudtrail.CloudTrailEvent}), for {@link Timestamp}
 * and for generated enums. Register it with {@code mapper.registerModule(new McTrailModule())};
 * {@code ObjectMapper.findAndRegisterModules()} finds it too.
 *
 * <p>What it reads, it writes back as it was: redaction markers ({@code "***"}, {@code
 * "HIDDEN_DUE_TO_SECURITY_REASONS"}) in place of any member's value, explicit {@code null}s, fields
 * the model does not know, timestamps in the form they came in, and enum values the model does not
 * know. Numbers are written by value: a double read from {@code 90} writes {@code 90.0}.
 */
public final class McTrailModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public McTrailModule() {
    super("mctrail", Version.unknownVersion());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new StructureDeserializers());
    context.addSerializers(new StructureSerializers());
  }

  /** The descriptor of a generated structure class, from its {@code DESCRIPTOR} constant. */
  static StructureDescriptor<?> descriptorOf(Class<?> type) {
    try {
      return (StructureDescriptor<?>) type.getField("DESCRIPTOR").get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(
          type.getName() + " is not a generated structure (no DESCRIPTOR constant)", e);
    }
  }

  private static final class StructureDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (Structure.class.isAssignableFrom(raw) && !Modifier.isAbstract(raw.getModifiers())) {
        return new StructureDeserializer<>(descriptorOf(raw));
      }
      if (raw == Timestamp.class) {
        return new TimestampDeserializer();
      }
      return null;
    }
  }

  private static final class StructureSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (Structure.class.isAssignableFrom(raw)) {
        return new StructureSerializer();
      }
      if (raw == Timestamp.class) {
        return new TimestampSerializer();
      }
      if (ModelEnum.class.isAssignableFrom(raw)) {
        return new ModelEnumSerializer();
      }
      return null;
    }
  }

  private static final class StructureDeserializer<T extends Structure>
      extends JsonDeserializer<T> {
    private final StructureDescriptor<T> descriptor;

    @SuppressWarnings("unchecked")
    StructureDeserializer(StructureDescriptor<?> descriptor) {
      this.descriptor = (StructureDescriptor<T>) descriptor;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return StructureReader.read(p, ctxt, descriptor);
    }

    @Override
    public Class<?> handledType() {
      return descriptor.type();
    }
  }

  private static final class StructureSerializer extends JsonSerializer<Structure> {
    @Override
    public void serialize(Structure value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      StructureWriter.write(value, g, provider);
    }

    @Override
    public Class<Structure> handledType() {
      return Structure.class;
    }
  }

  private static final class TimestampDeserializer extends JsonDeserializer<Timestamp> {
    @Override
    public Timestamp deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return Timestamp.fromNumber(p.getText());
        }
        if (t == JsonToken.VALUE_STRING) {
          return Timestamp.fromString(p.getText());
        }
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(p, Timestamp.class, e.getMessage());
      }
      throw MismatchedInputException.from(p, Timestamp.class, "expected a timestamp");
    }
  }

  private static final class TimestampSerializer extends JsonSerializer<Timestamp> {
    @Override
    public void serialize(Timestamp value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      StructureWriter.writeTimestamp(g, value);
    }
  }

  private static final class ModelEnumSerializer extends JsonSerializer<ModelEnum> {
    @Override
    public void serialize(ModelEnum value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (value.value() == null) {
        g.writeNull();
      } else {
        g.writeString(value.value());
      }
    }
  }
}
