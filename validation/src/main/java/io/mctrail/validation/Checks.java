package io.mctrail.validation;

import io.mctrail.schema.McTrailSchemas;
import io.mctrail.validation.consistency.ConsistencyCheck;
import io.mctrail.validation.constraints.ConstraintCheck;
import io.mctrail.validation.schema.SchemaCheck;
import io.mctrail.validation.semantics.SemanticCheck;
import java.util.List;

/** Every check, in layer order. */
final class Checks {

  private static final List<Check> ALL =
      List.of(
          new SchemaCheck(McTrailSchemas.shared()),
          new ConstraintCheck(),
          new ConsistencyCheck(),
          new SemanticCheck());

  private Checks() {}

  static List<Check> all() {
    return ALL;
  }
}
