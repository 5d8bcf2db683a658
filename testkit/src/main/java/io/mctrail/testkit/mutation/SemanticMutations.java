package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SettingsFixtures.anyAudioDescription;
import static io.mctrail.testkit.mutation.SettingsFixtures.anyOutput;
import static io.mctrail.testkit.mutation.SettingsFixtures.appended;
import static io.mctrail.testkit.mutation.SettingsFixtures.child;
import static io.mctrail.testkit.mutation.SettingsFixtures.group;
import static io.mctrail.testkit.mutation.SettingsFixtures.groupSettings;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;
import static io.mctrail.testkit.mutation.SettingsFixtures.output;
import static io.mctrail.testkit.mutation.SettingsFixtures.video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.model.facts.GroupContainers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * One mutation per MediaConvert cross-field rule the validator checks: those of one site and one
 * edit are the rows of {@link MutationTable}, the others are written here. Each prepares the ground
 * in a CreateJob record's settings (an H.264 output with the Baseline profile, an MXF D-10 output
 * of MPEG-2 video, an output group of a given type…), lets the repair make the settings valid
 * again, then breaks the rule in one place and echoes the settings in the response.
 */
final class SemanticMutations {

  /** Changes the repaired settings and returns the pointers of the findings to expect. */
  @FunctionalInterface
  interface Breach {
    List<String> apply(JobSettingsEdit edit, RandomGenerator random);
  }

  /** Prepares the settings and returns the breach to apply once they are repaired. */
  @FunctionalInterface
  interface Preparation {
    Breach prepare(ShapedNode settings, RandomGenerator random);
  }

  static final List<String> STREAMING = List.copyOf(GroupContainers.PACKAGE_CONTAINER.keySet());
  static final List<String> GROUP_TYPES = SettingsMembers.OUTPUT_GROUP.valuesWithSettings();
  static final String MISSING_SELECTOR = "Audio Selector 99";

  private SemanticMutations() {}

