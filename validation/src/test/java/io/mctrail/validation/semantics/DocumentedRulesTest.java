package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.OUTPUT;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine of the documented rules, one statement of each form it evaluates, with a value just
 * inside the statement (no finding) and just outside it (one finding, at the member the statement
 * documents).
 */
class DocumentedRulesTest {

  private static final String O = "/outputGroups/0/outputs/0";
  private static final String VIDEO = O + "/videoDescription";
  private static final String CODEC = VIDEO + "/codecSettings";
  private static final String CORRECTOR = VIDEO + "/videoPreprocessors/colorCorrector";
  private static final String DVB_SUB = O + "/captionDescriptions/0/destinationSettings";
  private static final String HLS = "/outputGroups/0/outputGroupSettings/hlsGroupSettings";

  private static Rule rule(String id) {
    return RuleCatalog.find("semantics.documented-" + id)
        .orElseThrow(() -> new AssertionError("no rule " + id));
  }

  @Test
  void aRequirementOfEachOfSeveralSettingsIsBrokenByTheAbsenceOfAnyOne() {
    Rule r = rule("burnin-destination-settings-font-file-bold-requires");
    String burnin = O + "/captionDescriptions/0/destinationSettings";
    String all =
        "{\"destinationType\":\"BURN_IN\",\"burninDestinationSettings\":{"
            + "\"fontFileRegular\":\"s3://b/r.ttf\",\"fontFileBold\":\"s3://b/b.ttf\","
            + "\"fontFileItalic\":\"s3://b/i.ttf\",\"fontFileBoldItalic\":\"s3://b/bi.ttf\"}}";
    String twoMissing =
        "{\"destinationType\":\"BURN_IN\",\"burninDestinationSettings\":{"
            + "\"fontFileRegular\":\"s3://b/r.ttf\",\"fontFileBold\":\"s3://b/b.ttf\"}}";

    assertNone(job().setJson(burnin, all).findings(), r);
    assertOnly(
        job().setJson(burnin, twoMissing).findings(),
        r,
        OUTPUT
            + "/captionDescriptions/0/destinationSettings/burninDestinationSettings/fontFileBold");
  }

  @Test
  void aRequirementOfOneOfSeveralSettingsHoldsWhenAnyOneHolds() {
    Rule r = rule("mpd-settings-manifest-metadata-signaling-requires");
    String mpd = O + "/containerSettings/mpdSettings";
    var one =
        job()
            .setJson(
                mpd,
                "{\"manifestMetadataSignaling\":\"ENABLED\",\"scte35Source\":\"NONE\","
                    + "\"scte35Esam\":\"NONE\",\"timedMetadata\":\"PASSTHROUGH\"}")
            .findings();
    var none =
        job()
            .setJson(
                mpd,
                "{\"manifestMetadataSignaling\":\"ENABLED\",\"scte35Source\":\"NONE\","
                    + "\"scte35Esam\":\"NONE\",\"timedMetadata\":\"NONE\"}")
            .findings();

    assertNone(one, r);
    assertOnly(none, r, OUTPUT + "/containerSettings/mpdSettings/manifestMetadataSignaling");
  }

  @Test
  void aMultipleOfTakesTheMultipleAndReportsTheNumberBeside() {
    Rule r = rule("hls-image-based-trick-play-settings-thumbnail-width-multiple-of");
    var inside = job().set(HLS + "/imageBasedTrickPlaySettings/thumbnailWidth", 320).findings();
    var outside = job().set(HLS + "/imageBasedTrickPlaySettings/thumbnailWidth", 321).findings();

    assertNone(inside, r);
    assertOnly(
        outside, r, SemanticEvents.REQUEST + HLS + "/imageBasedTrickPlaySettings/thumbnailWidth");
  }

  @Test
  void oneOfTakesOnlyTheListedNumbers() {
    Rule r = rule("av1-settings-slices-one-of");
    var inside = job().set(CODEC + "/av1Settings/slices", 32).findings();
    var outside = job().set(CODEC + "/av1Settings/slices", 31).findings();

    assertNone(inside, r);
    assertOnly(outside, r, OUTPUT + "/videoDescription/codecSettings/av1Settings/slices");
  }

  @Test
  void aNumberTheModelDoesNotAdmitIsLeftToTheSchemaAndTheConstraints() {
    Rule r = rule("av1-settings-slices-one-of");
    var aboveTheRange = job().set(CODEC + "/av1Settings/slices", 33).findings();
    var notWhole = job().set(CODEC + "/av1Settings/slices", 2.5).findings();

    assertNone(aboveTheRange, r);
    assertNone(notWhole, r);
  }

