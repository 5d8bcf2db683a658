package io.mctrail.validation.semantics;

import io.mctrail.model.facts.GroupContainers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An output group's type against its settings object, its outputs' containers and names. */
final class OutputGroupRules implements Concern {

  static final Rule GROUP_TYPE_SETTINGS =
      Sources.rule(
          "output-group-type-settings-mismatch",
          Severity.ERROR,
          "An output group's type does not match the one group settings object it holds (missing,"
              + " of another type, or more than one).",
          Sources.model(
              "JobSettings.OutputGroups",
              "This required object depends on the value you set for Type. Type, settings object"
                  + " pairs are as follows. * FILE_GROUP_SETTINGS, FileGroupSettings * [...]"));

  static final Rule CONTAINER_NOT_IN_GROUP =
      Sources.rule(
          "container-not-in-group",
          Severity.ERROR,
          "An output uses a streaming package container (MPD, M3U8, CMFC, ISMV) outside the output"
              + " group of that package.",
          Sources.model(
                  "ContainerSettings.MpdSettings, M3u8Settings and CmfcSettings",
                  "the segments in your DASH outputs\", \"the MPEG2-TS segments in your HLS outputs\","
                      + " \"the segments in your CMAF outputs")
              + "; JobSettings.OutputGroups: outputs are grouped by \"a common package type\"; all"
              + " unpackaged files \"are grouped in a single output group\"");

  static final Rule GROUP_CONTAINER_UNEXPECTED =
      Sources.rule(
          "streaming-group-container-unexpected",
          Severity.WARNING,
          "An output of a streaming group (DASH ISO, Apple HLS, CMAF, Microsoft Smooth) names a"
              + " container other than its package's (MPD, M3U8, CMFC, ISMV).",
          Sources.model(
                  "JobSettings.OutputGroups",
                  "Contains one group of settings for each set of outputs that share a common package"
                      + " type")
              + "; MediaConvert User Guide, outputs-file-ABR: in ABR streaming groups \"each"
              + " output is one slice in the adaptive bitrate (ABR) stack\"");

  static final Rule NAME_MODIFIER_REQUIRED =
      Sources.rule(
          "name-modifier-required",
          Severity.ERROR,
          "An output group has several outputs and one of them has no nameModifier.",
          Sources.model(
              "Output.NameModifier",
              "When you create multiple outputs in the same output group, Name modifier is"
                  + " required"));

  static final Rule MSS_BITRATE_UNIQUE =
      Sources.rule(
          "mss-bitrate-not-unique",
          Severity.ERROR,
          "Two video outputs of a Microsoft Smooth group have bitrates that are equal when rounded"
              + " down to a multiple of 1000.",
          Sources.model(
              "H264Settings.Bitrate, H265Settings.Bitrate and Mpeg2Settings.Bitrate",
              "For MS Smooth outputs, bitrates must be unique when rounded down to the nearest"
                  + " multiple of 1000"));

  static final Rule GOP_CLOSED_CADENCE_ZERO =
      Sources.rule(
          "gop-closed-cadence-zero-segmented",
          Severity.ERROR,
          "A video output of a segmented (streaming) group sets gopClosedCadence to 0.",
          Sources.model(
                  "H264Settings.GopClosedCadence and H265Settings.GopClosedCadence",
                  "If you do explicitly specify a value, for segmented outputs, don't set this value"
                      + " to 0")
              + "; Mpeg2Settings.GopClosedCadence: \"Don't set this value to 0; that would break"
              + " output segmenting\"");

  /** Group type to its settings member. */
  private static final SettingsMembers GROUP_SETTINGS = SettingsMembers.OUTPUT_GROUP;

