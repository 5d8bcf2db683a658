package io.mctrail.testkit.mutation;

import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.ConsistentEvent;
import java.util.List;

/** The consistent events mutations start from. */
final class MutationEvents {

  /** Operations whose response echoes the request's settings or other members. */
  static final List<String> ECHOING =
      List.of(
          "CreateJob",
          "CreateJobTemplate",
          "CreatePreset",
          "CreateQueue",
          "UpdateJobTemplate",
          "UpdatePreset",
          "UpdateQueue");

  /** Operations that create a resource, whose response gives its creation time. */
  static final List<String> CREATING =
      List.of("CreateJob", "CreateJobTemplate", "CreatePreset", "CreateQueue");

  private MutationEvents() {}

  /** Successful calls of any operation, CreateJob a quarter of the time. */
  static Gen<ConsistentEvent> any() {
    List<String> operations = CloudTrailEvents.operations();
    return random ->
        CloudTrailEvents.of(
                Draws.index(random, 4) == 0
                    ? "CreateJob"
                    : operations.get(Draws.index(random, operations.size())))
            .generate(random);
  }

  /** Successful calls of one of {@code operations}. */
  static Gen<ConsistentEvent> of(List<String> operations) {
    return random ->
        CloudTrailEvents.of(operations.get(Draws.index(random, operations.size())))
            .generate(random);
  }

  /** Successful CreateJob calls. */
  static Gen<ConsistentEvent> createJob() {
    return CloudTrailEvents.of("CreateJob");
  }

  /** Successful calls of operations that return response elements. */
  static Gen<ConsistentEvent> withResponse() {
    List<String> operations =
        CloudTrailEvents.operations().stream()
            .filter(
                name -> {
                  OperationDescriptor op = MediaConvertOperations.ALL.get(name);
                  return op.output() != null && !op.output().members().isEmpty();
                })
            .toList();
    return of(operations);
  }
}
