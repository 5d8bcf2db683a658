package io.mctrail.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.property.PropertyCheck;
import java.math.BigDecimal;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Round trip: a generated event read into the typed model writes back the same JSON tree (numbers
 * compared by value, since the model writes a double read as {@code 90} as {@code 90.0}), and the
 * typed event written and read again is equal to itself.
 */
class RoundTripProperty {

  /** Numbers by value, everything else by equality. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };

  @Test
  void everyGeneratedEventWritesAndReadsBackEqual() {
    PropertyCheck.forAll("round trip", CloudTrailEvents.any())
        .cases(600)
        .check(
            event -> {
              CloudTrailEvent typed = CloudTrailJson.typed(event.json(), CloudTrailEvent.class);
              JsonNode written = CloudTrailJson.tree(typed);
              assertThat(written.equals(BY_VALUE, event.json()))
                  .as("the typed event writes the tree it was read from")
                  .isTrue();
              CloudTrailEvent again =
                  CloudTrailJson.typed(
                      CloudTrailJson.parse(CloudTrailJson.bytes(written)), CloudTrailEvent.class);
              assertThat(again).isEqualTo(typed);
            });
  }
}
