package io.mctrail.model.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A member of a structure: its names, type, whether it is required, and how to get and set its raw
 * value (see {@link ValueType} for the Java types of raw values).
 *
 * @param <T> the structure
 */
public final class MemberDescriptor<T extends Structure> {

  private final String name;
  private final String jsonName;
  private final String javaName;
  private final ValueType type;
  private final boolean required;
  private final Function<T, Object> getter;
  private final BiConsumer<StructureBuilder<T>, Object> setter;

  /**
   * @param name the member's name in the model
   * @param jsonName its name in JSON
   * @param javaName the name of its field and accessor in the generated class
   * @param type its value type
   * @param required whether the model requires it
   * @param getter reads the raw value from a structure
   * @param setter sets the raw value on a builder
   */
  public MemberDescriptor(
      String name,
      String jsonName,
      String javaName,
      ValueType type,
      boolean required,
      Function<T, Object> getter,
      BiConsumer<StructureBuilder<T>, Object> setter) {
    this.name = name;
    this.jsonName = jsonName;
    this.javaName = javaName;
    this.type = type;
    this.required = required;
    this.getter = getter;
    this.setter = setter;
  }

  public String name() {
    return name;
  }

  public String jsonName() {
    return jsonName;
  }

  public String javaName() {
    return javaName;
  }

  public ValueType type() {
    return type;
  }

  public boolean required() {
    return required;
  }

  /** The member's raw value in {@code structure}, or {@code null}. */
  public Object get(Structure structure) {
    @SuppressWarnings("unchecked")
    T t = (T) structure;
    return getter.apply(t);
  }

  /** Sets the member's raw value on {@code builder}. */
  public void set(StructureBuilder<?> builder, Object value) {
    @SuppressWarnings("unchecked")
    StructureBuilder<T> b = (StructureBuilder<T>) builder;
    setter.accept(b, value);
  }

  @Override
  public String toString() {
    return jsonName + ": " + type;
  }
}
