package io.mctrail.testkit.property;

import io.mctrail.testkit.Seeds;

/**
 * What a passing property check ran.
 *
 * @param name the property's name
 * @param cases how many cases passed
 * @param seed the run seed (or, for a replay, the case's seed)
 * @param millis how long the run took
 */
public record PropertyReport(String name, int cases, long seed, long millis) {

  @Override
  public String toString() {
    return String.format(
        "property %s: %d cases passed in %.1f s (run seed %s)",
        name, cases, millis / 1000.0, Seeds.format(seed));
  }
}
