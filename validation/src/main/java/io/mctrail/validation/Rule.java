package io.mctrail.validation;

import java.util.Objects;

/**
 * A rule of the catalogue: a stable id, its layer, its default severity, what it checks, and the
 * documentation it comes from.
 *
 * @param id the stable id, {@code <layer>.<name>} (for example {@code consistency.value-changed})
 * @param layer the layer it belongs to
 * @param defaultSeverity its severity unless the configuration overrides it
 * @param summary one line: what a finding of this rule means
 * @param source where the rule comes from (a documentation page, the AWS model's documentation of a
 *     member, the CloudTrail record contents reference)
 */
public record Rule(
    String id, Layer layer, Severity defaultSeverity, String summary, String source) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    if (!id.startsWith(layer.prefix() + ".")) {
      throw new IllegalArgumentException("rule id " + id + " must start with " + layer.prefix());
    }
  }

  /**
   * The rule explained for people, as {@code mctrail explain} prints it and SARIF's {@code help}
   * carries it: the id, then its layer, default severity, what it checks and its source, a line
   * each.
   */
  public String explanation() {
    return id
        + "\n  layer:    "
        + layer.prefix()
        + "\n  severity: "
        + defaultSeverity
        + " (by default)"
        + "\n  checks:   "
        + summary
        + "\n  source:   "
        + source;
  }

  /** A rule of {@code layer} named {@code layer.prefix() + "." + name}. */
  public static Rule of(
      Layer layer, String name, Severity severity, String summary, String source) {
    return new Rule(layer.prefix() + "." + name, layer, severity, summary, source);
  }
}
