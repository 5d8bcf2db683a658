package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given an event that breaks one constraint of the AWS model, the constraints layer (both engines)
 * and the schema layer report it at the same pointer; one just inside gives nothing.
 */
class ConstraintsAndSchemaLayersTest {

  private static final String H264 =
      "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/codecSettings/"
          + "h264Settings";

  private static ObjectNode seedRequestOnly() {
    ObjectNode seed = TestEvents.load("seed-createjob.json");
    seed.putNull("responseElements");
    return seed;
  }

  private static List<Finding> run(ObjectNode event, Profile profile, String layer) {
    ValidatorConfig config = ValidatorConfig.builder().profile(profile).enableOnly(layer).build();
    return Validator.create(config).validate(event).findings();
  }

  @ParameterizedTest(name = "{0}={1}: {3} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // member | breaking value | pointer suffix | constraints rule | schema rule | inside value
        H264 + "/numberBFramesBetweenReferenceFrames|8||constraints.range|schema.range|7",
        H264 + "/numberBFramesBetweenReferenceFrames|-1||constraints.range|schema.range|0",
        H264 + "/codecProfile|\"HIGH_FUTURE\"||constraints.enum|schema.enum|\"HIGH\"",
        "/requestParameters/settings/inputs/0/fileInput|\"s3\"||constraints.pattern"
            + "|schema.pattern|\"s3://b/in.mp4\"",
        "/requestParameters/settings/outputGroups/0/name|\"" + "n" + "\"||-|-|\"DASH ISO\"",
        "/requestParameters/role|null|/requestParameters/role|constraints.required"
            + "|schema.type|\"arn:aws:iam::123456789000:role/r\"",
        "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/width|8193"
            + "||constraints.range|schema.range|8192",
      })
  void aBrokenConstraintIsReportedByBothEnginesAndTheSchema(
      String pointer,
      String breaking,
      String expectedPointer,
      String constraintsRule,
      String schemaRule,
      String inside) {
    String at = expectedPointer == null ? pointer : expectedPointer;
    ObjectNode broken = TestEvents.set(seedRequestOnly(), pointer, breaking);
    if (!constraintsRule.equals("-")) {
      for (Profile profile : new Profile[] {Profile.DEFAULT, Profile.STRICT}) {
        assertThat(run(broken, profile, "constraints"))
            .as("%s", profile)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.rule()).isEqualTo(constraintsRule);
                  assertThat(f.pointer()).isEqualTo(at);
                });
      }
      assertThat(run(broken, Profile.STRICT, "schema"))
          .extracting(Finding::rule, Finding::pointer)
          .contains(org.assertj.core.groups.Tuple.tuple(schemaRule, at));
    }
    ObjectNode ok = TestEvents.set(seedRequestOnly(), pointer, inside);
    assertThat(run(ok, Profile.DEFAULT, "constraints")).isEmpty();
    assertThat(run(ok, Profile.STRICT, "constraints")).isEmpty();
    assertThat(run(ok, Profile.STRICT, "schema")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void anUnknownEnumValueIsNamedAsUnknownToTheModelThisBuildRead(Profile profile) {
    ObjectNode event = TestEvents.set(seedRequestOnly(), H264 + "/codecProfile", "\"HIGH_FUTURE\"");

    assertThat(run(event, profile, "constraints"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .endsWith("is not a value of H264CodecProfile in the model this build read"));
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aMissingRequiredMemberIsReportedWhereItShouldBe(Profile profile) {
    ObjectNode event = TestEvents.remove(seedRequestOnly(), "/requestParameters/role");
    assertThat(run(event, profile, "constraints"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("constraints.required");
              assertThat(f.pointer()).isEqualTo("/requestParameters/role");
            });
    assertThat(run(event, Profile.STRICT, "schema"))
        .extracting(Finding::rule, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("schema.required", "/requestParameters/role"));
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aRedactedRequiredMemberIsNotMissing(Profile profile) {
    ObjectNode event = TestEvents.set(seedRequestOnly(), "/requestParameters/role", "\"***\"");
    assertThat(run(event, profile, "constraints")).isEmpty();
  }

  /**
   * A redaction marker may stand anywhere, also for a value of a map, an element of a list of
   * structures and an element of a list of integers: neither engine nor the schema reports it (the
   * typed model reads it as a recorded redaction, not as a value of the wrong type nor as a null).
   */
  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aRedactionMarkerForAnElementOfAListOrAValueOfAMapIsNoFinding(Profile profile) {
    ObjectNode event = seedRequestOnly();
    String selectors = "/requestParameters/settings/inputs/0/audioSelectors";
    ((ObjectNode) event.at(selectors + "/Audio Selector 1")).putArray("pids").add(257).add("***");
    TestEvents.set(event, selectors + "/Audio Selector 2", "\"***\"");
    ((com.fasterxml.jackson.databind.node.ArrayNode)
            event.at("/requestParameters/settings/outputGroups/0/outputs"))
        .add("HIDDEN_DUE_TO_SECURITY_REASONS");

    assertThat(run(event, profile, "constraints")).isEmpty();
    assertThat(run(event, Profile.STRICT, "schema")).isEmpty();
    ObjectNode withNull = TestEvents.set(event.deepCopy(), selectors + "/Audio Selector 2", "null");
    assertThat(run(withNull, profile, "constraints"))
        .extracting(Finding::rule, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "constraints.null-element", selectors + "/Audio Selector 2"));
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aSizeBelowTheMinimumIsReported(Profile profile) {
    ObjectNode event =
        TestEvents.set(
            seedRequestOnly(),
            "/requestParameters/settings/inputs/0/audioSelectors" + "/Audio Selector 1/pids",
            "[]");
    TestEvents.set(
        event,
        "/requestParameters/settings/inputs/0/audioSelectors/Audio Selector 1" + "/languageCode",
        "\"ENG\"");
    TestEvents.set(
        event, "/requestParameters/settings/outputGroups/0/outputs/0/nameModifier", "\"\"");
    assertThat(run(event, profile, "constraints"))
        .extracting(Finding::rule, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "constraints.size",
                "/requestParameters/settings/outputGroups/0/outputs/0/nameModifier"));
    assertThat(run(event, Profile.STRICT, "schema"))
        .extracting(Finding::rule, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "schema.size",
                "/requestParameters/settings/outputGroups/0/outputs/0/nameModifier"));
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aValueOfTheWrongJsonTypeMakesTheEventUnreadableAtItsPointer(Profile profile) {
    ObjectNode event =
        TestEvents.set(
            seedRequestOnly(), "/requestParameters/settings/outputGroups/0/outputs", "{\"x\":1}");
    assertThat(run(event, profile, "constraints"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("constraints.unreadable");
              assertThat(f.pointer())
                  .isEqualTo("/requestParameters/settings/outputGroups/0/outputs");
            });
    assertThat(run(event, Profile.STRICT, "schema"))
        .extracting(Finding::rule, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "schema.type", "/requestParameters/settings/outputGroups/0/outputs"));
  }

  @ParameterizedTest
  @CsvSource({"DEFAULT", "STRICT"})
  void aRequiredMemberWrittenInAnotherCaseIsNamedInTheMessage(Profile profile) {
    String tagResource =
        "{\"eventVersion\":\"1.05\",\"eventTime\":\"2018-07-10T15:36:29Z\","
            + "\"eventSource\":\"mediaconvert.amazonaws.com\",\"eventName\":\"TagResource\","
            + "\"requestParameters\":{\"arn\":\"arn:aws:mediaconvert:eu-west-1:111122223333:queues/q\","
            + "\"Tags\":{\"team\":\"video\"}},\"responseElements\":null}";
    ValidatorConfig config =
        ValidatorConfig.builder().profile(profile).enableOnly("constraints").build();
    assertThat(Validator.create(config).validate(tagResource).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("constraints.required");
              assertThat(f.pointer()).isEqualTo("/requestParameters/tags");
              assertThat(f.message()).contains("the record has Tags");
            });
  }
}
