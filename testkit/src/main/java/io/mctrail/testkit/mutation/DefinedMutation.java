package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.event.ConsistentEvent;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A mutation made of its events and an injection that changes a copy of the event in place and says
 * what it expects.
 */
final class DefinedMutation implements Mutation {

  /** Changes {@code copy} (a copy of {@code event}) and returns what to expect. */
  @FunctionalInterface
  interface Injection {
    Defect inject(ObjectNode copy, ConsistentEvent event, RandomGenerator random);
  }

  private final String name;
  private final String rule;
  private final String description;
  private final Gen<ConsistentEvent> events;
  private final Injection injection;

  DefinedMutation(
      String name,
      String rule,
      String description,
      Gen<ConsistentEvent> events,
      Injection injection) {
    this.name = Objects.requireNonNull(name);
    this.rule = Objects.requireNonNull(rule);
    this.description = Objects.requireNonNull(description);
    this.events = Objects.requireNonNull(events);
    this.injection = Objects.requireNonNull(injection);
  }

  /** A mutation named after its rule. */
  static DefinedMutation of(
      String rule, String description, Gen<ConsistentEvent> events, Injection injection) {
    return new DefinedMutation(rule, rule, description, events, injection);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Gen<ConsistentEvent> events() {
    return events;
  }

  @Override
  public DefectiveEvent inject(ConsistentEvent event, RandomGenerator random) {
    ObjectNode copy = event.copy();
    Defect defect = injection.inject(copy, event, random);
    String text =
        defect.detail() == null ? description : description + " (" + defect.detail() + ")";
    byte[] bytes = defect.bytes() != null ? defect.bytes() : CloudTrailJson.bytes(copy);
    return new DefectiveEvent(
        name,
        text,
        event,
        bytes,
        defect.bytes() != null ? null : copy,
        defect.profile(),
        defect.expected());
  }

  @Override
  public String toString() {
    return name + ": " + description;
  }
}
