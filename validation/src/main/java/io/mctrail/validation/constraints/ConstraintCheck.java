package io.mctrail.validation.constraints;

import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Rule;
import java.util.List;

/**
 * The constraints layer on the typed event. The strict profile runs Hibernate Validator on the
 * generated Bean Validation annotations (the reference); the others walk the descriptors, which
 * give the same verdicts without reflection. A record that could not be read into the typed model
 * is reported by the validator as {@link ConstraintRules#UNREADABLE}.
 */
public final class ConstraintCheck implements Check {

  @Override
  public List<Rule> rules() {
    return ConstraintRules.ALL;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    if (event.typed() == null) {
      return;
    }
    if (event.config().profile() == Profile.STRICT) {
      HibernateConstraints.check(event.typed(), findings);
    } else {
      DescriptorConstraints.check(event.typed(), "", findings);
    }
  }
}
