package io.mctrail.validation.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.JsonNodes;
import io.mctrail.validation.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One MediaConvert settings tree of an event: the {@code JobSettings} of a job, the {@code
 * JobTemplateSettings} of a template, or the {@code PresetSettings} of a preset, with the walks the
 * rules share. Used by one thread, for one event: the list of outputs is built once and shared by
 * the rules.
 */
final class SettingsTree {

  private final Node root;
  private final String shape;
  private List<Output> outputs;

  /**
   * @param root the settings object and its path in the event
   * @param shape the model's shape of the settings object: {@code JobSettings}, {@code
   *     JobTemplateSettings} or {@code PresetSettings}
   */
  SettingsTree(Node root, String shape) {
    this.root = root;
    this.shape = shape;
  }

  /** The model's shape of the settings object. */
  String shape() {
    return shape;
  }

  /**
   * The shape of a settings object, from the name of the object that holds it in the response
   * ({@code job}, {@code jobTemplates}, {@code preset}, …) or, for the request's, from the
   * operation's name ({@code CreateJobTemplate}, {@code UpdatePreset}, …).
   */
  static String shapeOf(String holder) {
    String h = holder == null ? "" : holder.toLowerCase(Locale.ROOT);
    if (h.contains("template")) {
      return "JobTemplateSettings";
    }
    return h.contains("preset") ? "PresetSettings" : "JobSettings";
  }

  /** The settings object and its path in the event. */
  Node root() {
    return root;
  }

  /**
   * One output and the group that holds it. A preset's settings are one output with no group.
   *
   * @param output the output object (or the preset settings)
   * @param group the output group, or {@code null} for a preset
   */
  record Output(Node output, Node group) {

    /** The group's {@code outputGroupSettings.type}, or {@code null}. */
    String groupType() {
      Node settings = group == null ? null : group.child("outputGroupSettings");
      return settings == null ? null : settings.text("type");
    }

    /** The {@code videoDescription.codecSettings} object, or {@code null}. */
    Node videoCodecSettings() {
      Node video = output.child("videoDescription");
      return video == null ? null : video.child("codecSettings");
    }
  }

  /**
   * The settings trees a semantic check reads. A CreateJob record holds the job settings twice, as
   * requested and as echoed in the response; reading both would report one defect twice. So the
   * request's {@code settings} is read when it is an object, and the response's settings trees (a
   * job's, a template's, a preset's, or every one of a list) only when the request has none, as
   * with GetJob or ListPresets, or when the request's settings were redacted.
   */
  static List<SettingsTree> locate(EventContext event) {
    JsonNode request = event.request();
    if (request != null && request.path("settings").isObject()) {
      return List.of(
          new SettingsTree(
              new Node(
                  TreePath.ROOT.child("requestParameters").child("settings"),
                  request.get("settings")),
              shapeOf(event.text("eventName"))));
    }
    JsonNode response = event.response();
    if (response == null) {
      return List.of();
    }
    List<SettingsTree> out = new ArrayList<>();
    for (JsonNodes.Located l :
        JsonNodes.findObjects(response, TreePath.ROOT.child("responseElements"), "settings")) {
      out.add(new SettingsTree(new Node(l.path(), l.node()), shapeOf(holder(l.path()))));
    }
    return out;
  }

  /** The name of the object that holds the settings at {@code path}, past any array index. */
  private static String holder(TreePath path) {
    String[] parts = path.pointer().split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
        return parts[i];
      }
    }
    return null;
  }

  /** The output groups of a job or template; empty for a preset. */
  List<Node> outputGroups() {
    return root.list("outputGroups");
  }

  /** The inputs of a job or template; empty for a preset. */
  List<Node> inputs() {
    return root.list("inputs");
  }

  /**
   * Every output with its group; for a preset, the preset settings themselves, which hold one
   * output's descriptions and container.
   */
  List<Output> outputs() {
    if (outputs == null) {
      outputs = findOutputs();
    }
    return outputs;
  }

  private List<Output> findOutputs() {
    List<Output> out = new ArrayList<>();
    for (Node group : outputGroups()) {
      for (Node output : group.list("outputs")) {
        out.add(new Output(output, group));
      }
    }
    if (root.has("videoDescription")
        || root.has("audioDescriptions")
        || root.has("containerSettings")
        || root.has("captionDescriptions")) {
      out.add(new Output(root, null));
    }
    return List.copyOf(out);
  }

  /** The audio {@code codecSettings} objects of every output, with their pointers. */
  List<Node> audioCodecSettings() {
    List<Node> out = new ArrayList<>();
    for (Output o : outputs()) {
      for (Node audio : o.output().list("audioDescriptions")) {
        Node codec = audio.child("codecSettings");
        if (codec != null) {
          out.add(codec);
        }
      }
    }
    return out;
  }

  /** The {@code field} object (for example {@code h264Settings}) of every output's video codec. */
  List<Node> videoCodec(String field) {
    List<Node> out = new ArrayList<>();
    for (Output o : outputs()) {
      Node codec = o.videoCodecSettings();
      Node settings = codec == null ? null : codec.child(field);
      if (settings != null) {
        out.add(settings);
      }
    }
    return out;
  }

  /** The {@code field} object (for example {@code aacSettings}) of every audio description. */
  List<Node> audioCodec(String field) {
    List<Node> out = new ArrayList<>();
    for (Node codec : audioCodecSettings()) {
      Node settings = codec.child(field);
      if (settings != null) {
        out.add(settings);
      }
    }
    return out;
  }
}