  @Override
  public List<Rule> rules() {
    return List.of(
        GROUP_TYPE_SETTINGS,
        CONTAINER_NOT_IN_GROUP,
        GROUP_CONTAINER_UNEXPECTED,
        NAME_MODIFIER_REQUIRED,
        MSS_BITRATE_UNIQUE,
        GOP_CLOSED_CADENCE_ZERO);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node group : tree.outputGroups()) {
      Node settings = group.child("outputGroupSettings");
      if (settings != null) {
        typeMatchesSettings(settings, findings);
      }
      List<Node> outputs = group.list("outputs");
      if (outputs.size() > 1) {
        for (Node output : outputs) {
          if (!output.has("nameModifier")) {
            findings.add(
                NAME_MODIFIER_REQUIRED,
                output.pointer(),
                null,
                "this group has " + outputs.size() + " outputs, so each needs a nameModifier",
                "nameModifier",
                null);
          }
        }
      }
    }
    Map<String, Map<Long, String>> smoothBitrates = new HashMap<>();
    for (SettingsTree.Output o : tree.outputs()) {
      String type = o.groupType();
      if (type == null) {
        continue;
      }
      containers(o, type, findings);
      if (GroupContainers.isStreaming(type)) {
        closedCadence(o, findings);
      }
      if (type.equals("MS_SMOOTH_GROUP_SETTINGS")) {
        smoothBitrate(
            o, smoothBitrates.computeIfAbsent(o.group().pointer(), g -> new HashMap<>()), findings);
      }
    }
  }

  private static void typeMatchesSettings(Node settings, Findings findings) {
    String type = settings.text("type");
    String expected = GROUP_SETTINGS.member(type);
    if (expected != null && !settings.has(expected)) {
      findings.add(
          GROUP_TYPE_SETTINGS,
          settings.at("type"),
          null,
          "type " + type + " requires " + expected + ", which is missing",
          expected,
          null);
    }
    if (expected != null) {
      for (String other : GROUP_SETTINGS.members()) {
        if (!other.equals(expected) && settings.has(other)) {
          findings.add(
              GROUP_TYPE_SETTINGS,
              settings.at(other),
              settings.at("type"),
              other + " does not belong to an output group of type " + type,
              expected,
              other);
        }
      }
    } else if (type == null && !settings.has("type")) {
      long present = GROUP_SETTINGS.members().stream().filter(settings::has).count();
      if (present > 1) {
        findings.add(
            GROUP_TYPE_SETTINGS,
            settings.pointer(),
            null,
            "the output group has no type and " + present + " group settings objects",
            "one group settings object",
            Long.toString(present));
      }
    }
  }

  private static void containers(SettingsTree.Output o, String type, Findings findings) {
    Node container = o.output().child("containerSettings");
    String name = container == null ? null : container.text("container");
    if (name == null || GROUP_SETTINGS.member(type) == null) {
      return;
    }
    String typePointer = o.group().child("outputGroupSettings").at("type");
    String home = GroupContainers.packageGroup(name);
    if (home != null && !home.equals(type)) {
      findings.add(
          CONTAINER_NOT_IN_GROUP,
          container.at("container"),
          typePointer,
          "container " + name + " belongs to " + home + " output groups, not " + type,
          home,
          type);
      return;
    }
    String expected = GroupContainers.packageContainer(type);
    if (expected != null && !expected.equals(name)) {
      findings.add(
          GROUP_CONTAINER_UNEXPECTED,
          container.at("container"),
          typePointer,
          type + " outputs use the " + expected + " container, not " + name,
          expected,
          name);
    }
  }

  private static void closedCadence(SettingsTree.Output o, Findings findings) {
    Node codec = o.videoCodecSettings();
    for (String field : List.of("h264Settings", "h265Settings", "mpeg2Settings")) {
      Node s = codec == null ? null : codec.child(field);
      Double cadence = s == null ? null : s.number("gopClosedCadence");
      if (cadence != null && cadence == 0) {
        findings.add(
            GOP_CLOSED_CADENCE_ZERO,
            s.at("gopClosedCadence"),
            o.group().child("outputGroupSettings").at("type"),
            "a gopClosedCadence of 0 breaks the segmenting of " + o.groupType() + " outputs",
            ">= 1",
            "0");
      }
    }
  }

  private static void smoothBitrate(
      SettingsTree.Output o, Map<Long, String> seen, Findings findings) {
    Node codec = o.videoCodecSettings();
    for (String field : List.of("h264Settings", "h265Settings", "mpeg2Settings")) {
      Node s = codec == null ? null : codec.child(field);
      Double bitrate = s == null ? null : s.number("bitrate");
      if (bitrate == null) {
        continue;
      }
      long kbps = (long) Math.floor(bitrate / 1000);
      String first = seen.putIfAbsent(kbps, s.at("bitrate"));
      if (first != null) {
        findings.add(
            MSS_BITRATE_UNIQUE,
            s.at("bitrate"),
            first,
            "bitrate "
                + Numbers.format(bitrate)
                + " rounds down to "
                + kbps
                + "000, the same as another output of this Microsoft Smooth group",
            "a bitrate unique in thousands",
            Numbers.format(bitrate));
      }
    }
  }
}