  @Test
  void aSettingThatRequiresAValueOfAnEnclosingObjectIsReportedWhenTheValueDiffersOrIsUnset() {
    Rule r = rule("clip-limits-maximum-yuv-requires");
    String at =
        OUTPUT + "/videoDescription/videoPreprocessors/colorCorrector/clipLimits/maximumYUV";
    var inside =
        job()
            .setJson(
                CORRECTOR,
                "{\"sampleRangeConversion\":\"LIMITED_RANGE_CLIP\",\"clipLimits\":{\"maximumYUV\":"
                    + "940}}")
            .findings();
    var other =
        job()
            .setJson(
                CORRECTOR,
                "{\"sampleRangeConversion\":\"NONE\",\"clipLimits\":{\"maximumYUV\":940}}")
            .findings();
    var unset = job().setJson(CORRECTOR, "{\"clipLimits\":{\"maximumYUV\":940}}").findings();
    var redacted =
        job()
            .setJson(
                CORRECTOR,
                "{\"sampleRangeConversion\":\"***\",\"clipLimits\":{\"maximumYUV\":940}}")
            .findings();

    assertNone(inside, r);
    assertOnly(other, r, at);
    assertOnly(unset, r, at);
    assertNone(redacted, r);
    Finding f = other.stream().filter(x -> x.rule().equals(r.id())).findFirst().orElseThrow();
    assertThat(f.relatedPointer())
        .isEqualTo(
            OUTPUT + "/videoDescription/videoPreprocessors/colorCorrector/sampleRangeConversion");
    assertThat(f.message()).contains("Limited range clip");
  }

  @Test
  void aValueOtherThanIsBrokenOnlyByTheNamedValueNotByTheDefault() {
    Rule r = rule("dvb-sub-destination-settings-width-requires");
    String dvb = "{\"destinationType\":\"DVB_SUB\",\"dvbSubDestinationSettings\":{\"width\":720";
    var inside =
        job().setJson(DVB_SUB, dvb + ",\"ddsHandling\":\"NO_DISPLAY_WINDOW\"}}").findings();
    var outside = job().setJson(DVB_SUB, dvb + ",\"ddsHandling\":\"NONE\"}}").findings();
    var unset = job().setJson(DVB_SUB, dvb + "}}").findings();

    assertNone(inside, r);
    assertOnly(
        outside,
        r,
        OUTPUT + "/captionDescriptions/0/destinationSettings/dvbSubDestinationSettings/width");
    assertNone(unset, r);
  }

  @Test
  void aStatementTriggeredByOneValueOfTheSettingIgnoresTheOthers() {
    Rule r = rule("h265-settings-flicker-adaptive-quantization-requires");
    String h265 = CODEC + "/h265Settings";
    var inside =
        job()
            .set(h265 + "/flickerAdaptiveQuantization", "ENABLED")
            .set(h265 + "/adaptiveQuantization", "HIGH")
            .findings();
    var outside =
        job()
            .set(h265 + "/flickerAdaptiveQuantization", "ENABLED")
            .set(h265 + "/adaptiveQuantization", "OFF")
            .findings();
    var otherTrigger =
        job()
            .set(h265 + "/flickerAdaptiveQuantization", "DISABLED")
            .set(h265 + "/adaptiveQuantization", "OFF")
            .findings();

    assertNone(inside, r);
    assertOnly(
        outside,
        r,
        OUTPUT + "/videoDescription/codecSettings/h265Settings/flickerAdaptiveQuantization");
    assertNone(otherTrigger, r);
  }

  @Test
  void aStatementNoHandWrittenRuleChecksIsTheEnginesAndOneAHandWrittenRuleChecksIsNot() {
    var ctts =
        DocumentedStatements.all().stream()
            .filter(s -> s.shape().equals("Mp4Settings") && s.member().equals("cttsVersion"))
            .filter(s -> s.kind().equals("requires"))
            .findFirst()
            .orElseThrow();

    assertThat(DocumentedCoverage.handWrittenRule(ctts))
        .isEqualTo("semantics.mp4-ctts-version-cslg");
    assertThat(DocumentedRules.ruleOf(ctts)).isNull();
  }

  @Test
  void aSettingTheServiceIgnoresUnlessSetManuallyIsAnInfo() {
    Rule r = rule("h264-settings-flicker-adaptive-quantization-requires");
    String h264 = CODEC + "/h264Settings";
    var outside =
        job()
            .set(h264 + "/adaptiveQuantization", "AUTO")
            .set(h264 + "/flickerAdaptiveQuantization", "DISABLED")
            .findings();
    var inside =
        job()
            .set(h264 + "/adaptiveQuantization", "HIGH")
            .set(h264 + "/flickerAdaptiveQuantization", "DISABLED")
            .findings();

    assertThat(r.defaultSeverity()).isEqualTo(Severity.INFO);
    assertOnly(outside, r, SemanticEvents.H264 + "/flickerAdaptiveQuantization");
    assertNone(inside, r);
  }

