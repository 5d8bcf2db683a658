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
  // The members by JSON name in an open-addressing table (a name, and its member at the same
  // place): one lookup per field read, without the nodes a HashMap walks. Names read by Jackson are
  // canonical strings and the model's are literals, so most probes end at an identity test.
  private final String[] jsonNames;
  private final MemberDescriptor<T>[] byJsonName;
  private final int mask;
  private final Map<String, MemberDescriptor<T>> byJavaName;
  private final List<MemberDescriptor<T>> required;
  private final PayloadResolver payloadResolver;
  private final GeneratedReader<T> reader;

  /**
   * @param shapeName the model's name of the shape
   * @param type the generated class
   * @param builders makes empty builders
   * @param members the members in model order, each {@link MemberDescriptor#index() index} its
   *     place
   * @param payloadResolver types the {@code PAYLOAD} members, or {@code null} when there are none
   * @param reader the reader generated for the shape, or {@code null} when it is read from the
   *     descriptor alone (a structure with {@code PAYLOAD} members)
   */
  public StructureDescriptor(
      String shapeName,
      Class<T> type,
      Supplier<? extends StructureBuilder<T>> builders,
      List<MemberDescriptor<T>> members,
      PayloadResolver payloadResolver,
      GeneratedReader<T> reader) {
    this.shapeName = shapeName;
    this.type = type;
    this.builders = builders;
    this.members = List.copyOf(members);
    int size = Integer.highestOneBit(Math.max(1, this.members.size()) * 4 - 1) << 1;
    this.mask = size - 1;
    this.jsonNames = new String[size];
    @SuppressWarnings("unchecked")
    MemberDescriptor<T>[] table = new MemberDescriptor[size];
    this.byJsonName = table;
    Map<String, MemberDescriptor<T>> java = new HashMap<>();
    for (int i = 0; i < this.members.size(); i++) {
      MemberDescriptor<T> m = this.members.get(i);
      if (m.index() != i) {
        throw new IllegalArgumentException(
            shapeName + "." + m.jsonName() + " has index " + m.index() + " at place " + i);
      }
      int slot = slot(m.jsonName());
      while (jsonNames[slot] != null) {
        if (jsonNames[slot].equals(m.jsonName())) {
          throw new IllegalArgumentException(shapeName + " has two members named " + m.jsonName());
        }
        slot = (slot + 1) & mask;
      }
      jsonNames[slot] = m.jsonName();
      byJsonName[slot] = m;
      java.put(m.javaName(), m);
    }
    this.byJavaName = Collections.unmodifiableMap(java);
    this.required = this.members.stream().filter(MemberDescriptor::required).toList();
    this.payloadResolver = payloadResolver;
    this.reader = reader;
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

  /** The {@link MemberDescriptor#required() required} members, in model order. */
  public List<MemberDescriptor<T>> requiredMembers() {
    return required;
  }

  /** The member with this JSON name, or {@code null}. */
  public MemberDescriptor<T> memberByJsonName(String jsonName) {
    if (jsonName == null) {
      return null;
    }
    for (int slot = slot(jsonName); ; slot = (slot + 1) & mask) {
      String name = jsonNames[slot];
      if (name == null) {
        return null;
      }
      if (name == jsonName || name.equals(jsonName)) {
        return byJsonName[slot];
      }
    }
  }

  private int slot(String jsonName) {
    int h = jsonName.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }

  /** The member whose generated field has this name, or {@code null}. */
  public MemberDescriptor<T> memberByJavaName(String javaName) {
    return byJavaName.get(javaName);
  }

  /** Types this structure's {@code PAYLOAD} members; {@code null} when it has none. */
  public PayloadResolver payloadResolver() {
    return payloadResolver;
  }

  /** The reader generated for the shape, or {@code null}. */
  public GeneratedReader<T> reader() {
    return reader;
  }

  @Override
  public String toString() {
    return "StructureDescriptor[" + shapeName + "]";
  }
}
