package io.mctrail.validation.semantics;

import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/** Input settings that require or exclude each other, and the job's timecode configuration. */
final class InputRules implements Concern {

  static final Rule FILE_AND_GENERATOR =
      Sources.rule(
          "input-file-and-video-generator",
          Severity.ERROR,
          "An input names both an input file and a video generator.",
          Sources.model(
              "Input.VideoGenerator",
              "You can specify Video generator, or you can specify an Input file, but you cannot"
                  + " specify both"));

  static final Rule TIMECODE_START_NOT_SPECIFIED =
      Sources.rule(
          "input-timecode-start-without-specified-start",
          Severity.ERROR,
          "An input sets timecodeStart but its timecode source is not SPECIFIEDSTART.",
          Sources.model(
              "Input.TimecodeStart",
              "To use this setting, you must set the Timecode source setting, located under the"
                  + " input settings, to Specified start"));

  static final Rule FILTER_STRENGTH_MISSING =
      Sources.rule(
          "input-filter-strength-missing",
          Severity.ERROR,
          "An input forces filtering without a filter strength.",
          Sources.model(
              "Input.FilterEnable",
              "To apply filtering regardless of your input type and quality: Choose Force. When"
                  + " you do, you must also specify a value for Filter strength"));

  static final Rule CLIPPING_EMPTY =
      Sources.rule(
          "input-clipping-empty",
          Severity.ERROR,
          "An input clipping has neither a start nor an end timecode.",
          Sources.model(
              "InputClipping.StartTimecode and InputClipping.EndTimecode",
              "Start timecode or End timecode may be left blank, but not both"));

  static final Rule TIMECODE_CONFIG_START =
      Sources.rule(
          "timecode-config-start-unused",
          Severity.WARNING,
          "The job's timecode configuration sets a start timecode but its source is not"
              + " SPECIFIEDSTART; the start is not used.",
          Sources.model("TimecodeConfig.Start", "Only use when you set Source to Specified start"));

  @Override
  public List<Rule> rules() {
    return List.of(
        FILE_AND_GENERATOR,
        TIMECODE_START_NOT_SPECIFIED,
        FILTER_STRENGTH_MISSING,
        CLIPPING_EMPTY,
        TIMECODE_CONFIG_START);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    for (Node input : tree.inputs()) {
      if (input.has("fileInput") && input.has("videoGenerator")) {
        findings.add(
            FILE_AND_GENERATOR,
            input.at("videoGenerator"),
            input.at("fileInput"),
            "an input is either a file or a video generator, not both",
            null,
            null);
      }
      // EMBEDDED is the documented default timecode source.
      if (input.has("timecodeStart")
          && !input.is("timecodeSource", "SPECIFIEDSTART")
          && !input.isRedacted("timecodeSource")) {
        String source = input.text("timecodeSource");
        findings.add(
            TIMECODE_START_NOT_SPECIFIED,
            input.at("timecodeStart"),
            input.has("timecodeSource") ? input.at("timecodeSource") : null,
            "timecodeStart is used only with timecode source SPECIFIEDSTART, not "
                + (source == null ? "the default EMBEDDED" : source),
            "SPECIFIEDSTART",
            source == null ? "EMBEDDED" : source);
      }
      if (input.is("filterEnable", "FORCE") && !input.has("filterStrength")) {
        findings.add(
            FILTER_STRENGTH_MISSING,
            input.at("filterEnable"),
            null,
            "filterEnable FORCE requires a filterStrength",
            "filterStrength",
            null);
      }
      for (Node clipping : input.list("inputClippings")) {
        if (!clipping.has("startTimecode") && !clipping.has("endTimecode")) {
          findings.add(
              CLIPPING_EMPTY,
              clipping.pointer(),
              null,
              "an input clipping needs a start timecode, an end timecode, or both",
              "startTimecode or endTimecode",
              null);
        }
      }
    }
    Node timecode = tree.root().child("timecodeConfig");
    if (timecode != null
        && timecode.has("start")
        && !timecode.is("source", "SPECIFIEDSTART")
        && !timecode.isRedacted("source")) {
      String source = timecode.text("source");
      findings.add(
          TIMECODE_CONFIG_START,
          timecode.at("start"),
          timecode.has("source") ? timecode.at("source") : null,
          "the start timecode is used only with source SPECIFIEDSTART, not "
              + (source == null ? "the default" : source),
          "SPECIFIEDSTART",
          source);
    }
  }
}
