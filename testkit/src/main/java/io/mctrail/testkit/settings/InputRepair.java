package io.mctrail.testkit.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.Draws;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes the inputs of a job or template, and what outputs say of them, agree with MediaConvert's
 * documented rules: a file or a video generator, not both; a start timecode only with the specified
 * start source; forced filtering with a strength; clippings with a start or an end; the job's start
 * timecode with its specified start source. Selectors get the names MediaConvert's console gives
 * them ("Audio Selector 1", "Captions Selector 1", "Audio Selector Group 1"), groups name selectors
 * of their own input, and audio and caption descriptions name selectors that exist.
 */
final class InputRepair {

  static final String AUDIO_SELECTOR = "Audio Selector ";
  static final String AUDIO_SELECTOR_GROUP = "Audio Selector Group ";
  static final String CAPTIONS_SELECTOR = "Captions Selector ";

  private InputRepair() {}

  /** Repairs each input of the settings, then the job's timecode configuration. */
  static void inputs(ShapedNode settings, RandomGenerator random) {
    for (ShapedNode input : settings.list("inputs")) {
      input(input, random);
    }
    ShapedNode timecode = settings.child("timecodeConfig");
    if (timecode != null
        && timecode.has("start")
        && !timecode.is("source", "SPECIFIEDSTART")
        && !timecode.isRedacted("source")) {
      timecode.set("source", "SPECIFIEDSTART");
    }
  }

  private static void input(ShapedNode input, RandomGenerator random) {
    if (input.hasMember("videoGenerator")
        && input.has("fileInput")
        && input.has("videoGenerator")) {
      input.remove("videoGenerator");
    }
    if (input.has("timecodeStart")
        && !input.is("timecodeSource", "SPECIFIEDSTART")
        && !input.isRedacted("timecodeSource")) {
      input.set("timecodeSource", "SPECIFIEDSTART");
    }
    if (input.is("filterEnable", "FORCE")) {
      input.ensure("filterStrength", random);
    }
    for (ShapedNode clipping : input.list("inputClippings")) {
      if (!clipping.has("startTimecode") && !clipping.has("endTimecode")) {
        clipping.ensure("startTimecode", random);
      }
    }
    rename(input, "audioSelectors", AUDIO_SELECTOR);
    rename(input, "captionSelectors", CAPTIONS_SELECTOR);
    rename(input, "audioSelectorGroups", AUDIO_SELECTOR_GROUP);
    List<String> selectors = keys(input.json().get("audioSelectors"));
    for (ShapedNode group : input.entries("audioSelectorGroups").values()) {
      if (group.isRedacted("audioSelectorNames") || namesOnly(group, selectors)) {
        continue;
      }
      ArrayNode names = group.json().putArray("audioSelectorNames");
      for (String name : selectors) {
        if (names.isEmpty() || Draws.chance(random, 50)) {
          names.add(name);
        }
      }
    }
  }

  /**
   * Points every audio description at an audio selector (or group) the inputs have, adding "Audio
   * Selector 1" to the first input when there is none, and every caption description that names a
   * caption selector at one that exists (or names none). Settings without inputs (presets,
   * templates applied elsewhere) are left as they are, as the validator leaves them.
   */
  static void references(ShapedNode settings, List<ShapedNode> outputs, RandomGenerator random) {
    List<ShapedNode> inputs = settings.list("inputs");
    if (inputs.isEmpty()) {
      return;
    }
    List<ShapedNode> audioDescriptions = new ArrayList<>();
    List<ShapedNode> captionDescriptions = new ArrayList<>();
    for (ShapedNode output : outputs) {
      audioDescriptions.addAll(output.list("audioDescriptions"));
      if (output.hasMember("captionDescriptions")) {
        captionDescriptions.addAll(output.list("captionDescriptions"));
      }
    }
    Set<String> audio = names(inputs, "audioSelectors", "audioSelectorGroups");
    if (audio != null && audio.isEmpty() && !audioDescriptions.isEmpty()) {
      ShapedNode first = inputs.get(0);
      ObjectNode selectors = first.json().putObject("audioSelectors");
      selectors.set(AUDIO_SELECTOR + 1, first.drawElement("audioSelectors", random));
      audio = names(inputs, "audioSelectors", "audioSelectorGroups");
    }
    if (audio != null && !audio.isEmpty()) {
      List<String> choices = List.copyOf(audio);
      for (ShapedNode description : audioDescriptions) {
        if (description.isRedacted("audioSourceName")) {
          continue;
        }
        String named = description.text("audioSourceName");
        if (named != null
            ? audio.contains(named)
            : !description.has("audioSourceName") && audio.contains(AUDIO_SELECTOR + 1)) {
          continue; // already names a selector the inputs have
        }
        String name = choices.get(Draws.index(random, choices.size()));
        if (name.equals(AUDIO_SELECTOR + 1) && Draws.chance(random, 50)) {
          description.remove("audioSourceName"); // the default names "Audio Selector 1"
        } else {
          description.set("audioSourceName", name);
        }
      }
    }
    Set<String> captions = names(inputs, "captionSelectors");
    if (captions != null) {
      List<String> choices = List.copyOf(captions);
      for (ShapedNode description : captionDescriptions) {
        String named = description.text("captionSelectorName");
        if (named == null || captions.contains(named)) {
          continue;
        }
        if (choices.isEmpty()) {
          description.remove("captionSelectorName");
        } else {
          description.set("captionSelectorName", choices.get(Draws.index(random, choices.size())));
        }
      }
    }
  }

  /** True when a group names only selectors its input has (and names them in a list). */
  private static boolean namesOnly(ShapedNode group, List<String> selectors) {
    JsonNode names = group.json().get("audioSelectorNames");
    if (names == null || !names.isArray() || names.isEmpty()) {
      return false;
    }
    for (JsonNode name : names) {
      if (!name.isTextual() || !selectors.contains(name.asText())) {
        return false;
      }
    }
    return true;
  }

  /** The keys of map members across inputs, or {@code null} when one of them is redacted. */
  static Set<String> names(List<ShapedNode> inputs, String... members) {
    Set<String> out = new LinkedHashSet<>();
    for (ShapedNode input : inputs) {
      for (String member : members) {
        JsonNode map = input.json().get(member);
        if (map == null || map.isNull()) {
          continue;
        }
        if (!map.isObject()) {
          return null;
        }
        out.addAll(keys(map));
      }
    }
    return out;
  }

  private static List<String> keys(JsonNode map) {
    List<String> out = new ArrayList<>();
    if (map != null && map.isObject()) {
      map.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  /** Renames the entries of a map member to {@code prefix} 1, 2, … in order. */
  private static void rename(ShapedNode input, String member, String prefix) {
    JsonNode map = input.json().get(member);
    if (map == null || !map.isObject()) {
      return;
    }
    ObjectNode renamed = JsonNodeFactory.instance.objectNode();
    int n = 1;
    Iterator<Map.Entry<String, JsonNode>> it = map.fields();
    while (it.hasNext()) {
      renamed.set(prefix + n++, it.next().getValue());
    }
    input.json().set(member, renamed);
  }
}
