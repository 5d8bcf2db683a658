package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SemanticMutations.semantic;
import static io.mctrail.testkit.mutation.SettingsFixtures.anyOutput;
import static io.mctrail.testkit.mutation.SettingsFixtures.appended;
import static io.mctrail.testkit.mutation.SettingsFixtures.child;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;
import static io.mctrail.testkit.mutation.SettingsFixtures.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One mutation per order the API implies between two values of a job: each puts one pair just out
 * of order (one frame, one unit, one second), where the valid settings had it in order.
 */
final class OrderMutations {

  private OrderMutations() {}

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        semantic(
            "semantics.clip-timecodes-reversed",
            "an input clipping whose end timecode is one frame before its start",
            (s, r) -> {
              ShapedNode clipping = appended(input(s, r), "inputClippings", r);
              return (edit, rr) -> {
                int frame = 1 + Draws.index(rr, 23);
                String second =
                    String.format(
                        Locale.ROOT,
                        "%02d:%02d:%02d",
                        Draws.index(rr, 24),
                        Draws.index(rr, 60),
                        Draws.index(rr, 60));
                String separator = Draws.chance(rr, 50) ? ":" : ";";
                clipping.set("startTimecode", second + separator + two(frame));
                clipping.set("endTimecode", second + separator + two(frame - 1));
                return List.of(edit.pointer(clipping, "endTimecode"));
              };
            }));
    m.add(
        semantic(
            "semantics.range-reversed",
            "HDR10 metadata of an input whose minimum luminance is one above its maximum",
            (s, r) -> {
              ShapedNode selector = child(input(s, r), "videoSelector", r);
              // HDR10 metadata goes with the HDR10 color space (VideoSelector.Hdr10Metadata).
              selector.set("colorSpace", "HDR10");
              ShapedNode hdr10 = child(selector, "hdr10Metadata", r);
              return (edit, rr) -> {
                int max = Draws.index(rr, 10_000_000);
                hdr10.setNumber("maxLuminance", max);
                hdr10.setNumber("minLuminance", max + 1);
                return List.of(edit.pointer(hdr10, "minLuminance"));
              };
            }));
    m.add(
        semantic(
            "semantics.average-bitrate-above-max",
            "a VBR video output whose bitrate is one above its maxBitrate",
            (s, r) -> {
              ShapedNode v =
                  video(anyOutput(s, r), List.of("H_264", "H_265", "MPEG2", "VP8", "VP9"), r);
              v.set("rateControlMode", "VBR");
              return (edit, rr) -> {
                int max = 1_000_000 + Draws.index(rr, 50_000_000);
                v.setNumber("maxBitrate", max);
                v.setNumber("bitrate", max + 1);
                return List.of(edit.pointer(v, "bitrate"));
              };
            }));
    m.add(
        semantic(
            "semantics.fade-in-longer-than-duration",
            "an image inserted in an output that fades in one millisecond longer than it is shown",
            (s, r) -> {
              ShapedNode video = child(anyOutput(s, r), "videoDescription", r);
              ShapedNode inserter =
                  child(child(video, "videoPreprocessors", r), "imageInserter", r);
              ShapedNode image = appended(inserter, "insertableImages", r);
              return (edit, rr) -> {
                int duration = Draws.index(rr, 600_000);
                image.setNumber("duration", duration);
                image.setNumber("fadeIn", duration + 1);
                return List.of(edit.pointer(image, "fadeIn"));
              };
            }));
    m.add(
        DefinedMutation.of(
            "semantics.job-timing-out-of-order",
            "a job just created whose timing starts one second before its submission",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              String timing = "/responseElements/job/timing";
              JsonNode submitted = Pointers.at(copy, timing + "/submitTime");
              Pointers.set(copy, timing + "/startTime", secondBefore(submitted));
              return new Defect()
                  .expect("semantics.job-timing-out-of-order", timing + "/startTime");
            }));
    return m;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The time one second before {@code value}, in its form. */
  private static JsonNode secondBefore(JsonNode value) {
    Timestamp t =
        value.isNumber()
            ? Timestamp.fromNumber(value.asText())
            : Timestamp.fromString(value.asText());
    return CloudTrailJson.tree(Timestamp.of(t.instant().minusSeconds(1), t.form()));
  }
}
