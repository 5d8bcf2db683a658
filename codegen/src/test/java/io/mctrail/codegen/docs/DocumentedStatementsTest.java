package io.mctrail.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.codegen.Generate;
import io.mctrail.codegen.docs.DocumentedStatements.Statement;
import io.mctrail.codegen.shape.ShapeModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extraction of statements of a condition from the pinned model's documentation. */
class DocumentedStatementsTest {

  private static List<Statement> statements;

  @BeforeAll
  static void read() {
    ShapeModel model = Generate.serviceModel(null);
    statements = DocumentedStatements.extract(model);
  }

  private static Statement of(String shape, String member, String start) {
    return statements.stream()
        .filter(s -> s.shape().equals(shape) && s.member().equals(member))
        .filter(s -> s.sentence().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + shape + "." + member));
  }

  @Test
  void requiredWhenResolvesTheSiblingAndItsEnumValue() {
    Statement s = of("H264Settings", "maxBitrate", "Required when");
    assertThat(s.kind()).isEqualTo("required-when");
    assertThat(s.condition()).isEqualTo("0:rateControlMode=QVBR");
    assertThat(s.severity()).isEqualTo("ERROR");
    assertThat(s.checkable()).isTrue();
  }

  @Test
  void requiredWhenResolvesADisplayNameThroughTheEnumsDisplayForm() {
    Statement s = of("Vp8Settings", "parNumerator", "Required when you set Pixel aspect ratio");
    assertThat(s.kind()).isEqualTo("required-when");
    assertThat(s.checkable()).isFalse();
    assertThat(s.reason()).startsWith("the condition's words could not be resolved: Pixel aspect");
  }

  @Test
  void ignoreUnlessIsAnInfoOnlyWhenCondition() {
    Statement s = of("DvbSubDestinationSettings", "hexFontColor", "Ignore this setting unless");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.condition()).isEqualTo("0:fontColor=HEX");
    assertThat(s.severity()).isEqualTo("INFO");
  }

  @Test
  void useOnlyWhenWithoutANamedSettingIsNotChecked() {
    Statement s = of("CmfcSettings", "scte35Esam", "Use this setting only when");
    assertThat(s.kind()).isEqualTo("other");
    assertThat(s.checkable()).isFalse();
  }

  @Test
  void aConditionOfTwoSettingsJoinedByAndIsTwoClauses() {
    Statement s = of("H264QvbrSettings", "maxAverageBitrate", "Use this setting only when");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.severity()).isEqualTo("WARNING");
    assertThat(s.condition())
        .isEqualTo("1:rateControlMode=QVBR and 1:qualityTuningLevel=MULTI_PASS_HQ");
  }

  @Test
  void eachOfSeveralSettingsARequirementNamesIsAClause() {
    Statement each = of("BurninDestinationSettings", "fontFileBold", "When you do, you must also");
    assertThat(each.condition())
        .isEqualTo("* => 0:fontFileRegular and 0:fontFileItalic and 0:fontFileBoldItalic");
    Statement any = of("CmfcSettings", "manifestMetadataSignaling", "To enable Manifest");
    assertThat(any.condition())
        .isEqualTo(
            "=ENABLED => 0:scte35Source=PASSTHROUGH or 0:scte35Esam=INSERT"
                + " or 0:timedMetadata=PASSTHROUGH");
  }

  @Test
  void aMultipleOfIsReadWithItsNumber() {
    assertThat(statements)
        .filteredOn(s -> s.kind().equals("multiple-of") && s.checkable())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.condition()).matches("[0-9]+"));
  }

  @Test
  void specifyingAValueThatRequiresAnotherSettingResolvesTheEnclosingObjectsMember() {
    Statement s = of("ClipLimits", "maximumYUV", "When you specify a value for Maximum YUV");
    assertThat(s.kind()).isEqualTo("requires");
    assertThat(s.condition()).isEqualTo("* => 1:sampleRangeConversion=LIMITED_RANGE_CLIP");
    assertThat(s.severity()).isEqualTo("ERROR");
  }

  @Test
  void aValueOtherThanIsANegatedCondition() {
    Statement s = of("DvbSubDestinationSettings", "width", "Related setting: When you use this");
    assertThat(s.condition()).isEqualTo("* => 0:ddsHandling!=NONE");
  }

  @Test
  void enablingTheSettingTriggersOnItsEnabledValue() {
    Statement s = of("H265Settings", "flickerAdaptiveQuantization", "Related setting: In addition");
    assertThat(s.condition()).isEqualTo("=ENABLED => 0:adaptiveQuantization!=OFF");
  }

  @Test
  void aSettingIgnoredUnlessSetManuallyIsAnInfo() {
    Statement s =
        of("H264Settings", "flickerAdaptiveQuantization", "To manually enable or disable");
    assertThat(s.kind()).isEqualTo("requires");
    assertThat(s.severity()).isEqualTo("INFO");
  }

  @Test
  void divisibleByIsAMultipleOfAndAListOfValuesIsOneOf() {
    assertThat(
            of("HlsImageBasedTrickPlaySettings", "thumbnailWidth", "Must be divisible by")
                .condition())
        .isEqualTo("8");
    Statement slices = of("Av1Settings", "slices", "This value must be 1, 2, 4");
    assertThat(slices.kind()).isEqualTo("one-of");
    assertThat(slices.condition()).isEqualTo("1|2|4|8|16|32");
  }

  @Test
  void requiredWhenReadsTheCodecNamedUnderItsPathAndTheValueWord() {
    Statement s = of("AudioCodecSettings", "mp3Settings", "Required when you set Codec, under");
    assertThat(s.kind()).isEqualTo("required-when");
    assertThat(s.condition()).isEqualTo("0:codec=MP3");
  }

  @Test
  void aSettingWhoseWordsDoNotNameAMemberIsNotGuessed() {
    Statement s = of("Mpeg2Settings", "syntax", "Related settings: When you choose D10");
    assertThat(s.kind()).isEqualTo("requires");
    assertThat(s.checkable()).isFalse();
    assertThat(s.reason()).startsWith("the condition's words could not be resolved: D10");
  }

  @Test
  void aConditionOnTheInputIsNotCheckableForThatReason() {
    Statement s = of("H264Settings", "slowPal", "Ignore this setting unless your input frame rate");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.reason()).isEqualTo("speaks of the input file's content");
    Statement name = of("Queue", "name", "Each name must be unique");
    assertThat(name.reason()).startsWith("a uniqueness across the account");
  }

  @Test
  void aDescriptionOfWhatAChoiceDoesIsAdvice() {
    Statement s = of("HlsGroupSettings", "segmentLengthControl", "Choose Multiple of GOP");
    assertThat(s.kind()).isEqualTo("advice");
  }

  @Test
  void theDocumentationsOwnWordsForASettingResolveThroughTheAliasTable() {
    Statement s = of("S3EncryptionSettings", "kmsKeyArn", "To use this setting, you must also set");
    assertThat(s.kind()).isEqualTo("requires");
    assertThat(s.condition()).isEqualTo("* => 0:encryptionType=SERVER_SIDE_ENCRYPTION_KMS");
    assertThat(of("CmfcSettings", "timedMetadataValue", "When you specify").condition())
        .isEqualTo("* => 0:timedMetadata=PASSTHROUGH");
  }

  @Test
  void specifyingOneSettingThatRequiresAnotherToBeSetIsAPresenceRequirement() {
    Statement s = of("RemixSettings", "audioDescriptionAudioChannel", "When you specify an audio");
    assertThat(s.kind()).isEqualTo("requires");
    assertThat(s.condition()).isEqualTo("* => 0:audioDescriptionDataChannel");
    Statement cbet =
        of("NielsenNonLinearWatermarkSettings", "activeWatermarkProcess", "When you choose CBET");
    assertThat(cbet.condition()).isEqualTo("=CBET => 0:cbetSourceId");
  }

  @Test
  void whenYouDoOfAnEnumIsNotGuessed() {
    Statement s = of("Input", "filterEnable", "When you do, you must also specify");
    assertThat(s.checkable()).isFalse();
  }

  @Test
  void requiredWhenYouEnableAStructureIsRequiredWhereverItIsPresent() {
    Statement s = of("DolbyVision", "profile", "Required when you enable Dolby Vision");
    assertThat(s.kind()).isEqualTo("required-when");
    assertThat(s.condition()).isEqualTo("1:dolbyVision");
    assertThat(of("NielsenNonLinearWatermarkSettings", "cbetSourceId", "Required").condition())
        .isEqualTo("0:activeWatermarkProcess=CBET|NAES2_AND_NW_AND_CBET");
  }

  @Test
  void aValueWithoutADefaultThatMustBeSpecifiedIsRequired() {
    Statement s = of("Hdr10Metadata", "maxContentLightLevel", "This setting doesn't have");
    assertThat(s.kind()).isEqualTo("required");
    assertThat(s.condition()).isEmpty();
    assertThat(s.checkable()).isTrue();
  }

  @Test
  void keepingTheDefaultOfAnotherSettingForThisOneToApplyIsAnInfoOnlyWhen() {
    Statement eac3 = of("Eac3Settings", "loRoCenterMixLevel", "This setting applies only if");
    assertThat(eac3.kind()).isEqualTo("only-when");
    assertThat(eac3.condition()).isEqualTo("0:codingMode=CODING_MODE_3_2");
    assertThat(eac3.severity()).isEqualTo("INFO");
    Statement atmos = of("Eac3AtmosSettings", "dynamicRangeCompressionLine", "Default value:");
    assertThat(atmos.condition()).isEqualTo("0:dynamicRangeControl=SPECIFIED");
  }

  @Test
  void useOnlyWhenYouAlsoEnableMeansAnyValueButDisabled() {
    Statement s = of("H264Settings", "minIInterval", "Use this setting only when you also enable");
    assertThat(s.condition()).isEqualTo("0:sceneChangeDetect!=DISABLED");
    assertThat(s.severity()).isEqualTo("WARNING");
    assertThat(of("H264Settings", "gopSize", "Use this setting only when").condition())
        .isEqualTo("0:gopSizeUnits=FRAMES|SECONDS");
  }

  @Test
  void aSettingToIncludeOnlyWhenAnotherIsNotItsDefaultIsAnInfoOnlyWhen() {
    Statement s = of("Xavc4kProfileSettings", "flickerAdaptiveQuantization", "Include this");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.condition()).isEqualTo("1:adaptiveQuantization!=AUTO");
    assertThat(s.severity()).isEqualTo("INFO");
  }

  @Test
  void aSettingThatNeedsAnotherToHaveAnEffectIsAnInfoOnlyWhen() {
    Statement s = of("HlsGroupSettings", "segmentsPerSubdirectory", "You must also set");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.condition()).isEqualTo("0:directoryStructure=SUBDIRECTORY_PER_STREAM");
    assertThat(s.severity()).isEqualTo("INFO");
  }

  @Test
  void aNumberTheDocumentationBothForbidsAndAllowsIsNotChecked() {
    Statement s = of("BurninDestinationSettings", "fontSize", "Must be a positive integer");
    assertThat(s.checkable()).isFalse();
    assertThat(s.reason()).contains("contradicts itself");
  }

  @Test
  void aSentenceAfterAnAddressWithoutAStopIsASentenceOfItsOwn() {
    assertThat(
            DocumentedStatements.sentences(
                "Leave blank to use the default value: https://aomedia.org/emsg/ID3 When you"
                    + " specify a value for X, you must also set Y to Z."))
        .containsExactly(
            "Leave blank to use the default value: https://aomedia.org/emsg/ID3",
            "When you specify a value for X, you must also set Y to Z.");
  }

  @Test
  void settingsThatMustBeIdenticalAcrossTheJobAreSameInJob() {
    Statement s = of("DvbSubDestinationSettings", "fontSize", "Within your job settings");
    assertThat(s.kind()).isEqualTo("same-in-job");
    assertThat(s.checkable()).isTrue();
    assertThat(s.severity()).isEqualTo("ERROR");
  }

  @Test
  void keepingTheDefaultIsAdviceNotARule() {
    Statement s = of("VideoSelector", "sampleRange", "If the sample range");
    assertThat(s.kind()).isEqualTo("advice");
    assertThat(s.reason()).isEqualTo("advice");
  }

  @Test
  void aSentenceAboutTheInputFileIsNotCheckable() {
    Statement s = of("Input", "dolbyVisionMetadataXml", "Use this setting only when your video");
    assertThat(s.checkable()).isFalse();
  }

  @Test
  void theDocumentationStatesSeveralHundredStatements() {
    assertThat(statements.size()).isGreaterThanOrEqualTo(250);
    assertThat(statements.stream().filter(Statement::checkable).count()).isGreaterThan(20);
  }

  @Test
  void valuesAreSplitAtCommasAndOr() {
    assertThat(DocumentedStatements.values("Black, Yellow, Red, or Hex"))
        .containsExactly("Black", "Yellow", "Red", "Hex");
  }

  @Test
  void aSentenceWithoutAConditionIsNoStatement() {
    assertThat(statements).noneMatch(s -> s.sentence().startsWith("Specify the video codec"));
  }
}
