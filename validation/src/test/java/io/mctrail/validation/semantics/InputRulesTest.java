package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.REQUEST;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;

import org.junit.jupiter.api.Test;

class InputRulesTest {

  private static final String IN = "/inputs/0";
  private static final String IN_PTR = REQUEST + IN;

  @Test
  void anInputFileWithAVideoGeneratorIsReported() {
    var findings = job().setJson(IN + "/videoGenerator", "{\"duration\":5000}").findings();

    assertOnly(findings, InputRules.FILE_AND_GENERATOR, IN_PTR + "/videoGenerator");
  }

  @Test
  void aVideoGeneratorAloneIsFine() {
    var findings =
        job()
            .remove(IN + "/fileInput")
            .setJson(IN + "/videoGenerator", "{\"duration\":5000}")
            .findings();

    assertNone(findings, InputRules.FILE_AND_GENERATOR);
  }

  @Test
  void aTimecodeStartWithAnEmbeddedSourceIsReported() {
    var findings = job().set(IN + "/timecodeStart", "01:00:00:00").findings();

    assertOnly(findings, InputRules.TIMECODE_START_NOT_SPECIFIED, IN_PTR + "/timecodeStart");
  }

  @Test
  void aTimecodeStartWithTheDefaultSourceIsReported() {
    var findings =
        job().remove(IN + "/timecodeSource").set(IN + "/timecodeStart", "01:00:00:00").findings();

    assertOnly(findings, InputRules.TIMECODE_START_NOT_SPECIFIED, IN_PTR + "/timecodeStart");
  }

  @Test
  void aTimecodeStartWithASpecifiedStartIsFine() {
    var findings =
        job()
            .set(IN + "/timecodeSource", "SPECIFIEDSTART")
            .set(IN + "/timecodeStart", "01:00:00:00")
            .findings();

    assertNone(findings, InputRules.TIMECODE_START_NOT_SPECIFIED);
  }

  @Test
  void forcedFilteringWithoutStrengthIsReported() {
    var findings = job().set(IN + "/filterEnable", "FORCE").findings();

    assertOnly(findings, InputRules.FILTER_STRENGTH_MISSING, IN_PTR + "/filterEnable");
  }

  @Test
  void forcedFilteringWithStrengthIsFine() {
    var findings =
        job().set(IN + "/filterEnable", "FORCE").set(IN + "/filterStrength", 2).findings();

    assertNone(findings, InputRules.FILTER_STRENGTH_MISSING);
  }

  @Test
  void anEmptyInputClippingIsReported() {
    var findings =
        job().setJson(IN + "/inputClippings", "[{\"endTimecode\":\"00:01:00:00\"},{}]").findings();

    assertOnly(findings, InputRules.CLIPPING_EMPTY, IN_PTR + "/inputClippings/1");
  }

  @Test
  void aClippingWithOnlyAStartIsFine() {
    var findings =
        job().setJson(IN + "/inputClippings", "[{\"startTimecode\":\"00:00:10:00\"}]").findings();

    assertNone(findings, InputRules.CLIPPING_EMPTY);
  }

  @Test
  void aJobTimecodeStartWithoutSpecifiedStartIsAWarning() {
    var findings =
        job()
            .setJson("/timecodeConfig", "{\"source\":\"ZEROBASED\",\"start\":\"01:00:00:00\"}")
            .findings();

    assertOnly(findings, InputRules.TIMECODE_CONFIG_START, REQUEST + "/timecodeConfig/start");
  }

  @Test
  void aJobTimecodeStartWithSpecifiedStartIsFine() {
    var findings =
        job()
            .setJson("/timecodeConfig", "{\"source\":\"SPECIFIEDSTART\",\"start\":\"01:00:00:00\"}")
            .findings();

    assertNone(findings, InputRules.TIMECODE_CONFIG_START);
  }
}
