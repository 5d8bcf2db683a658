package io.mctrail.validation.consistency;

import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;

/**
 * How an operation's response echoes its request: the output has a single structure member (the
 * job, job template, preset or queue) that carries the members of the request again. Derived from
 * the model ({@link OperationDescriptor#echo()}), so every such operation is covered.
 *
 * @param member the JSON name of the output's member that echoes the request ({@code job})
 * @param echoed the descriptor of that member's structure
 */
record Echo(String member, StructureDescriptor<?> echoed) {

  /** The echo of {@code op}, or {@code null} when its response does not echo its request. */
  static Echo of(OperationDescriptor op) {
    MemberDescriptor<?> member = op == null ? null : op.echo();
    return member == null ? null : new Echo(member.jsonName(), member.type().structure());
  }
}
