package io.mctrail.validation.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.Locale;

/**
 * The constraints layer. The strict profile reads the typed event and runs Hibernate Validator on
 * the generated Bean Validation annotations (the reference); the others walk the JSON tree guided
 * by the model's descriptors ({@link TreeConstraints}), which gives the same verdicts without
 * building the typed event and without reflection. A record that cannot be read into the typed
 * model is {@link ConstraintRules#UNREADABLE}, and so is a MediaConvert payload that is not an
 * object; null elements of lists and maps are {@link ConstraintRules#NULL_ELEMENT} under every
 * profile.
 */
public final class ConstraintCheck implements Check {

  @Override
  public List<Rule> rules() {
    return ConstraintRules.ALL;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    payloadsAreObjects(event, findings);
    if (event.config().profile() != Profile.STRICT) {
      TreeConstraints.check(event.root(), findings);
      return;
    }
    if (event.typed() == null) {
      EventContext.ReadFailure failure = event.typedFailure();
      findings.add(
          ConstraintRules.UNREADABLE,
          failure.pointer(),
          null,
          "cannot be read into the typed model: " + failure.message(),
          null,
          null);
      return;
    }
    HibernateConstraints.check(event.typed(), findings);
    if (findings.isEnabled(ConstraintRules.NULL_ELEMENT)) {
      NullElements.check(event.typed(), "", findings);
    }
  }

  /**
   * The payloads of a MediaConvert operation are objects (or null, or a redaction marker): the
   * model keeps any other JSON as an untyped payload, so without this a string or a list in place
   * of {@code requestParameters} would not be a finding at all.
   */
  private static void payloadsAreObjects(EventContext event, Findings findings) {
    OperationDescriptor op = event.operation();
    if (op == null) {
      return;
    }
    payloadIsObject(event, "requestParameters", op.input(), findings);
    payloadIsObject(event, "responseElements", op.output(), findings);
  }

  private static void payloadIsObject(
      EventContext event, String field, StructureDescriptor<?> shape, Findings findings) {
    JsonNode payload = event.root().get(field);
    if (shape == null
        || payload == null
        || payload.isObject()
        || payload.isNull()
        || (payload.isTextual() && RedactionMarker.isMarker(payload.asText()))) {
      return;
    }
    findings.add(
        ConstraintRules.UNREADABLE,
        "/" + field,
        null,
        "cannot be read into the typed model: expected an object for "
            + shape.shapeName()
            + ", got "
            + payload.getNodeType().name().toLowerCase(Locale.ROOT),
        null,
        null);
  }
}
