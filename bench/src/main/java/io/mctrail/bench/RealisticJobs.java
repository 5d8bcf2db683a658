package io.mctrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.AudioCodecSettings;
import io.mctrail.model.mediaconvert.VideoCodecSettings;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.CloudTrailForms;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.event.EventScope;
import io.mctrail.testkit.settings.ShapedNode;
import io.mctrail.testkit.settings.ValidSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * CreateJob records shaped like the jobs people submit: a few inputs from S3 with audio and caption
 * selectors, and several output groups of different types (HLS, DASH, CMAF, Microsoft Smooth, file)
 * whose outputs are H.264 or H.265 video with AAC audio. Each starts as a consistent record of the
 * testkit (envelope, identity, job resource); its settings are then reshaped, made valid again by
 * the testkit's repairs, put in CloudTrail's forms, and echoed in the response, so the record stays
 * consistent: the default profile of the validator gives it no ERROR.
 */
final class RealisticJobs {

  /** The output group types, each with its settings member. */
  static final List<String[]> GROUP_TYPES =
      List.of(
          new String[] {"HLS_GROUP_SETTINGS", "hlsGroupSettings"},
          new String[] {"DASH_ISO_GROUP_SETTINGS", "dashIsoGroupSettings"},
          new String[] {"FILE_GROUP_SETTINGS", "fileGroupSettings"},
          new String[] {"CMAF_GROUP_SETTINGS", "cmafGroupSettings"},
          new String[] {"MS_SMOOTH_GROUP_SETTINGS", "msSmoothGroupSettings"});

  private static final List<String> GROUP_MEMBERS = GROUP_TYPES.stream().map(t -> t[1]).toList();

  /** The codec members of the video codec settings (h264Settings...), from the model. */
  private static final List<String> VIDEO_MEMBERS = codecMembers(VideoCodecSettings.DESCRIPTOR);

  /** The codec members of the audio codec settings (aacSettings...), from the model. */
  private static final List<String> AUDIO_MEMBERS = codecMembers(AudioCodecSettings.DESCRIPTOR);

  /** The members of a codec settings shape that hold one codec's settings: its structures. */
  private static List<String> codecMembers(StructureDescriptor<?> codecSettings) {
    return codecSettings.members().stream()
        .filter(m -> m.type().kind() == ValueType.Kind.STRUCTURE)
        .map(MemberDescriptor::jsonName)
        .toList();
  }

  /**
   * The members of the job settings a typical job has beside its inputs and outputs; the drawn
   * settings' others (watermarking, ESAM, 3D LUTs…) are left out.
   */
  private static final List<String> JOB_MEMBERS =
      List.of("inputs", "outputGroups", "timecodeConfig", "followSource", "adAvailOffset");

  /**
   * What a lean job's input keeps of the drawn one besides its selectors: its file and video
   * selector, none of the drawn extras (clippings, overlays, filters, image inserters…), of which a
   * newer model has more. A lean job then stays small enough, whatever model the build read, for a
   * record of 5 KB to be made from it.
   */
  static final List<String> LEAN_INPUT_MEMBERS = List.of("fileInput", "videoSelector");

  /** What a lean job's output keeps of the drawn one: video, audio and container. */
  static final List<String> LEAN_OUTPUT_MEMBERS =
      List.of(
          "videoDescription",
          "audioDescriptions",
          "containerSettings",
          "outputSettings",
          "extension",
          "nameModifier");

  /** What a lean output's video description keeps of the drawn one: its codec and frame size. */
  static final List<String> LEAN_VIDEO_MEMBERS = List.of("codecSettings", "width", "height");

  private static final List<String> SOURCES =
      List.of("masters", "ingest", "uploads", "archive/2024", "studio/dailies");
  private static final List<String> EXTENSIONS = List.of("mov", "mp4", "mxf", "mkv");

  /**
   * The outline of a job: how many inputs, and how many outputs each output group has (one group
   * per element, of distinct types while there are types left).
   *
   * @param inputs the number of inputs, at least 1
   * @param outputsPerGroup the outputs of each group, each at least 1
   * @param lean one audio and one caption selector an input and one audio track an output, rather
   *     than a few now and then; inputs, outputs and video descriptions without the drawn extras
   *     ({@link #LEAN_INPUT_MEMBERS}, {@link #LEAN_OUTPUT_MEMBERS}, {@link #LEAN_VIDEO_MEMBERS})
   */
  record Outline(int inputs, List<Integer> outputsPerGroup, boolean lean) {

