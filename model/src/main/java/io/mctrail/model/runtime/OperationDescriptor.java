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