  static List<Mutation> all() {
    // The mutations of one site and one edit are rows of a table; these need code of their own.
    List<Mutation> m = new ArrayList<>(MutationTable.mutations());
    m.add(
        semantic(
            "semantics.video-codec-settings-mismatch",
            "a video codec without its settings object",
            (s, r) -> {
              ShapedNode out = anyOutput(s, r);
              List<String> codecs = SettingsFixtures.VIDEO_CODECS;
              String codec = codecs.get(Draws.index(r, codecs.size()));
              video(out, codec, r);
              return (edit, rr) -> {
                ShapedNode codecSettings = out.child("videoDescription").child("codecSettings");
                codecSettings.remove(SettingsMembers.VIDEO_CODEC.member(codec));
                return List.of(edit.pointer(codecSettings, "codec"));
              };
            }));
    m.add(
        semantic(
            "semantics.audio-codec-settings-mismatch",
            "an audio codec without its settings object",
            (s, r) -> {
              ShapedNode description = anyAudioDescription(s, r);
              ShapedNode codecSettings = child(description, "codecSettings", r);
              List<String> codecs = SettingsFixtures.AUDIO_CODECS;
              String codec = codecs.get(Draws.index(r, codecs.size()));
              codecSettings.set("codec", codec);
              return (edit, rr) -> {
                codecSettings.remove(SettingsMembers.AUDIO_CODEC.member(codec));
                return List.of(edit.pointer(codecSettings, "codec"));
              };
            }));
    m.add(
        semantic(
            "semantics.bandwidth-reduction-with-noise-reducer",
            "the bandwidth reduction filter with the noise reducer",
            (s, r) -> {
              ShapedNode out = anyOutput(s, r);
              ShapedNode v = video(out, List.of("H_264", "H_265"), r);
              child(
                  child(child(out, "videoDescription", r), "videoPreprocessors", r),
                  "noiseReducer",
                  r);
              return (edit, rr) -> {
                v.setNode("bandwidthReductionFilter", v.draw("bandwidthReductionFilter", rr));
                return List.of(edit.pointer(v, "bandwidthReductionFilter"));
              };
            }));
    m.add(
        semantic(
            "semantics.mpeg2-d10-syntax",
            "an MXF D-10 output whose MPEG-2 video has the default syntax",
            (s, r) -> {
              ShapedNode out = anyOutput(s, r);
              ShapedNode mpeg2 = video(out, "MPEG2", r);
              child(child(out, "containerSettings", r), "mxfSettings", r).set("profile", "D_10");
              return (edit, rr) -> {
                mpeg2.set("syntax", "DEFAULT");
                return List.of(edit.pointer(mpeg2, "syntax"));
              };
            }));
    m.add(
        semantic(
            "semantics.output-group-type-settings-mismatch",
            "an output group without the settings object of its type",
            (s, r) -> {
              ShapedNode group = group(s, GROUP_TYPES, r);
              return (edit, rr) -> {
                ShapedNode settings = group.child("outputGroupSettings");
                settings.remove(SettingsMembers.OUTPUT_GROUP.member(settings.text("type")));
                return List.of(edit.pointer(settings, "type"));
              };
            }));
    m.add(
        semantic(
            "semantics.name-modifier-required",
            "an output without a name modifier in a group of several",
            (s, r) -> {
              ShapedNode group = group(s, GROUP_TYPES, r);
              while (group.list("outputs").size() < 2) {
                appended(group, "outputs", r);
              }
              return (edit, rr) -> {
                List<ShapedNode> outputs = group.list("outputs");
                ShapedNode out = outputs.get(Draws.index(rr, outputs.size()));
                out.remove("nameModifier");
                return List.of(edit.pointer(out));
              };
            }));
    m.add(
        semantic(
            "semantics.mss-bitrate-not-unique",
            "two Microsoft Smooth outputs whose bitrates are equal in thousands",
            (s, r) -> {
              ShapedNode group = group(s, List.of("MS_SMOOTH_GROUP_SETTINGS"), r);
              while (group.list("outputs").size() < 2) {
                appended(group, "outputs", r);
              }
              List<ShapedNode> outputs = group.list("outputs");
              ShapedNode first = video(outputs.get(0), "H_264", r);
              ShapedNode second = video(outputs.get(1), "H_264", r);
              first.set("rateControlMode", "CBR");
              second.set("rateControlMode", "CBR");
              return (edit, rr) -> {
                double thousands = Math.floor(first.number("bitrate") / 1000) * 1000;
                second.setNumber(
                    "bitrate", second.clamp("bitrate", thousands + Draws.index(rr, 1000)));
                return List.of(edit.pointer(second, "bitrate"));
              };
            }));
    m.add(
        semantic(
            "semantics.fragment-longer-than-segment",
            "a DASH or CMAF fragment longer than its segments",
            (s, r) -> {
              ShapedNode group =
                  group(s, List.of("DASH_ISO_GROUP_SETTINGS", "CMAF_GROUP_SETTINGS"), r);
              ShapedNode settings = streaming(group, r);
              int fragment = 2 + Draws.index(r, 5);
              settings.setNumber("fragmentLength", fragment);
              settings.setNumber("segmentLength", fragment * (1 + Draws.index(r, 3)));
              settings.remove("minFinalSegmentLength");
              return (edit, rr) -> {
                settings.setNumber("segmentLength", fragment - 1);
                return List.of(edit.pointer(settings, "fragmentLength"));
              };
            }));
    m.add(
        semantic(
            "semantics.min-final-segment-length",
            "a minimum final segment length not below the segment length (or below 1)",
            (s, r) -> {
              ShapedNode group =
                  group(
                      s,
                      List.of(
                          "HLS_GROUP_SETTINGS", "DASH_ISO_GROUP_SETTINGS", "CMAF_GROUP_SETTINGS"),
                      r);
              ShapedNode settings = streaming(group, r);
              int segment = 2 + Draws.index(r, 9);
              settings.setNumber("segmentLength", segment);
              return (edit, rr) -> {
                double minFinal =
                    EnvelopeMutations.pick(List.of(segment, segment + 1.0, 0.5), rr).doubleValue();
                settings.setNumber("minFinalSegmentLength", minFinal);
                return List.of(edit.pointer(settings, "minFinalSegmentLength"));
              };
            }));
    m.add(
        semantic(
            "semantics.fragment-length-gop-multiple",
            "a fragment that is not a whole number of an output's GOPs",
            (s, r) -> {
              ShapedNode group =
                  group(
                      s,
                      List.of(
                          "DASH_ISO_GROUP_SETTINGS",
                          "CMAF_GROUP_SETTINGS",
                          "MS_SMOOTH_GROUP_SETTINGS"),
                      r);
              ShapedNode settings = streaming(group, r);
              int fragment = 2 + Draws.index(r, 5);
              settings.setNumber("fragmentLength", fragment);
              if (settings.hasMember("segmentLength")) {
                settings.setNumber("segmentLength", fragment * (1 + Draws.index(r, 3)));
              }
              ShapedNode h264 = video(output(group, r), "H_264", r);
              h264.set("gopSizeUnits", "SECONDS");
              h264.setNumber("gopSize", fragment);
              h264.setNumber("gopClosedCadence", 1);
              return (edit, rr) -> {
                h264.setNumber("gopSize", fragment + 0.5);
                return List.of(edit.pointer(settings, "fragmentLength"));
              };
            }));
    m.add(
        semantic(
            "semantics.input-clipping-empty",
            "an input clipping with neither start nor end",
            (s, r) -> {
              ShapedNode in = input(s, r);
              if (in.ensureArray("inputClippings") == null) {
                in.setNode("inputClippings", JsonNodeFactory.instance.arrayNode());
              }
              return (edit, rr) -> {
                ArrayNode clippings = in.ensureArray("inputClippings");
                clippings.addObject();
                return List.of(
                    Pointers.append(edit.pointer(in, "inputClippings"), clippings.size() - 1));
              };
            }));
    m.add(
        semantic(
            "semantics.audio-source-unknown",
            "an audio description naming an audio selector no input has",
            (s, r) -> {
              knownSelectors(s, r);
              ShapedNode description = anyAudioDescription(s, r);
              return (edit, rr) -> {
                description.set("audioSourceName", MISSING_SELECTOR);
                return List.of(edit.pointer(description, "audioSourceName"));
              };
            }));
    m.add(
        semantic(
            "semantics.caption-selector-unknown",
            "a caption description naming a caption selector no input has",
            (s, r) -> {
              knownSelectors(s, r);
              ShapedNode out = anyOutput(s, r);
              List<ShapedNode> existing = out.list("captionDescriptions");
              ShapedNode description =
                  existing.isEmpty()
                      ? appended(out, "captionDescriptions", r)
                      : existing.get(Draws.index(r, existing.size()));
              return (edit, rr) -> {
                description.set("captionSelectorName", "Captions Selector 99");
                return List.of(edit.pointer(description, "captionSelectorName"));
              };
            }));
    m.add(
        semantic(
            "semantics.audio-selector-group-unknown-selector",
            "an audio selector group naming a selector its input does not have",
            (s, r) -> {
              knownSelectors(s, r);
              ShapedNode in = input(s, r);
              if (in.entries("audioSelectorGroups").isEmpty()) {
                in.setNode(
                    "audioSelectorGroups",
                    JsonNodeFactory.instance
                        .objectNode()
                        .set("Audio Selector Group 1", in.drawElement("audioSelectorGroups", r)));
              }
              return (edit, rr) -> {
                ShapedNode group = in.entries("audioSelectorGroups").values().iterator().next();
                if (group.ensureArray("audioSelectorNames") == null) {
                  group.setNode("audioSelectorNames", JsonNodeFactory.instance.arrayNode());
                }
                ArrayNode names = group.ensureArray("audioSelectorNames");
                names.add(MISSING_SELECTOR);
                return List.of(
                    Pointers.append(edit.pointer(group, "audioSelectorNames"), names.size() - 1));
              };
            }));
    m.addAll(sameInJob());
    m.addAll(videoGenerator());
    return m;
  }

