package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.event.ConsistentEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A consistent event with one known defect, and the findings the validator must report on it: the
 * rule the defect breaks, at the pointer of the defective value (and, where the defect shows in two
 * places, as a value echoed in the response or a defect both engines of the strict profile see, at
 * each). The validator must report each of them and no other error.
 *
 * @param mutation the name of the mutation that made it
 * @param description the defect, in words
 * @param original the consistent event it was made from
 * @param bytes the defective record as it is validated (UTF-8 JSON, or not JSON at all)
 * @param json the defective record as a tree, or {@code null} when it is not JSON
 * @param profile the validator profile the expected findings are for
 * @param expected the findings the validator must report
 */
public record DefectiveEvent(
    String mutation,
    String description,
    ConsistentEvent original,
    byte[] bytes,
    JsonNode json,
    ValidationProfile profile,
    List<ExpectedFinding> expected) {

  public DefectiveEvent {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(profile, "profile");
    expected = List.copyOf(expected);
    if (expected.isEmpty()) {
      throw new IllegalArgumentException("a defect must have an expected finding");
    }
  }

  /** The rule of the first expected finding: the one the mutation is for. */
  public String rule() {
    return expected.get(0).rule();
  }

  /** The defect, its expected findings and the record. */
  @Override
  public String toString() {
    String record =
        json != null ? CloudTrailJson.pretty(json) : new String(bytes, StandardCharsets.UTF_8);
    return mutation
        + ": "
        + description
        + "\nexpected ("
        + profile
        + " profile): "
        + expected
        + "\n"
        + record;
  }
}
