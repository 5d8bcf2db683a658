package io.mctrail.validation.semantics;

import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The semantics layer: MediaConvert's documented cross-field rules, each citing the documentation
 * it comes from. It reads the JSON tree, not the typed model, so it still judges an event the model
 * could not read.
 *
 * <p>Which settings are read: every MediaConvert settings tree of the event ({@code JobSettings},
 * {@code JobTemplateSettings}, {@code PresetSettings}). A CreateJob record holds its settings
 * twice, as sent in {@code requestParameters} and as echoed in {@code responseElements}; a defect
 * would be reported twice if both were read, and whether the echo agrees with the request is the
 * consistency layer's question. So the request's {@code settings} is read when it is an object, and
 * the response's settings trees only when the request has none (GetJob, ListJobs, GetPreset,
 * ListJobTemplates, …) or had them redacted.
 *
 * <p>A redaction marker ({@code "***"}, {@code "HIDDEN_DUE_TO_SECURITY_REASONS"}) in place of a
 * value is never judged: the value is unknown, not wrong.
 */
public final class SemanticCheck implements Check {

  private static final List<Concern> CONCERNS =
      List.of(
          new VideoEncodingRules(),
          new VideoFrameRules(),
          new OutputSettingsRules(),
          new AudioRules(),
          new OutputGroupRules(),
          new StreamingGroupRules(),
          new InputRules(),
          new OrderRules(),
          new SelectorReferenceRules(),
          new DocumentedRules());

  private static final List<Rule> RULES;

  static {
    List<Rule> rules = new ArrayList<>();
    for (Concern c : CONCERNS) {
      rules.addAll(c.rules());
    }
    rules.addAll(JobTimingRules.rules());
    RULES = Collections.unmodifiableList(rules);
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    if (!event.isMediaConvert()) {
      return;
    }
    for (SettingsTree tree : SettingsTree.locate(event)) {
      for (Concern concern : CONCERNS) {
        if (concern.rules().stream().anyMatch(findings::isEnabled)) {
          concern.check(tree, findings);
        }
      }
    }
    JobTimingRules.check(event, findings);
  }
}