  /**
   * A mutation for each member of the video generator that the documentation says requires another
   * to be set ("When you do, you must also specify a value for Frame rate denominator"): an input
   * of a video generator, without an input file, that sets the member without the other.
   */
  private static List<Mutation> videoGenerator() {
    List<Mutation> out = new ArrayList<>();
    for (DocumentedStatements.Statement st : DocumentedStatements.all()) {
      if (!st.shape().equals("InputVideoGenerator")
          || !st.kind().equals("requires")
          || !st.resolved()
          || !st.triggerValues().isEmpty()
          || st.parsedConditions().size() != 1
          || !st.parsedConditions().get(0).presence()) {
        continue;
      }
      String set = st.member();
      String missing = st.parsedConditions().get(0).member();
      out.add(
          semantic(
              "semantics." + st.ruleName(),
              "a video generator input with " + set + " and without " + missing,
              (s, r) -> {
                ShapedNode in = input(s, r);
                in.remove("fileInput");
                ShapedNode generator = child(in, "videoGenerator", r);
                return (edit, rr) -> {
                  generator.setNode(set, generator.draw(set, rr));
                  generator.remove(missing);
                  return List.of(edit.pointer(generator, set));
                };
              }));
    }
    return out;
  }

  /**
   * A mutation for each member the documentation says must be the same across the job (the DVB-Sub
   * settings): two DVB-Sub caption destinations of one output, made before the repair, that then
   * set the member to two different values.
   */
  private static List<Mutation> sameInJob() {
    List<Mutation> out = new ArrayList<>();
    for (DocumentedStatements.Statement st : DocumentedStatements.all()) {
      if (!st.kind().equals("same-in-job") || !st.resolved()) {
        continue;
      }
      String member = st.member();
      String type =
          SettingsMembers.CAPTION_DESTINATION.valueOf(
              st.shape().substring(0, 1).toLowerCase(Locale.ROOT) + st.shape().substring(1));
      out.add(
          semantic(
              "semantics." + st.ruleName(),
              "two " + type + " caption destinations of one job with different values of " + member,
              (s, r) -> {
                ShapedNode output = anyOutput(s, r);
                ShapedNode first = MutationTable.caption(output, 0, type, r);
                ShapedNode second = MutationTable.caption(output, 1, type, r);
                return (edit, rr) -> {
                  // The value the job's first destination of the shape gives the member (the
                  // repair made the others the same), else a drawn one; the second differs.
                  JsonNode a = null;
                  for (JsonNode d :
                      s.json().findValues(SettingsMembers.CAPTION_DESTINATION.member(type))) {
                    if (a == null && d.hasNonNull(member)) {
                      a = d.get(member);
                    }
                  }
                  a = a == null ? first.draw(member, rr) : a.deepCopy();
                  JsonNode b = second.draw(member, rr);
                  for (int tries = 0;
                      tries < 100 && DocumentedStatements.sameValue(a, b);
                      tries++) {
                    b = second.draw(member, rr);
                  }
                  first.setNode(member, a);
                  second.setNode(member, b);
                  return List.of(edit.pointer(second, member));
                };
              }));
    }
    return out;
  }

  /** The settings object of a streaming group, of the group's type. */
  private static ShapedNode streaming(ShapedNode group, RandomGenerator r) {
    String type = group.child("outputGroupSettings").text("type");
    return groupSettings(group, SettingsMembers.OUTPUT_GROUP.member(type), r);
  }

  /**
   * Selector maps that are maps, not redaction markers, on every input: the validator judges
   * references only when it can know the names.
   */
  private static void knownSelectors(ShapedNode settings, RandomGenerator r) {
    input(settings, r);
    for (ShapedNode in : settings.list("inputs")) {
      for (String member : List.of("audioSelectors", "audioSelectorGroups", "captionSelectors")) {
        if (in.isRedacted(member)) {
          in.remove(member);
        }
      }
    }
  }

  static Mutation semantic(String rule, String description, Preparation preparation) {
    return DefinedMutation.of(
        rule,
        description,
        MutationEvents.createJob(),
        (copy, e, r) -> {
          JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
          Breach breach = preparation.prepare(edit.settings(), r);
          edit.repair(r);
          List<String> pointers = breach.apply(edit, r);
          edit.echo();
          Defect d = new Defect();
          pointers.forEach(p -> d.expect(rule, p));
          return d;
        });
  }
}
