package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Defects of the record as bytes: JSON that does not parse, JSON that is not an object, a record
 * over the validator's read limits, and a record with more findings than it lists.
 */
final class SyntaxMutations {

  /** The validator's default read limit on the length of a number, in characters. */
  static final int MAX_NUMBER_LENGTH = 1000;

  /** The validator's default most findings per event. */
  static final int MAX_FINDINGS = 1000;

  private SyntaxMutations() {}

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        DefinedMutation.of(
            "syntax.invalid-json",
            "the record cut short, as a truncated file leaves it",
            MutationEvents.any(),
            (copy, e, r) -> {
              byte[] bytes = CloudTrailJson.bytes(copy);
              int cut = 1 + Draws.index(r, bytes.length - 1);
              return new Defect()
                  .bytes(Arrays.copyOf(bytes, cut))
                  .expect("syntax.invalid-json", "")
                  .detail("cut after " + cut + " of " + bytes.length + " bytes");
            }));
    m.add(
        DefinedMutation.of(
            "syntax.not-an-object",
            "the record wrapped in an array",
            MutationEvents.any(),
            (copy, e, r) -> {
              String json = new String(CloudTrailJson.bytes(copy), StandardCharsets.UTF_8);
              return new Defect()
                  .bytes(("[" + json + "]").getBytes(StandardCharsets.UTF_8))
                  .expect("syntax.not-an-object", "");
            }));
    m.add(
        DefinedMutation.of(
            "syntax.limit-exceeded",
            "a number longer than the read limit in additionalEventData",
            MutationEvents.any(),
            (copy, e, r) -> {
              copy.remove("additionalEventData");
              String json = new String(CloudTrailJson.bytes(copy), StandardCharsets.UTF_8);
              String digits = "1" + "0".repeat(MAX_NUMBER_LENGTH);
              String broken =
                  json.substring(0, json.length() - 1)
                      + ",\"additionalEventData\":{\"frameCount\":"
                      + digits
                      + "}}";
              return new Defect()
                  .bytes(broken.getBytes(StandardCharsets.UTF_8))
                  .expect("syntax.limit-exceeded", "/additionalEventData/frameCount");
            }));
    m.add(
        DefinedMutation.of(
            "syntax.findings-truncated",
            "more service defaults in the echoed job settings than the validator lists",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              ObjectNode settings =
                  (ObjectNode) copy.path("responseElements").path("job").path("settings");
              for (int i = 0; i <= MAX_FINDINGS; i++) {
                settings.put("x-default-" + i, i);
              }
              return new Defect().expect("syntax.findings-truncated", "");
            }));
    return m;
  }
}
