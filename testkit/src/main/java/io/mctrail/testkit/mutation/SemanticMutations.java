package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SettingsFixtures.anyAudioDescription;
import static io.mctrail.testkit.mutation.SettingsFixtures.anyOutput;
import static io.mctrail.testkit.mutation.SettingsFixtures.appended;
import static io.mctrail.testkit.mutation.SettingsFixtures.audio;
import static io.mctrail.testkit.mutation.SettingsFixtures.child;
import static io.mctrail.testkit.mutation.SettingsFixtures.group;
import static io.mctrail.testkit.mutation.SettingsFixtures.groupSettings;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;
import static io.mctrail.testkit.mutation.SettingsFixtures.output;
import static io.mctrail.testkit.mutation.SettingsFixtures.video;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.model.facts.GroupContainers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One mutation per MediaConvert cross-field rule the validator checks. Each prepares the ground in
 * a CreateJob record's settings (an H.264 output with the Baseline profile, an MXF D-10 output of
 * MPEG-2 video, an output group of a given type…), lets the repair make the settings valid again,
 * then breaks the rule in one place and echoes the settings in the response.
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
  static final List<String> FRAMERATE_CODECS = codecsHaving("framerateControl");
  static final List<String> PAR_CODECS = codecsHaving("parControl");
  static final List<String> SLOW_PAL_CODECS = codecsHaving("slowPal");
  static final List<String> SCAN_TYPE_CODECS = codecsHaving("scanTypeConversionMode");
  static final String MISSING_SELECTOR = "Audio Selector 99";

  private SemanticMutations() {}

  /** The video codecs whose settings have the member {@code jsonName}, from the model. */
  private static List<String> codecsHaving(String jsonName) {
    return SettingsMembers.VIDEO_CODEC.membersHaving(jsonName).stream()
        .map(SettingsMembers.VIDEO_CODEC::valueOf)
        .toList();
  }

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        semantic(
            "semantics.h264-cabac-baseline",
            "an H.264 output with the Baseline profile and CABAC entropy encoding",
            (s, r) -> {
              ShapedNode h264 = video(anyOutput(s, r), "H_264", r);
              h264.set("codecProfile", "BASELINE");
              return (edit, rr) -> {
                h264.set("entropyEncoding", "CABAC");
                return List.of(edit.pointer(h264, "entropyEncoding"));
              };
            }));
    m.add(
        semantic(
            "semantics.h264-bframes-baseline",
            "an H.264 output with the Baseline profile and B-frames",
            (s, r) -> {
              ShapedNode h264 = video(anyOutput(s, r), "H_264", r);
              h264.set("codecProfile", "BASELINE");
              return (edit, rr) -> {
                h264.setNumber("numberBFramesBetweenReferenceFrames", 1 + Draws.index(rr, 7));
                return List.of(edit.pointer(h264, "numberBFramesBetweenReferenceFrames"));
              };
            }));
    m.add(
        semantic(
            "semantics.qvbr-max-bitrate-missing",
            "a QVBR video output without maxBitrate",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), List.of("H_264", "H_265", "AV1"), r);
              v.set("rateControlMode", "QVBR");
              return (edit, rr) -> {
                v.remove("maxBitrate");
                return List.of(edit.pointer(v, "rateControlMode"));
              };
            }));
    m.add(
        semantic(
            "semantics.qvbr-settings-unused",
            "QVBR settings on a CBR or VBR video output",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), List.of("H_264", "H_265"), r);
              v.set("rateControlMode", Draws.chance(r, 50) ? "CBR" : "VBR");
              return (edit, rr) -> {
                v.setNode("qvbrSettings", v.draw("qvbrSettings", rr));
                return List.of(edit.pointer(v, "qvbrSettings"));
              };
            }));
    m.add(
        semantic(
            "semantics.bitrate-missing",
            "a CBR or VBR video output without bitrate",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), List.of("H_264", "H_265", "MPEG2"), r);
              v.set("rateControlMode", Draws.chance(r, 50) ? "CBR" : "VBR");
              return (edit, rr) -> {
                v.remove("bitrate");
                return List.of(edit.pointer(v, "rateControlMode"));
              };
            }));
    m.add(
        semantic(
            "semantics.framerate-fraction-missing",
            "a specified frame rate without its numerator or denominator",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), FRAMERATE_CODECS, r);
              v.set("framerateControl", "SPECIFIED");
              if (v.hasMember("slowPal")) {
                v.set("slowPal", "DISABLED");
              }
              return (edit, rr) -> {
                v.remove(Draws.chance(rr, 50) ? "framerateDenominator" : "framerateNumerator");
                return List.of(edit.pointer(v, "framerateControl"));
              };
            }));
    m.add(
        semantic(
            "semantics.par-fraction-missing",
            "a specified pixel aspect ratio without its numerator or denominator",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), PAR_CODECS, r);
              v.set("parControl", "SPECIFIED");
              return (edit, rr) -> {
                v.remove(Draws.chance(rr, 50) ? "parDenominator" : "parNumerator");
                return List.of(edit.pointer(v, "parControl"));
              };
            }));
    m.add(
        semantic(
            "semantics.gop-size-fractional-frames",
            "a GOP size in frames that is not whole",
            (s, r) -> {
              ShapedNode v =
                  video(
                      anyOutput(s, r), List.of("H_264", "H_265", "MPEG2", "AV1", "VP8", "VP9"), r);
              if (v.hasMember("gopSizeUnits")) {
                v.set("gopSizeUnits", "FRAMES");
              }
              return (edit, rr) -> {
                // Counted in frames (a repair may have counted a DASH output's GOP in seconds).
                if (v.hasMember("gopSizeUnits")) {
                  v.set("gopSizeUnits", "FRAMES");
                }
                v.setNumber("gopSize", 1 + Draws.index(rr, 300) + 0.5);
                return List.of(edit.pointer(v, "gopSize"));
              };
            }));
    m.add(
        semantic(
            "semantics.gop-size-not-positive",
            "an AV1, VP8 or VP9 output with a GOP size of zero",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), List.of("AV1", "VP8", "VP9"), r);
              return (edit, rr) -> {
                v.setNumber("gopSize", 0);
                return List.of(edit.pointer(v, "gopSize"));
              };
            }));
    m.add(
        semantic(
            "semantics.slow-pal-framerate",
            "slow PAL on an output whose frame rate is not 25",
            (s, r) -> {
              ShapedNode out = output(group(s, List.of("FILE_GROUP_SETTINGS"), r), r);
              ShapedNode v = video(out, SLOW_PAL_CODECS, r);
              v.set("slowPal", "ENABLED");
              return (edit, rr) -> {
                v.setNumber("framerateNumerator", 30);
                v.setNumber("framerateDenominator", 1);
                return List.of(edit.pointer(v, "slowPal"));
              };
            }));
    m.add(
        semantic(
            "semantics.optimized-interlacing-requirements",
            "optimized interlacing on a progressive output",
            (s, r) -> {
              ShapedNode v = video(anyOutput(s, r), SCAN_TYPE_CODECS, r);
              v.set("scanTypeConversionMode", "INTERLACED_OPTIMIZE");
              return (edit, rr) -> {
                v.set("interlaceMode", "PROGRESSIVE");
                return List.of(edit.pointer(v, "scanTypeConversionMode"));
              };
            }));
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
            "semantics.noise-reducer-filter-missing",
            "the noise reducer without a filter",
            (s, r) -> {
              ShapedNode noiseReducer =
                  child(
                      child(child(anyOutput(s, r), "videoDescription", r), "videoPreprocessors", r),
                      "noiseReducer",
                      r);
              return (edit, rr) -> {
                noiseReducer.remove("filter");
                return List.of(edit.pointer(noiseReducer));
              };
            }));
    m.add(
        semantic(
            "semantics.mp4-ctts-version-cslg",
            "MP4 CTTS version 1 with the CSLG atom excluded",
            (s, r) -> {
              ShapedNode mp4 =
                  child(child(anyOutput(s, r), "containerSettings", r), "mp4Settings", r);
              return (edit, rr) -> {
                mp4.setNumber("cttsVersion", 1);
                mp4.set("cslgAtom", "EXCLUDE");
                return List.of(edit.pointer(mp4, "cttsVersion"));
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
            "semantics.aac-bitrate-not-valid",
            "an AAC bitrate within the model's range but not one the documentation lists",
            (s, r) -> {
              ShapedNode aac = audio(anyOutput(s, r), "AAC", r);
              aac.set("rateControlMode", "CBR");
              return (edit, rr) -> {
                aac.setNumber(
                    "bitrate", EnvelopeMutations.pick(List.of(7000, 100000, 1000000), rr));
                return List.of(edit.pointer(aac, "bitrate"));
              };
            }));
    m.add(
        semantic(
            "semantics.aac-sample-rate-not-valid",
            "an AAC 5.1 LC output at 22050 Hz",
            (s, r) -> {
              ShapedNode aac = audio(anyOutput(s, r), "AAC", r);
              aac.set("codecProfile", "LC").set("codingMode", "CODING_MODE_5_1");
              return (edit, rr) -> {
                aac.setNumber("sampleRate", 22050);
                return List.of(edit.pointer(aac, "sampleRate"));
              };
            }));
    m.add(
        semantic(
            "semantics.aac-profile-coding-mode",
            "an HE-AAC v2 output that is not stereo",
            (s, r) -> {
              ShapedNode aac = audio(anyOutput(s, r), "AAC", r);
              aac.set("codecProfile", "HEV2");
              return (edit, rr) -> {
                aac.set(
                    "codingMode",
                    EnvelopeMutations.pick(
                        List.of("CODING_MODE_1_0", "CODING_MODE_5_1", "AD_RECEIVER_MIX"), rr));
                return List.of(edit.pointer(aac, "codingMode"));
              };
            }));
    m.add(
        semantic(
            "semantics.aac-rate-control-exclusive",
            "an AAC VBR output with a bitrate",
            (s, r) -> {
              ShapedNode aac = audio(anyOutput(s, r), "AAC", r);
              aac.set("rateControlMode", "VBR");
              return (edit, rr) -> {
                aac.setNumber("bitrate", 96000);
                return List.of(edit.pointer(aac, "bitrate"));
              };
            }));
    m.add(
        semantic(
            "semantics.mp3-vbr-quality-missing",
            "an MP3 VBR output without a VBR quality",
            (s, r) -> {
              ShapedNode mp3 = audio(anyOutput(s, r), "MP3", r);
              mp3.set("rateControlMode", "VBR");
              return (edit, rr) -> {
                mp3.remove("vbrQuality");
                return List.of(edit.pointer(mp3, "rateControlMode"));
              };
            }));
    m.add(
        semantic(
            "semantics.dolby-bitrate-not-valid",
            "a stereo AC3 bitrate that is not a multiple of 8000",
            (s, r) -> {
              ShapedNode ac3 = audio(anyOutput(s, r), "AC3", r);
              ac3.set("codingMode", "CODING_MODE_2_0");
              return (edit, rr) -> {
                ac3.setNumber("bitrate", 130000);
                return List.of(edit.pointer(ac3, "bitrate"));
              };
            }));
    m.add(
        semantic(
            "semantics.lfe-filter-coding-mode",
            "the LFE filter on a stereo AC3 output",
            (s, r) -> {
              ShapedNode ac3 = audio(anyOutput(s, r), "AC3", r);
              ac3.set("codingMode", "CODING_MODE_2_0");
              return (edit, rr) -> {
                ac3.set("lfeFilter", "ENABLED");
                return List.of(edit.pointer(ac3, "lfeFilter"));
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
            "semantics.container-not-in-group",
            "a streaming package's container in a file group",
            (s, r) -> {
              ShapedNode out = output(group(s, List.of("FILE_GROUP_SETTINGS"), r), r);
              ShapedNode container = child(out, "containerSettings", r);
              return (edit, rr) -> {
                container.set(
                    "container",
                    EnvelopeMutations.pick(List.of("M3U8", "MPD", "CMFC", "ISMV"), rr));
                return List.of(edit.pointer(container, "container"));
              };
            }));
    m.add(
        semantic(
            "semantics.streaming-group-container-unexpected",
            "a file container in a streaming group",
            (s, r) -> {
              ShapedNode out = output(group(s, STREAMING, r), r);
              ShapedNode container = child(out, "containerSettings", r);
              return (edit, rr) -> {
                container.set(
                    "container",
                    EnvelopeMutations.pick(List.of("MP4", "MOV", "M2TS", "WEBM", "MXF"), rr));
                return List.of(edit.pointer(container, "container"));
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
            "semantics.gop-closed-cadence-zero-segmented",
            "a closed GOP cadence of 0 in a streaming group",
            (s, r) -> {
              ShapedNode v =
                  video(output(group(s, STREAMING, r), r), List.of("H_264", "H_265", "MPEG2"), r);
              return (edit, rr) -> {
                v.setNumber("gopClosedCadence", 0);
                return List.of(edit.pointer(v, "gopClosedCadence"));
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
            "semantics.on-demand-profile-single-file",
            "the on-demand MPD profile with segmented files",
            (s, r) -> {
              ShapedNode settings =
                  streaming(
                      group(s, List.of("DASH_ISO_GROUP_SETTINGS", "CMAF_GROUP_SETTINGS"), r), r);
              return (edit, rr) -> {
                settings.set("mpdProfile", "ON_DEMAND_PROFILE");
                settings.set("segmentControl", "SEGMENTED_FILES");
                return List.of(edit.pointer(settings, "segmentControl"));
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
            "semantics.input-file-and-video-generator",
            "an input with both a file and a video generator",
            (s, r) -> {
              ShapedNode in = input(s, r);
              in.ensure("fileInput", r);
              return (edit, rr) -> {
                in.setNode("videoGenerator", in.draw("videoGenerator", rr));
                return List.of(edit.pointer(in, "videoGenerator"));
              };
            }));
    m.add(
        semantic(
            "semantics.input-timecode-start-without-specified-start",
            "an input start timecode with a source other than the specified start",
            (s, r) -> {
              ShapedNode in = input(s, r);
              return (edit, rr) -> {
                in.setNode("timecodeStart", in.draw("timecodeStart", rr));
                in.set("timecodeSource", Draws.chance(rr, 50) ? "EMBEDDED" : "ZEROBASED");
                return List.of(edit.pointer(in, "timecodeStart"));
              };
            }));
    m.add(
        semantic(
            "semantics.input-filter-strength-missing",
            "an input forcing filtering without a strength",
            (s, r) -> {
              ShapedNode in = input(s, r);
              return (edit, rr) -> {
                in.set("filterEnable", "FORCE");
                in.remove("filterStrength");
                return List.of(edit.pointer(in, "filterEnable"));
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
            "semantics.timecode-config-start-unused",
            "a job start timecode with a source other than the specified start",
            (s, r) -> {
              ShapedNode timecode = child(s, "timecodeConfig", r);
              return (edit, rr) -> {
                timecode.setNode("start", timecode.draw("start", rr));
                timecode.set("source", Draws.chance(rr, 50) ? "EMBEDDED" : "ZEROBASED");
                return List.of(edit.pointer(timecode, "start"));
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
    return m;
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
