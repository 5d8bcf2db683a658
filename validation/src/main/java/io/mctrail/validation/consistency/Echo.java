package io.mctrail.validation.consistency;

import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;

/**
 * How an operation's response echoes its request: the output has a single structure member (the
 * job, job template, preset or queue) that carries the members of the request again. Derived from
 * the model, so every such operation is covered, not a hand-kept list.
 *
 * @param member the JSON name of the output's member that echoes the request ({@code job})
 * @param echoed the descriptor of that member's structure
 */
record Echo(String member, StructureDescriptor<?> echoed) {

  /** The echo of {@code op}, or {@code null} when its response does not echo its request. */
  static Echo of(OperationDescriptor op) {
    if (op == null || op.input() == null || op.output() == null) {
      return null;
    }
    MemberDescriptor<?> only = null;
    for (MemberDescriptor<?> m : op.output().members()) {
      if (only != null) {
        return null;
      }
      only = m;
    }
    if (only == null || only.type().kind() != ValueType.Kind.STRUCTURE) {
      return null;
    }
    StructureDescriptor<?> echoed = only.type().structure();
    boolean shares =
        op.input().members().stream().anyMatch(m -> echoed.memberByJsonName(m.jsonName()) != null);
    return shares ? new Echo(only.jsonName(), echoed) : null;
  }
}
