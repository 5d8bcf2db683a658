package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The parts of job settings a semantic mutation needs, found or made: an output group of a type, an
 * output, an output's video or audio codec settings, an input. What is made is drawn within the
 * model's constraints; the repair that follows makes it valid.
 */
final class SettingsFixtures {

  /**
   * The video codecs a mutation may pick for an output: every codec that requires a settings
   * object, but frame capture, whose outputs follow rules of their own.
   */
  static final List<String> VIDEO_CODECS =
      SettingsMembers.VIDEO_CODEC.valuesWithSettings().stream()
          .filter(SettingsMembers.VIDEO_CODEC::requiresMember)
          .filter(codec -> !codec.equals("FRAME_CAPTURE"))
          .toList();

  /** The audio codecs a mutation picks for an output: the common ones. */
  static final List<String> AUDIO_CODECS = List.of("AAC", "AC3", "MP3");

  private SettingsFixtures() {}

  /** The member as an object: its own when it is one, a drawn one otherwise. */
  static ShapedNode child(ShapedNode node, String member, RandomGenerator r) {
    ShapedNode child = node.child(member);
    if (child == null) {
      node.setNode(member, node.draw(member, r));
      child = node.child(member);
    }
    return child;
  }

  /** An output group of one of {@code types}: one there is, or one made so. */
  static ShapedNode group(ShapedNode settings, List<String> types, RandomGenerator r) {
    if (settings.list("outputGroups").isEmpty()) {
      settings.remove("outputGroups");
      settings.append("outputGroups", r);
    }
    List<ShapedNode> groups = settings.list("outputGroups");
    List<ShapedNode> fitting =
        groups.stream()
            .filter(
                g -> {
                  ShapedNode s = g.child("outputGroupSettings");
                  return s != null && s.text("type") != null && types.contains(s.text("type"));
                })
            .toList();
    if (!fitting.isEmpty()) {
      return fitting.get(Draws.index(r, fitting.size()));
    }
    ShapedNode group = groups.get(Draws.index(r, groups.size()));
    ShapedNode groupSettings = child(group, "outputGroupSettings", r);
    SettingsMembers.OUTPUT_GROUP.members().forEach(groupSettings::remove);
    groupSettings.set("type", types.get(Draws.index(r, types.size())));
    return group;
  }

  /** The settings object of a group (of the type it has). */
  static ShapedNode groupSettings(ShapedNode group, String member, RandomGenerator r) {
    return child(child(group, "outputGroupSettings", r), member, r);
  }

  /** An output of the group: one there is, or one made. */
  static ShapedNode output(ShapedNode group, RandomGenerator r) {
    List<ShapedNode> outputs = group.list("outputs");
    if (outputs.isEmpty()) {
      group.remove("outputs");
      return group.append("outputs", r);
    }
    return outputs.get(Draws.index(r, outputs.size()));
  }

  /** An output of any group. */
  static ShapedNode anyOutput(ShapedNode settings, RandomGenerator r) {
    List<ShapedNode> groups = settings.list("outputGroups");
    if (groups.isEmpty()) {
      settings.remove("outputGroups");
      return output(settings.append("outputGroups", r), r);
    }
    return output(groups.get(Draws.index(r, groups.size())), r);
  }

  /** The output's video codec settings object for {@code codec}, made so if need be. */
  static ShapedNode video(ShapedNode output, String codec, RandomGenerator r) {
    ShapedNode codecSettings = child(child(output, "videoDescription", r), "codecSettings", r);
    String member = SettingsMembers.VIDEO_CODEC.member(codec);
    if (!codecSettings.is("codec", codec)) {
      SettingsMembers.VIDEO_CODEC.members().forEach(codecSettings::remove);
      codecSettings.set("codec", codec);
    }
    return child(codecSettings, member, r);
  }

  /** The video codec settings object of an output (one of {@code codecs}), made so if need be. */
  static ShapedNode video(ShapedNode output, List<String> codecs, RandomGenerator r) {
    ShapedNode codecSettings = child(child(output, "videoDescription", r), "codecSettings", r);
    String current = codecSettings.text("codec");
    String codec =
        current != null && codecs.contains(current)
            ? current
            : codecs.get(Draws.index(r, codecs.size()));
    return video(output, codec, r);
  }

  /** An audio description of the output whose codec settings are those of {@code codec}. */
  static ShapedNode audio(ShapedNode output, String codec, RandomGenerator r) {
    List<ShapedNode> descriptions = output.list("audioDescriptions");
    ShapedNode description =
        descriptions.isEmpty()
            ? appended(output, "audioDescriptions", r)
            : descriptions.get(Draws.index(r, descriptions.size()));
    ShapedNode codecSettings = child(description, "codecSettings", r);
    if (!codecSettings.is("codec", codec)) {
      SettingsMembers.AUDIO_CODEC.members().forEach(codecSettings::remove);
      codecSettings.set("codec", codec);
    }
    return child(codecSettings, SettingsMembers.AUDIO_CODEC.member(codec), r);
  }

  /** An audio description of some output. */
  static ShapedNode anyAudioDescription(ShapedNode settings, RandomGenerator r) {
    ShapedNode output = anyOutput(settings, r);
    List<ShapedNode> descriptions = output.list("audioDescriptions");
    return descriptions.isEmpty()
        ? appended(output, "audioDescriptions", r)
        : descriptions.get(Draws.index(r, descriptions.size()));
  }

  /** An input of the job: one there is, or one made. */
  static ShapedNode input(ShapedNode settings, RandomGenerator r) {
    List<ShapedNode> inputs = settings.list("inputs");
    if (inputs.isEmpty()) {
      settings.remove("inputs");
      return settings.append("inputs", r);
    }
    return inputs.get(Draws.index(r, inputs.size()));
  }

  /** A new element appended to a list member (which is made a list if it is not one). */
  static ShapedNode appended(ShapedNode node, String member, RandomGenerator r) {
    if (node.ensureArray(member) == null) {
      node.setNode(member, JsonNodeFactory.instance.arrayNode());
    }
    return node.append(member, r);
  }
}
