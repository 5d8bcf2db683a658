package io.mctrail.validation;

import java.util.List;

/**
 * A group of rules that look at one concern of an event. Implementations are stateless and
 * thread-safe: one instance serves every event of every thread.
 */
public interface Check {

  /** The rules this check may report. */
  List<Rule> rules();

  /** Looks at the event and reports what is wrong to {@code findings}. Never throws. */
  void check(EventContext event, Findings findings);
}
