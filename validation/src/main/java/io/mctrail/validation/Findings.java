package io.mctrail.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the findings of one event, applying the configuration: rules switched off report
 * nothing, severities are overridden, and past the cap one last finding counts the rest.
 */
public final class Findings {

  /** Reported once when an event has more findings than the configuration allows. */
  public static final Rule TRUNCATED =
      Rule.of(
          Layer.SYNTAX,
          "findings-truncated",
          Severity.WARNING,
          "The event has more findings than the configured maximum; the rest are not listed.",
          "mctrail: ValidatorConfig.maxFindingsPerEvent");

  private final ValidatorConfig config;
  private final List<Finding> list = new ArrayList<>();
  private int dropped;

  Findings(ValidatorConfig config) {
    this.config = config;
  }

  /** True when {@code rule} runs; checks may skip work for rules that do not. */
  public boolean isEnabled(Rule rule) {
    return config.isEnabled(rule);
  }

  /** Reports a finding at {@code pointer}. */
  public void add(Rule rule, String pointer, String message) {
    add(rule, pointer, null, message, null, null);
  }

  /** Reports a finding with the other side of a comparison and the expected and actual values. */
  public void add(
      Rule rule,
      String pointer,
      String relatedPointer,
      String message,
      String expected,
      String actual) {
    if (!config.isEnabled(rule)) {
      return;
    }
    if (list.size() >= config.maxFindingsPerEvent()) {
      dropped++;
      return;
    }
    list.add(
        new Finding(
            rule.id(),
            config.severityOf(rule),
            pointer,
            relatedPointer,
            message,
            expected,
            actual));
  }

  /** True when a finding of {@code ruleId} (or of a rule under that prefix) was reported. */
  public boolean has(String ruleIdOrPrefix) {
    return list.stream()
        .anyMatch(
            f -> f.rule().equals(ruleIdOrPrefix) || f.rule().startsWith(ruleIdOrPrefix + "."));
  }

  /** The findings so far, with a last one counting those past the cap. */
  List<Finding> toList() {
    List<Finding> out = new ArrayList<>(list);
    if (dropped > 0) {
      out.add(
          new Finding(
              TRUNCATED.id(),
              TRUNCATED.defaultSeverity(),
              "",
              null,
              dropped
                  + " more findings are not listed (maximum "
                  + config.maxFindingsPerEvent()
                  + " per event)",
              null,
              null));
    }
    return Collections.unmodifiableList(out);
  }
}
