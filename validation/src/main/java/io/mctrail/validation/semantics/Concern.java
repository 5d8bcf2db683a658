package io.mctrail.validation.semantics;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;

/** The rules of one concern of the semantics layer, applied to one settings tree at a time. */
interface Concern {

  /** The rules this concern may report. */
  List<Rule> rules();

  /** Reports what breaks this concern's rules in {@code tree}. Never throws. */
  void check(SettingsTree tree, Findings findings);
}
