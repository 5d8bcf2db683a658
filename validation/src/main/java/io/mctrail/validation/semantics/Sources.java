package io.mctrail.validation.semantics;

import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;

/** How the semantic rules cite their documentation, in one form. */
final class Sources {

  private Sources() {}

  /** A citation of member documentation in the AWS model, with its key phrase quoted. */
  static String model(String shapeMembers, String quote) {
    return "AWS MediaConvert API model, " + shapeMembers + " documentation: \"" + quote + "\"";
  }

  /** A rule of the semantics layer. */
  static Rule rule(String name, Severity severity, String summary, String source) {
    return Rule.of(Layer.SEMANTICS, name, severity, summary, source);
  }
}
