package io.mctrail.validation.semantics;

import static io.mctrail.validation.semantics.SemanticEvents.REQUEST;
import static io.mctrail.validation.semantics.SemanticEvents.assertNone;
import static io.mctrail.validation.semantics.SemanticEvents.assertOnly;
import static io.mctrail.validation.semantics.SemanticEvents.job;

import org.junit.jupiter.api.Test;

class StreamingGroupRulesTest {

  private static final String DASH = "/outputGroups/0/outputGroupSettings/dashIsoGroupSettings";
  private static final String DASH_PTR = REQUEST + DASH;
  private static final String H =
      "/outputGroups/0/outputs/0/videoDescription/codecSettings/h264Settings";

  @Test
  void aDashFragmentLongerThanItsSegmentIsReported() {
    var findings = job().dash().set(DASH + "/fragmentLength", 31).findings();

    assertOnly(
        findings, StreamingGroupRules.FRAGMENT_LONGER_THAN_SEGMENT, DASH_PTR + "/fragmentLength");
  }

  @Test
  void aDashFragmentLongerThanTheDefaultSegmentIsReported() {
    var findings =
        job().dash().remove(DASH + "/segmentLength").set(DASH + "/fragmentLength", 31).findings();

    assertOnly(
        findings, StreamingGroupRules.FRAGMENT_LONGER_THAN_SEGMENT, DASH_PTR + "/fragmentLength");
  }

  @Test
  void aCmafFragmentLongerThanItsSegmentIsReported() {
    var findings =
        job()
            .group(
                "CMAF_GROUP_SETTINGS",
                "cmafGroupSettings",
                "{\"destination\":\"s3://b/c/\",\"segmentLength\":4,\"fragmentLength\":6}",
                "CMFC")
            .findings();

    assertOnly(
        findings,
        StreamingGroupRules.FRAGMENT_LONGER_THAN_SEGMENT,
        REQUEST + "/outputGroups/0/outputGroupSettings/cmafGroupSettings/fragmentLength");
  }

  @Test
  void aFragmentAsLongAsItsSegmentIsFine() {
    var findings = job().dash().set(DASH + "/fragmentLength", 30).findings();

    assertNone(findings, StreamingGroupRules.FRAGMENT_LONGER_THAN_SEGMENT);
  }

  @Test
  void aMinimumFinalSegmentAsLongAsTheSegmentIsReported() {
    var findings = job().dash().set(DASH + "/minFinalSegmentLength", 30).findings();

    assertOnly(
        findings,
        StreamingGroupRules.MIN_FINAL_SEGMENT_LENGTH,
        DASH_PTR + "/minFinalSegmentLength");
  }

  @Test
  void aMinimumFinalSegmentBelowOneIsReportedForHls() {
    var findings =
        job()
            .group(
                "HLS_GROUP_SETTINGS",
                "hlsGroupSettings",
                "{\"destination\":\"s3://b/h/\",\"minFinalSegmentLength\":0.5}",
                "M3U8")
            .findings();

    assertOnly(
        findings,
        StreamingGroupRules.MIN_FINAL_SEGMENT_LENGTH,
        REQUEST + "/outputGroups/0/outputGroupSettings/hlsGroupSettings/minFinalSegmentLength");
  }

  @Test
  void aMinimumFinalSegmentFromOneToBelowTheSegmentOrZeroIsFine() {
    assertNone(
        job().dash().set(DASH + "/minFinalSegmentLength", 29.5).findings(),
        StreamingGroupRules.MIN_FINAL_SEGMENT_LENGTH);
    assertNone(
        job().dash().set(DASH + "/minFinalSegmentLength", 1).findings(),
        StreamingGroupRules.MIN_FINAL_SEGMENT_LENGTH);
    assertNone(
        job().dash().set(DASH + "/minFinalSegmentLength", 0).findings(),
        StreamingGroupRules.MIN_FINAL_SEGMENT_LENGTH);
  }

  @Test
  void theOnDemandProfileWithSegmentedFilesIsReported() {
    var findings =
        job()
            .dash()
            .set(DASH + "/mpdProfile", "ON_DEMAND_PROFILE")
            .set(DASH + "/segmentControl", "SEGMENTED_FILES")
            .findings();

    assertOnly(findings, StreamingGroupRules.ON_DEMAND_SINGLE_FILE, DASH_PTR + "/segmentControl");
  }

  @Test
  void theOnDemandProfileWithASingleFileIsFine() {
    var findings =
        job()
            .dash()
            .set(DASH + "/mpdProfile", "ON_DEMAND_PROFILE")
            .set(DASH + "/segmentControl", "SINGLE_FILE")
            .findings();

    assertNone(findings, StreamingGroupRules.ON_DEMAND_SINGLE_FILE);
  }

  @Test
  void theUserGuidesIncorrectExampleIsReported() {
    // Closed GOP cadence 1, frame rate 50, GOP size 90 frames, fragment length 2.
    var findings =
        job()
            .dash()
            .set(H + "/gopSize", 90)
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 50)
            .set(H + "/framerateDenominator", 1)
            .findings();

    assertOnly(findings, StreamingGroupRules.FRAGMENT_GOP_MULTIPLE, DASH_PTR + "/fragmentLength");
  }

  @Test
  void aGopInSecondsThatDoesNotDivideTheFragmentIsReported() {
    var findings =
        job().dash().set(H + "/gopSizeUnits", "SECONDS").set(H + "/gopSize", 1.5).findings();

    assertOnly(findings, StreamingGroupRules.FRAGMENT_GOP_MULTIPLE, DASH_PTR + "/fragmentLength");
  }

  @Test
  void theUserGuidesCorrectExampleIsFine() {
    // Closed GOP cadence 1, frame rate 30, GOP size 60 frames, fragment length 2.
    var findings =
        job()
            .dash()
            .set(H + "/gopSize", 60)
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 30)
            .set(H + "/framerateDenominator", 1)
            .findings();
    var ntsc =
        job()
            .dash()
            .set(H + "/gopSize", 60)
            .set(H + "/framerateControl", "SPECIFIED")
            .set(H + "/framerateNumerator", 30000)
            .set(H + "/framerateDenominator", 1001)
            .set("/outputGroups/0/outputGroupSettings/dashIsoGroupSettings/fragmentLength", 2)
            .findings();

    assertNone(findings, StreamingGroupRules.FRAGMENT_GOP_MULTIPLE);
    assertNone(job().dash().findings(), StreamingGroupRules.FRAGMENT_GOP_MULTIPLE);
    // 60 frames at 29.97 fps last 2.002 s: 2 s is not a multiple, as the rule says.
    assertOnly(ntsc, StreamingGroupRules.FRAGMENT_GOP_MULTIPLE, DASH_PTR + "/fragmentLength");
  }
}
