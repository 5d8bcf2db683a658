package io.mctrail.model.runtime;

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
  private final int index;

  /**
   * @param name the member's name in the model
   * @param jsonName its name in JSON
   * @param javaName the name of its field and accessor in the generated class
   * @param type its value type
   * @param required whether the model requires it
   * @param index its place in its structure's {@link StructureDescriptor#members()}, by which
   *     {@link Structure#memberValue(int)} and {@link StructureBuilder#setMember(int, Object)} know
   *     it
   */
  public MemberDescriptor(
      String name, String jsonName, String javaName, ValueType type, boolean required, int index) {
    this.name = name;
    this.jsonName = jsonName;
    this.javaName = javaName;
    this.type = type;
    this.required = required;
    this.index = index;
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

  /** The member's place in its structure's {@link StructureDescriptor#members()}. */
  public int index() {
    return index;
  }

  /** The member's raw value in {@code structure}, or {@code null}. */
  public Object get(Structure structure) {
    return structure.memberValue(index);
  }

  /** Sets the member's raw value on {@code builder}. */
  public void set(StructureBuilder<?> builder, Object value) {
    builder.setMember(index, value);
  }

  @Override
  public String toString() {
    return jsonName + ": " + type;
  }
}
