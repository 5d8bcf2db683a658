package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.REQUEST;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static io.mctrail.validation.semantics.SemanticEvents.validate;

import org.junit.jupiter.api.Test;

class SelectorReferenceRulesTest {

  private static final String AUDIO = "/outputGroups/0/outputs/0/audioDescriptions/0";
  private static final String CAPTION = "/outputGroups/0/outputs/0/captionDescriptions/0";

  @Test
  void anAudioSourceNamingNoSelectorIsAWarning() {
    var findings = job().set(AUDIO + "/audioSourceName", "Audio Selector 2").findings();

    assertOnly(
        findings,
        SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN,
        OUTPUT + "/audioDescriptions/0/audioSourceName");
  }

  @Test
  void theDefaultAudioSourceIsJudgedWhenNoneIsNamed() {
    var findings =
        job()
            .remove(AUDIO + "/audioSourceName")
            .setJson("/inputs/0/audioSelectors", "{\"Audio Selector 2\":{\"tracks\":[1]}}")
            .findings();

    assertOnly(
        findings, SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN, OUTPUT + "/audioDescriptions/0");
  }

  @Test
  void theDefaultAudioSourceAndAnAudioSelectorGroupNameResolve() {
    var byDefault = job().remove(AUDIO + "/audioSourceName").findings();
    var byGroup =
        job()
            .setJson(
                "/inputs/0/audioSelectorGroups",
                "{\"Audio Selector Group 1\":{\"audioSelectorNames\":[\"Audio Selector 1\"]}}")
            .set(AUDIO + "/audioSourceName", "Audio Selector Group 1")
            .findings();

    assertNone(byDefault, SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN);
    assertNone(byGroup, SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN);
    assertNone(byGroup, SelectorReferenceRules.GROUP_SELECTOR_UNKNOWN);
  }

  @Test
  void aPresetWithoutInputsIsNotJudged() {
    var preset =
        SemanticEvents.settings(
                "{\"audioDescriptions\":[{\"audioSourceName\":\"Audio Selector 9\",\"codecSettings\":"
                    + "{\"codec\":\"AAC\",\"aacSettings\":{\"bitrate\":96000}}}]}")
            .createPreset();

    assertNone(validate(preset), SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN);
  }

  @Test
  void aCaptionSelectorNameNamingNoSelectorIsReported() {
    var findings = job().set(CAPTION + "/captionSelectorName", "Captions Selector 2").findings();

    assertOnly(
        findings,
        SelectorReferenceRules.CAPTION_SELECTOR_UNKNOWN,
        OUTPUT + "/captionDescriptions/0/captionSelectorName");
  }

  @Test
  void aCaptionSelectorNameOfAnInputIsFine() {
    assertNone(job().findings(), SelectorReferenceRules.CAPTION_SELECTOR_UNKNOWN);
  }

  @Test
  void anAudioSelectorGroupNamingASelectorItsInputLacksIsReported() {
    var findings =
        job()
            .setJson(
                "/inputs/0/audioSelectorGroups",
                "{\"Audio Selector Group 1\":{\"audioSelectorNames\":[\"Audio Selector 1\",\"Audio Selector 3\"]}}")
            .findings();

    assertOnly(
        findings,
        SelectorReferenceRules.GROUP_SELECTOR_UNKNOWN,
        REQUEST + "/inputs/0/audioSelectorGroups/Audio Selector Group 1/audioSelectorNames/1");
  }

  @Test
  void redactedSelectorsAreNotJudged() {
    var findings =
        job()
            .set("/inputs/0/audioSelectors", "***")
            .set(AUDIO + "/audioSourceName", "Audio Selector 7")
            .findings();

    assertNone(findings, SelectorReferenceRules.AUDIO_SOURCE_UNKNOWN);
  }
}
