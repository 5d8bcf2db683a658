package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The parts of job settings a semantic mutation needs, found or made: an output group of a type, an
 * output, an output's video or audio codec settings, an input. What is made is drawn within the
 * model's constraints; the repair that follows makes it valid.
 */
final class SettingsFixtures {

  /** Codec enum value to its video settings member. */
  static final Map<String, String> VIDEO =
      Map.ofEntries(
          Map.entry("AV1", "av1Settings"),
          Map.entry("AVC_INTRA", "avcIntraSettings"),
          Map.entry("H_264", "h264Settings"),
          Map.entry("H_265", "h265Settings"),
          Map.entry("MPEG2", "mpeg2Settings"),
          Map.entry("PRORES", "proresSettings"),
          Map.entry("UNCOMPRESSED", "uncompressedSettings"),
          Map.entry("VC3", "vc3Settings"),
          Map.entry("VP8", "vp8Settings"),
          Map.entry("VP9", "vp9Settings"),
          Map.entry("XAVC", "xavcSettings"));

  /** Codec enum value to its audio settings member. */
  static final Map<String, String> AUDIO =
      Map.of("AAC", "aacSettings", "AC3", "ac3Settings", "MP3", "mp3Settings");

  static final List<String> GROUP_SETTINGS =
      List.of(
          "fileGroupSettings",
          "hlsGroupSettings",
          "dashIsoGroupSettings",
          "msSmoothGroupSettings",
          "cmafGroupSettings");

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
    GROUP_SETTINGS.forEach(groupSettings::remove);
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
    String member = VIDEO.get(codec);
    if (!codecSettings.is("codec", codec)) {
      VIDEO.values().forEach(codecSettings::remove);
      codecSettings.remove("frameCaptureSettings");
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
      for (String member :
          List.of(
              "aacSettings",
              "ac3Settings",
              "aiffSettings",
              "eac3Settings",
              "eac3AtmosSettings",
              "flacSettings",
              "mp2Settings",
              "mp3Settings",
              "opusSettings",
              "vorbisSettings",
              "wavSettings")) {
        codecSettings.remove(member);
      }
      codecSettings.set("codec", codec);
    }
    return child(codecSettings, AUDIO.get(codec), r);
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
