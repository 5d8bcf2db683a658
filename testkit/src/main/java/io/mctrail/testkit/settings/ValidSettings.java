package io.mctrail.testkit.settings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.mediaconvert.JobSettings;
import io.mctrail.model.mediaconvert.JobTemplateSettings;
import io.mctrail.model.mediaconvert.PresetSettings;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.mediaconvert.MediaConvertGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Settings trees that MediaConvert would accept: within every constraint of the AWS model (they
 * start as values of the generated shape generators) and within MediaConvert's documented
 * cross-field rules, the ones the validator's semantics layer checks.
 *
 * <p>A tree is drawn in three steps. The shape generator draws it at random. A skeleton makes it
 * look like a job someone would submit: inputs with files, output groups with outputs, outputs with
 * video, audio and a container (each with some probability). Then a repair walks it and changes
 * what a rule forbids, in the least way (a codec named without its settings gets them, an AAC
 * bitrate moves to the nearest documented one, a fragment becomes a whole number of GOPs…); members
 * no rule constrains keep their random values.
 *
 * <p>The repairs are public so that a test that changes a valid tree (a mutation preparing the
 * ground for one defect) can make it valid again before breaking it in one place.
 */
public final class ValidSettings {

  private static final MediaConvertGenerators SHAPES = MediaConvertGenerators.standard();

  private ValidSettings() {}

  /** Job settings ({@code JobSettings}) as JSON. */
  public static Gen<ObjectNode> jobJson() {
    return random -> {
      ObjectNode json = CloudTrailJson.object(SHAPES.jobSettings().generate(random));
      ShapedNode settings = ShapedNode.of(json, "JobSettings");
      skeleton(settings, true, random);
      repair(settings, random);
      return json;
    };
  }

  /** Job settings, typed. */
  public static Gen<JobSettings> job() {
    return jobJson().map(json -> CloudTrailJson.typed(json, JobSettings.class));
  }

  /** Job template settings ({@code JobTemplateSettings}) as JSON. */
  public static Gen<ObjectNode> templateJson() {
    return random -> {
      ObjectNode json = CloudTrailJson.object(SHAPES.jobTemplateSettings().generate(random));
      ShapedNode settings = ShapedNode.of(json, "JobTemplateSettings");
      skeleton(settings, false, random);
      repair(settings, random);
      return json;
    };
  }

  /** Job template settings, typed. */
  public static Gen<JobTemplateSettings> template() {
    return templateJson().map(json -> CloudTrailJson.typed(json, JobTemplateSettings.class));
  }

  /** Preset settings ({@code PresetSettings}, one output's descriptions) as JSON. */
  public static Gen<ObjectNode> presetJson() {
    return random -> {
      ObjectNode json = CloudTrailJson.object(SHAPES.presetSettings().generate(random));
      ShapedNode settings = ShapedNode.of(json, "PresetSettings");
      output(settings, random);
      repairPreset(json, random);
      return json;
    };
  }

  /** Preset settings, typed. */
  public static Gen<PresetSettings> preset() {
    return presetJson().map(json -> CloudTrailJson.typed(json, PresetSettings.class));
  }

  /** Makes job settings valid again after a change; changes only what a rule forbids. */
  public static void repairJob(ObjectNode settings, RandomGenerator random) {
    repair(ShapedNode.of(settings, "JobSettings"), random);
  }

  /** Makes job template settings valid again after a change. */
  public static void repairTemplate(ObjectNode settings, RandomGenerator random) {
    repair(ShapedNode.of(settings, "JobTemplateSettings"), random);
  }

  /** Makes preset settings valid again after a change. */
  public static void repairPreset(ObjectNode settings, RandomGenerator random) {
    ShapedNode preset = ShapedNode.of(settings, "PresetSettings");
    VideoRepair.output(preset, random);
    AudioRepair.output(preset, random);
    DocumentedRepair.settings(preset, random);
    // After the documented repair, which may draw one of a pair (HDR10's maximum light levels).
    OrderRepair.output(preset);
  }

  /** Every output of a job's or template's settings. */
  static List<ShapedNode> outputs(ShapedNode settings) {
    List<ShapedNode> out = new ArrayList<>();
    for (ShapedNode group : settings.list("outputGroups")) {
      out.addAll(group.list("outputs"));
    }
    return out;
  }

  private static void repair(ShapedNode settings, RandomGenerator random) {
    InputRepair.inputs(settings, random);
    for (ShapedNode group : settings.list("outputGroups")) {
      GroupRepair.group(group, random);
    }
    InputRepair.references(settings, outputs(settings), random);
    DocumentedRepair.settings(settings, random);
    // After the documented repair, which may draw one of a pair (HDR10's maximum light levels).
    OrderRepair.settings(settings);
  }

  /** Inputs, output groups and outputs as a submitted job has them. */
  private static void skeleton(ShapedNode settings, boolean job, RandomGenerator random) {
    ArrayNode inputs = settings.ensureArray("inputs");
    if (inputs != null && inputs.isEmpty() && (job || Draws.chance(random, 70))) {
      settings.append("inputs", random);
    }
    for (ShapedNode input : settings.list("inputs")) {
      if (job && !input.has("videoGenerator")) {
        input.ensure("fileInput", random);
      }
    }
    ArrayNode groups = settings.ensureArray("outputGroups");
    if (groups != null && groups.isEmpty()) {
      settings.append("outputGroups", random);
    }
    for (ShapedNode group : settings.list("outputGroups")) {
      ArrayNode outputs = group.ensureArray("outputs");
      if (outputs != null && outputs.isEmpty()) {
        group.append("outputs", random);
      }
      for (ShapedNode output : group.list("outputs")) {
        output(output, random);
      }
    }
  }

  /** An output (or a preset) with video, audio and a container, each most of the time. */
  private static void output(ShapedNode output, RandomGenerator random) {
    if (output.has("videoDescription") || Draws.chance(random, 85)) {
      ShapedNode video = output.ensureChild("videoDescription", random);
      if (video != null) {
        video.ensureChild("codecSettings", random);
      }
    }
    if (!output.has("audioDescriptions") && Draws.chance(random, 70)) {
      output.append("audioDescriptions", random);
    }
    for (ShapedNode audio : output.list("audioDescriptions")) {
      audio.ensure("codecSettings", random);
    }
    if (Draws.chance(random, 90)) {
      output.ensure("containerSettings", random);
    }
  }
}
