package io.mctrail.testkit.properties;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.util.List;
import java.util.stream.Collectors;

/** The validators the properties run, built once, and how their findings are shown. */
final class Validators {

  /** The default validator, as the command and most services use it. */
  static final Validator DEFAULT = Validator.create(ValidatorConfig.defaults());

  /** The strict validator: JSON Schema and Hibernate Validator as well. */
  static final Validator STRICT = Validator.create(ValidatorConfig.of(Profile.STRICT));

  private Validators() {}

  /** The findings at or above {@code severity}. */
  static List<Finding> atLeast(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity().isAtLeast(severity)).toList();
  }

  /**
   * Findings as a failure message: a first line naming their rules (what shrinking compares), then
   * one line each.
   */
  static String describe(String what, List<Finding> findings) {
    String rules =
        findings.stream().map(Finding::rule).distinct().sorted().collect(Collectors.joining(", "));
    StringBuilder b = new StringBuilder(what).append(": ").append(rules);
    for (Finding f : findings) {
      b.append("\n  ")
          .append(f.severity())
          .append(' ')
          .append(f.rule())
          .append(' ')
          .append(f.pointer())
          .append(f.relatedPointer() == null ? "" : " (related: " + f.relatedPointer() + ")")
          .append(": ")
          .append(f.message());
    }
    return b.toString();
  }
}
