package io.mctrail.testkit.mutation;

import io.mctrail.testkit.Gen;
import io.mctrail.testkit.event.ConsistentEvent;
import java.util.random.RandomGenerator;

/**
 * A way to break a consistent event in one known place, so that the validator must report one known
 * finding. A mutation draws the consistent events it applies to ({@link #events()}) and injects its
 * defect into one ({@link #inject}); {@link #defects()} does both.
 */
public interface Mutation {

  /** A short name, unique in the catalogue ({@code semantics.h264-cabac-baseline}, …). */
  String name();

  /** The id of the rule the defect breaks. */
  String rule();

  /** The defect, in words. */
  String description();

  /** The consistent events this mutation applies to. */
  Gen<ConsistentEvent> events();

  /** {@code event} with the defect injected; {@code event} itself is left as it was. */
  DefectiveEvent inject(ConsistentEvent event, RandomGenerator random);

  /** Defective events: a consistent event drawn from {@link #events()}, then broken. */
  default Gen<DefectiveEvent> defects() {
    return random -> inject(events().generate(random), random);
  }
}
