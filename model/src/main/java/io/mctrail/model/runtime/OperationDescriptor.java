package io.mctrail.model.runtime;

import java.util.function.Supplier;

/**
 * An operation of a modelled service: its name (CloudTrail's {@code eventName}) and its input and
 * output structures.
 */
public final class OperationDescriptor {

  private final String name;
  private final Supplier<StructureDescriptor<?>> input;
  private final Supplier<StructureDescriptor<?>> output;

  /**
   * @param name the operation's name
   * @param input its input structure, or {@code null} when it has none
   * @param output its output structure, or {@code null} when it has none
   */
  public OperationDescriptor(
      String name,
      Supplier<StructureDescriptor<?>> input,
      Supplier<StructureDescriptor<?>> output) {
    this.name = name;
    this.input = input;
    this.output = output;
  }

  public String name() {
    return name;
  }

  /** The input structure (CloudTrail's {@code requestParameters}), or {@code null}. */
  public StructureDescriptor<?> input() {
    return input == null ? null : input.get();
  }

  /** The output structure (CloudTrail's {@code responseElements}), or {@code null}. */
  public StructureDescriptor<?> output() {
    return output == null ? null : output.get();
  }

  /**
   * The member of the output that echoes the request, or {@code null} when the response does not
   * echo it. The operations that create, read or update a job, job template, preset or queue answer
   * with that resource, which carries the request's members again: an output whose only member is a
   * structure that shares member names with the input. Derived from the model, so that every such
   * operation is covered, and the validator and the testkit's generators agree on it.
   */
  public MemberDescriptor<?> echo() {
    StructureDescriptor<?> in = input();
    StructureDescriptor<?> out = output();
    if (in == null || out == null || out.members().size() != 1) {
      return null;
    }
    MemberDescriptor<?> only = out.members().get(0);
    if (only.type().kind() != ValueType.Kind.STRUCTURE) {
      return null;
    }
    StructureDescriptor<?> echoed = only.type().structure();
    for (MemberDescriptor<?> m : in.members()) {
      if (echoed.memberByJsonName(m.jsonName()) != null) {
        return only;
      }
    }
    return null;
  }

  /**
   * True for operations that only read: CloudTrail's {@code readOnly} is true for them. By AWS's
   * naming: Get, List, Describe, Search and Probe.
   */
  public boolean isReadOnly() {
    return name.startsWith("Get")
        || name.startsWith("List")
        || name.startsWith("Describe")
        || name.startsWith("Search")
        || name.startsWith("Probe");
  }

  @Override
  public String toString() {
    return name;
  }
}