    Outline {
      if (inputs < 1 || outputsPerGroup.isEmpty() || outputsPerGroup.contains(0)) {
        throw new IllegalArgumentException("an input and a group of one output at least");
      }
      outputsPerGroup = List.copyOf(outputsPerGroup);
    }

    /** The smallest job: one input, one group of one output, lean. */
    static Outline smallest() {
      return new Outline(1, List.of(1), true);
    }
  }

  private RealisticJobs() {}

  /**
   * The outline of a typical job: mostly one input (two or three in one job of four), two output
   * groups (three in some jobs), one output a group (two in one group of ten); the records these
   * make average some 11 KB.
   */
  static Outline typicalOutline(RandomGenerator r) {
    int inputs = pick(r, 75, 20, 5);
    int groups = pick(r, 0, 85, 15);
    List<Integer> outputs = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      outputs.add(pick(r, 90, 10));
    }
    return new Outline(inputs, outputs, false);
  }

  /**
   * The outline of a job of {@code outputs} outputs in all: inputs as in a typical job, one to
   * three output groups (no more than there are outputs), each with one output and the rest spread
   * over them at random.
   */
  static Outline outlineOfOutputs(int outputs, RandomGenerator r) {
    if (outputs < 1) {
      throw new IllegalArgumentException("a job has one output at least");
    }
    int inputs = pick(r, 75, 20, 5);
    int groups = 1 + Draws.index(r, Math.min(outputs, 3));
    List<Integer> perGroup = new ArrayList<>(Collections.nCopies(groups, 1));
    for (int i = groups; i < outputs; i++) {
      int g = Draws.index(r, groups);
      perGroup.set(g, perGroup.get(g) + 1);
    }
    return new Outline(inputs, perGroup, false);
  }

  /** 1, 2, 3… with the weights given, in per cent. */
  private static int pick(RandomGenerator r, int... percents) {
    int draw = Draws.index(r, 100);
    for (int i = 0; i < percents.length; i++) {
      if (draw < percents[i]) {
        return i + 1;
      }
      draw -= percents[i];
    }
    return percents.length;
  }

  /**
   * A copy of {@code event} (a consistent CreateJob record) whose request settings follow {@code
   * outline}, echoed in the response.
   */
  static ObjectNode reshaped(ConsistentEvent event, Outline outline, RandomGenerator r) {
    if (!event.operation().equals("CreateJob") || event.echo() == null) {
      throw new IllegalArgumentException("not a successful CreateJob record");
    }
    ObjectNode record = event.copy();
    ObjectNode settings = settings(outline, event.scope(), r);
    ((ObjectNode) record.path("requestParameters")).set("settings", settings);
    JsonNode job = record.path("responseElements").path("job");
    ((ObjectNode) job).set("settings", settings.deepCopy());
    return record;
  }

  /**
   * Leaves out of a CreateJob record the request's members other than its settings, role and queue,
   * and the job's other than those and its ARN, id, creation time, status and timing: the smallest
   * record a job makes. The two sides stay consistent.
   */
  static void lean(ObjectNode record) {
    ((ObjectNode) record.path("requestParameters")).retain("settings", "role", "queue");
    ((ObjectNode) record.path("responseElements").path("job"))
        .retain("settings", "role", "queue", "arn", "id", "createdAt", "status", "timing");
  }

  /** Job settings following {@code outline}, valid, in CloudTrail's forms for {@code scope}. */
  static ObjectNode settings(Outline outline, EventScope scope, RandomGenerator r) {
    ObjectNode json = ValidSettings.jobJson().generate(r);
    ShapedNode settings = ShapedNode.of(json, "JobSettings");
    String bucket = bucket(scope);

    settings.json().retain(JOB_MEMBERS);
    settings.remove("inputs");
    for (int i = 0; i < outline.inputs(); i++) {
      ShapedNode input = settings.append("inputs", r);
      input.remove("videoGenerator");
      if (outline.lean()) {
        input.json().retain(LEAN_INPUT_MEMBERS);
      }
      input.set(
          "fileInput",
          "s3://"
              + bucket
              + "/"
              + SOURCES.get(Draws.index(r, SOURCES.size()))
              + "/clip-"
              + Draws.longBetween(r, 1000, 99999)
              + "."
              + EXTENSIONS.get(Draws.index(r, EXTENSIONS.size())));
      ObjectNode audio = input.json().putObject("audioSelectors");
      int audioSelectors = outline.lean() ? 1 : pick(r, 70, 25, 5);
      for (int a = 1; a <= audioSelectors; a++) {
        audio.set("Audio Selector " + a, input.drawElement("audioSelectors", r));
      }
      ObjectNode captions = input.json().putObject("captionSelectors");
      int captionSelectors = outline.lean() ? 1 : pick(r, 75, 25);
      for (int c = 1; c <= captionSelectors; c++) {
        captions.set("Captions Selector " + c, input.drawElement("captionSelectors", r));
      }
    }

    settings.remove("outputGroups");
    int first = Draws.index(r, GROUP_TYPES.size());
    for (int g = 0; g < outline.outputsPerGroup().size(); g++) {
      ShapedNode group =
          group(settings, GROUP_TYPES.get((first + g) % GROUP_TYPES.size()), bucket, r);
      for (int o = 0; o < outline.outputsPerGroup().get(g); o++) {
        output(group.append("outputs", r), outline.lean(), r);
      }
    }
    finish(json, scope, r);
    return json;
  }

  /**
   * Adds one output to valid job settings made by {@link #settings}: in a group of a type the job
   * does not have yet while there is one, else in the group with the fewest outputs; then makes the
   * settings valid again.
   */
  static void grow(ObjectNode json, EventScope scope, RandomGenerator r) {
    ShapedNode settings = ShapedNode.of(json, "JobSettings");
    List<ShapedNode> groups = settings.list("outputGroups");
    ShapedNode target = null;
    if (groups.size() < GROUP_TYPES.size()) {
      List<String> present =
          groups.stream()
              .map(g -> g.child("outputGroupSettings"))
              .map(s -> s == null ? null : s.text("type"))
              .toList();
      for (String[] type : GROUP_TYPES) {
        if (!present.contains(type[0])) {
          target = group(settings, type, bucket(scope), r);
          break;
        }
      }
    }
    if (target == null) {
      target = groups.get(0);
      for (ShapedNode g : groups) {
        if (g.list("outputs").size() < target.list("outputs").size()) {
          target = g;
        }
      }
    }
    output(target.append("outputs", r), false, r);
    finish(json, scope, r);
  }

  /** An output group of {@code type} appended to the settings, without outputs. */
  private static ShapedNode group(
      ShapedNode settings, String[] type, String bucket, RandomGenerator r) {
    ShapedNode group = settings.append("outputGroups", r);
    ShapedNode groupSettings = group.ensureChild("outputGroupSettings", r);
    GROUP_MEMBERS.forEach(groupSettings::remove);
    groupSettings.set("type", type[0]);
    ShapedNode typed = groupSettings.ensureChild(type[1], r);
    if (typed != null && typed.hasMember("destination")) {
      String kind = type[1].substring(0, type[1].indexOf("GroupSettings")).toLowerCase(Locale.ROOT);
      typed.set("destination", "s3://" + bucket + "/out/" + kind + "/");
    }
    group.remove("outputs");
    return group;
  }

  /** Makes the settings valid, with DRM settings redacted and ARNs in the scope's account. */
  private static void finish(ObjectNode json, EventScope scope, RandomGenerator r) {
    ValidSettings.repairJob(json, r);
    CloudTrailForms.redactDrm(json);
    CloudTrailForms.scopeArns(json, scope);
  }

  /** An output of H.264 (mostly) or H.265 video and one or two AAC audio tracks. */
  private static void output(ShapedNode output, boolean lean, RandomGenerator r) {
    if (lean) {
      output.json().retain(LEAN_OUTPUT_MEMBERS);
    }
    ShapedNode video = output.ensureChild("videoDescription", r);
    if (lean) {
      video.json().retain(LEAN_VIDEO_MEMBERS);
    }
    ShapedNode codec = video.ensureChild("codecSettings", r);
    VIDEO_MEMBERS.forEach(codec::remove);
    boolean hevc = Draws.chance(r, 30);
    codec.set("codec", hevc ? "H_265" : "H_264");
    codec.ensureChild(hevc ? "h265Settings" : "h264Settings", r);

    output.remove("audioDescriptions");
    int tracks = !lean && Draws.chance(r, 15) ? 2 : 1;
    for (int i = 0; i < tracks; i++) {
      ShapedNode audio = output.append("audioDescriptions", r);
      ShapedNode audioCodec = audio.ensureChild("codecSettings", r);
      AUDIO_MEMBERS.forEach(audioCodec::remove);
      audioCodec.set("codec", "AAC");
      audioCodec.ensureChild("aacSettings", r);
    }
  }

  /** The bucket of the scope's media. */
  static String bucket(EventScope scope) {
    return "media-" + scope.account() + "-" + scope.region();
  }

  /** The record's size as compact JSON, in bytes. */
  static int size(ObjectNode record) {
    return CloudTrailJson.bytes(record).length;
  }
}