  @Test
  void requiredWhenReportsTheMissingMemberWhenItsConditionHolds() {
    Rule r = rule("xavc-settings-xavc-hd-profile-settings-required-when");
    String xavc = CODEC + "/xavcSettings";
    var outside = job().set(xavc + "/profile", "XAVC_HD").findings();
    var inside =
        job().set(xavc + "/profile", "XAVC_HD").setJson(xavc + "/xavcHdProfileSettings", "{}");
    var otherwise =
        job().set(xavc + "/profile", "XAVC_4K").setJson(xavc + "/xavc4kProfileSettings", "{}");

    assertOnly(
        outside, r, OUTPUT + "/videoDescription/codecSettings/xavcSettings/xavcHdProfileSettings");
    assertNone(inside.findings(), r);
    assertNone(otherwise.findings(), r);
  }

  @Test
  void onlyWhenIsUnknownWhileItsConditionIsUnset() {
    Rule r = rule("video-description-fixed-afd-only-when");
    var outside =
        job().set(VIDEO + "/afdSignaling", "AUTO").set(VIDEO + "/fixedAfd", 10).findings();
    var inside =
        job().set(VIDEO + "/afdSignaling", "FIXED").set(VIDEO + "/fixedAfd", 10).findings();
    var unset = job().set(VIDEO + "/fixedAfd", 10).findings();

    assertOnly(outside, r, OUTPUT + "/videoDescription/fixedAfd");
    assertNone(inside, r);
    assertNone(unset, r);
  }

  @Test
  void onlyWhenReportsASettingItsConditionMakesIneffective() {
    Rule r = rule("burnin-destination-settings-hex-font-color-only-when");
    String burnin = "{\"destinationType\":\"BURN_IN\",\"burninDestinationSettings\":{";
    var outside =
        job().setJson(DVB_SUB, burnin + "\"fontColor\":\"WHITE\",\"hexFontColor\":\"FFFF00\"}}");
    var inside =
        job().setJson(DVB_SUB, burnin + "\"fontColor\":\"HEX\",\"hexFontColor\":\"FFFF00\"}}");

    assertOnly(
        outside.findings(),
        r,
        OUTPUT
            + "/captionDescriptions/0/destinationSettings/burninDestinationSettings/hexFontColor");
    assertNone(inside.findings(), r);
  }

  @Test
  void aSettingThatMustBeTheSameAcrossTheJobIsReportedWhereItFirstDiffers() {
    Rule r = rule("dvb-sub-destination-settings-font-size-same-in-job");
    String two =
        "[{\"captionSelectorName\":\"Captions Selector 1\",\"destinationSettings\":"
            + "{\"destinationType\":\"DVB_SUB\",\"dvbSubDestinationSettings\":{\"fontSize\":%s}}},"
            + "{\"captionSelectorName\":\"Captions Selector 1\",\"destinationSettings\":"
            + "{\"destinationType\":\"DVB_SUB\",\"dvbSubDestinationSettings\":{\"fontSize\":%s}}}]";
    var same =
        job().setJson(O + "/captionDescriptions", String.format(two, "24", "24.0")).findings();
    var different =
        job().setJson(O + "/captionDescriptions", String.format(two, "24", "25")).findings();

    assertNone(same, r);
    assertOnly(
        different,
        r,
        OUTPUT + "/captionDescriptions/1/destinationSettings/dvbSubDestinationSettings/fontSize");
  }

  @Test
  void everyStatementTheEngineEvaluatesIsARuleOfTheCatalogueWithItsSentenceAsSource() {
    List<DocumentedStatements.Statement> evaluated =
        DocumentedStatements.all().stream().filter(s -> DocumentedRules.ruleOf(s) != null).toList();

    assertThat(evaluated).hasSizeGreaterThanOrEqualTo(36);
    for (DocumentedStatements.Statement s : evaluated) {
      Rule r = DocumentedRules.ruleOf(s);
      assertThat(RuleCatalog.find(r.id())).contains(r);
      assertThat(r.source()).contains(s.sentence());
      assertThat(DocumentedCoverage.handWrittenRule(s)).isNull();
    }
  }

  @Test
  void aSettingsTreeKnowsItsShapeFromWhatHoldsIt() {
    assertThat(SettingsTree.shapeOf("CreateJobTemplate")).isEqualTo("JobTemplateSettings");
    assertThat(SettingsTree.shapeOf("jobTemplates")).isEqualTo("JobTemplateSettings");
    assertThat(SettingsTree.shapeOf("UpdatePreset")).isEqualTo("PresetSettings");
    assertThat(SettingsTree.shapeOf("job")).isEqualTo("JobSettings");
    assertThat(SettingsTree.shapeOf("CreateJob")).isEqualTo("JobSettings");
  }
}
