package io.mctrail.validation.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.Findings;
import io.mctrail.validation.JsonPointers;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Outputs refer to the inputs' audio and caption selectors by name. Only settings trees with inputs
 * are judged: a preset, or a template's outputs applied to a job's inputs elsewhere, cannot be
 * resolved from the record.
 */
final class SelectorReferenceRules implements Concern {

  /** The name an audio description uses when it names none. */
  static final String DEFAULT_AUDIO_SOURCE = "Audio Selector 1";

  static final Rule AUDIO_SOURCE_UNKNOWN =
      Sources.rule(
          "audio-source-unknown",
          Severity.WARNING,
          "An audio description's audioSourceName (\"Audio Selector 1\" when absent) names no"
              + " audio selector or audio selector group of the inputs; MediaConvert falls back to"
              + " the default selector or to silence.",
          Sources.model(
              "AudioDescription.AudioSourceName",
              "If an input does not have an \"Audio Selector 3\", then the audio selector marked"
                  + " as \"default\" in that input will be used. If there is no audio selector"
                  + " marked as \"default\", silence will be inserted [...] Alternatively, an"
                  + " \"Audio Selector Group\" name may be specified [...] If no audio_source_name"
                  + " is specified, then \"Audio Selector 1\" will be chosen automatically"));

  static final Rule CAPTION_SELECTOR_UNKNOWN =
      Sources.rule(
          "caption-selector-unknown",
          Severity.ERROR,
          "A caption description's captionSelectorName names no caption selector of the inputs.",
          Sources.model(
              "CaptionDescription.CaptionSelectorName",
              "Specifies which \"Caption Selector\" to use from each input when generating"
                  + " captions"));

  static final Rule GROUP_SELECTOR_UNKNOWN =
      Sources.rule(
          "audio-selector-group-unknown-selector",
          Severity.ERROR,
          "An audio selector group names an audio selector that its input does not have.",
          Sources.model(
              "AudioSelectorGroup.AudioSelectorNames",
              "Name of an Audio Selector within the same input to include in the group"));

  @Override
  public List<Rule> rules() {
    return List.of(AUDIO_SOURCE_UNKNOWN, CAPTION_SELECTOR_UNKNOWN, GROUP_SELECTOR_UNKNOWN);
  }

  @Override
  public void check(SettingsTree tree, Findings findings) {
    List<Node> inputs = tree.inputs();
    if (inputs.isEmpty()) {
      return;
    }
    for (Node input : inputs) {
      groups(input, findings);
    }
    Set<String> audio = names(inputs, "audioSelectors", "audioSelectorGroups");
    Set<String> captions = names(inputs, "captionSelectors");
    for (SettingsTree.Output o : tree.outputs()) {
      if (audio != null) {
        for (Node description : o.output().list("audioDescriptions")) {
          audioSource(description, audio, findings);
        }
      }
      if (captions != null) {
        for (Node description : o.output().list("captionDescriptions")) {
          String name = description.text("captionSelectorName");
          if (name != null && !captions.contains(name)) {
            findings.add(
                CAPTION_SELECTOR_UNKNOWN,
                description.at("captionSelectorName"),
                null,
                "no input has a caption selector named \"" + name + "\"",
                captions.isEmpty() ? null : String.join(", ", captions),
                name);
          }
        }
      }
    }
  }

  private static void audioSource(Node description, Set<String> audio, Findings findings) {
    if (description.isRedacted("audioSourceName")) {
      return;
    }
    String named = description.text("audioSourceName");
    String name = named != null ? named : DEFAULT_AUDIO_SOURCE;
    if (!audio.contains(name)) {
      findings.add(
          AUDIO_SOURCE_UNKNOWN,
          named != null ? description.at("audioSourceName") : description.pointer(),
          null,
          "no input has an audio selector or audio selector group named \""
              + name
              + "\""
              + (named == null ? " (the default audio source)" : ""),
          audio.isEmpty() ? null : String.join(", ", audio),
          name);
    }
  }

  private static void groups(Node input, Findings findings) {
    Set<String> selectors = names(List.of(input), "audioSelectors");
    if (selectors == null) {
      return;
    }
    for (var group : input.entries("audioSelectorGroups")) {
      JsonNode list = group.getValue().json().get("audioSelectorNames");
      if (list == null || !list.isArray()) {
        continue;
      }
      String base = group.getValue().at("audioSelectorNames");
      for (int i = 0; i < list.size(); i++) {
        JsonNode n = list.get(i);
        if (n.isTextual() && !Node.isMarker(n) && !selectors.contains(n.asText())) {
          findings.add(
              GROUP_SELECTOR_UNKNOWN,
              JsonPointers.append(base, i),
              input.has("audioSelectors") ? input.at("audioSelectors") : null,
              "audio selector group \""
                  + group.getKey()
                  + "\" names \""
                  + n.asText()
                  + "\", which this input does not have",
              selectors.isEmpty() ? null : String.join(", ", selectors),
              n.asText());
        }
      }
    }
  }

  /**
   * The keys of the map members {@code fields} across the inputs, or {@code null} when one of them
   * is redacted: then the names cannot be known and nothing is judged.
   */
  private static Set<String> names(List<Node> inputs, String... fields) {
    Set<String> out = new LinkedHashSet<>();
    for (Node input : inputs) {
      for (String field : fields) {
        JsonNode map = input.json().get(field);
        if (map == null || map.isNull()) {
          continue;
        }
        if (!map.isObject()) {
          return null;
        }
        Iterator<String> it = map.fieldNames();
        while (it.hasNext()) {
          out.add(it.next());
        }
      }
    }
    return out;
  }
}
