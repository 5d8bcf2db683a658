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
  void aConditionOfTwoSettingsJoinedByAndIsNotGuessed() {
    Statement s = of("H264QvbrSettings", "maxAverageBitrate", "Use this setting only when");
    assertThat(s.kind()).isEqualTo("only-when");
    assertThat(s.severity()).isEqualTo("WARNING");
    assertThat(s.checkable()).isFalse();
  }

  @Test
  void aMultipleOfIsReadWithItsNumber() {
    assertThat(statements)
        .filteredOn(s -> s.kind().equals("multiple-of") && s.checkable())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.condition()).matches("[0-9]+"));
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
