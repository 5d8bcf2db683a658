package io.mctrail.model.runtime;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The description of a generated structure: its shape name, its members in model order, and a
 * factory of empty builders. One descriptor serves the JSON reader and writer, the constraint
 * checks and the testkit generators.
 *
 * @param <T> the structure
 */
public final class StructureDescriptor<T extends Structure> {

  private final String shapeName;
  private final Class<T> type;
  private final Supplier<? extends StructureBuilder<T>> builders;
  private final List<MemberDescriptor<T>> members;
  private final Map<String, MemberDescriptor<T>> byJsonName;
  private final Map<String, MemberDescriptor<T>> byJavaName;
  private final PayloadResolver payloadResolver;

  /**
   * @param shapeName the model's name of the shape
   * @param type the generated class
   * @param builders makes empty builders
   * @param members the members in model order
   * @param payloadResolver types the {@code PAYLOAD} members, or {@code null} when there are none
   */
  public StructureDescriptor(
      String shapeName,
      Class<T> type,
      Supplier<? extends StructureBuilder<T>> builders,
      List<MemberDescriptor<T>> members,
      PayloadResolver payloadResolver) {
    this.shapeName = shapeName;
    this.type = type;
    this.builders = builders;
    this.members = List.copyOf(members);
    Map<String, MemberDescriptor<T>> json = new HashMap<>();
    Map<String, MemberDescriptor<T>> java = new HashMap<>();
    for (MemberDescriptor<T> m : this.members) {
      json.put(m.jsonName(), m);
      java.put(m.javaName(), m);
    }
    this.byJsonName = Collections.unmodifiableMap(json);
    this.byJavaName = Collections.unmodifiableMap(java);
    this.payloadResolver = payloadResolver;
  }

  public String shapeName() {
    return shapeName;
  }

  public Class<T> type() {
    return type;
  }

  /** A new, empty builder. */
  public StructureBuilder<T> newBuilder() {
    return builders.get();
  }

  /** The members in model order. */
  public List<MemberDescriptor<T>> members() {
    return members;
  }

  /** The member with this JSON name, or {@code null}. */
  public MemberDescriptor<T> memberByJsonName(String jsonName) {
    return byJsonName.get(jsonName);
  }

  /** The member whose generated field has this name, or {@code null}. */
  public MemberDescriptor<T> memberByJavaName(String javaName) {
    return byJavaName.get(javaName);
  }

  /** Types this structure's {@code PAYLOAD} members; {@code null} when it has none. */
  public PayloadResolver payloadResolver() {
    return payloadResolver;
  }

  @Override
  public String toString() {
    return "StructureDescriptor[" + shapeName + "]";
  }
}
