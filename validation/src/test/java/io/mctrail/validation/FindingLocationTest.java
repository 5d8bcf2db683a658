package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the validator says a finding is: the line, column and offset of the value it names. */
class FindingLocationTest {

  private static final Validator VALIDATOR = Validator.create();

  // Lines:  1 {
  //         2   "eventName": "CreateJob",
  //         3   "requestParameters": {
  //         4     "settings": {"outputGroups": [{"name": "a"}, {"name": "b/c", "x~y": 5}]},
  //         5     "role": null
  //         6   }
  //         7 }
  private static final String RECORD =
      "{\n"
          + "  \"eventName\": \"CreateJob\",\n"
          + "  \"requestParameters\": {\n"
          + "    \"settings\": {\"outputGroups\": [{\"name\": \"a\"}, {\"name\": \"b/c\", \"x~y\": 5}]},\n"
          + "    \"role\": null\n"
          + "  }\n"
          + "}\n";

  private static Finding at(String rule, String pointer) {
    return Finding.of(rule, Severity.ERROR, pointer, "m");
  }

  private static List<Location> locate(String json, Location start, Finding... findings) {
    return VALIDATOR.locate(json.getBytes(StandardCharsets.UTF_8), List.of(findings), start);
  }

  private static long offsetOf(String json, String text) {
    return json.getBytes(StandardCharsets.UTF_8).length
        - json.substring(json.indexOf(text)).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void aPointerIsPlacedAtTheFirstByteOfTheValueItNames() {
    List<Location> places =
        locate(
            RECORD,
            Location.START,
            at("envelope.x", "/eventName"),
            at("semantics.x", "/requestParameters/settings/outputGroups/1/name"),
            at("consistency.x", "/requestParameters/role"),
            at("semantics.x", "/requestParameters/settings/outputGroups/1"));

    assertThat(places)
        .containsExactly(
            new Location(2, 16, offsetOf(RECORD, "\"CreateJob\"")),
            new Location(4, 59, offsetOf(RECORD, "\"b/c\"")),
            new Location(5, 13, offsetOf(RECORD, "null")),
            new Location(4, 50, offsetOf(RECORD, "{\"name\": \"b/c\"")));
  }

  @Test
  void escapedTokensAndIndexesAreFollowed() {
    List<Location> places =
        locate(
            RECORD, Location.START, at("x.y", "/requestParameters/settings/outputGroups/1/x~0y"));

    assertThat(places).containsExactly(new Location(4, 73, offsetOf(RECORD, "5}]")));
  }

  @Test
  void theWholeRecordAndAMalformedPointerArePlacedAtTheRecordsStart() {
    assertThat(
            locate(RECORD, Location.START, at("syntax.not-an-object", ""), at("x.y", "no-slash")))
        .containsExactly(Location.START, Location.START);
  }

  @Test
  void aPointerToSomethingMissingIsPlacedAtTheDeepestValueOnItsWay() {
    List<Location> places =
        locate(
            RECORD,
            Location.START,
            at("constraints.required", "/requestParameters/settings/inputs"),
            at("constraints.required", "/requestParameters/settings/outputGroups/7/name"),
            at("constraints.required", "/responseElements/job"));

    Location settings = new Location(4, 17, offsetOf(RECORD, "{\"outputGroups\""));
    Location outputGroups = new Location(4, 34, offsetOf(RECORD, "[{\"name\""));
    assertThat(places).containsExactly(settings, outputGroups, Location.START);
  }

  @Test
  void placesInARecordAreMovedToWhereTheRecordStartsInItsFile() {
    Location recordStart = new Location(10, 5, 200);

    List<Location> places =
        locate(RECORD, recordStart, at("x.y", ""), at("x.y", "/eventName"), at("x.y", "/role"));

    assertThat(places.get(0)).isEqualTo(recordStart);
    assertThat(places.get(1))
        .as("a later line of the record keeps its own column")
        .isEqualTo(new Location(11, 16, 200 + offsetOf(RECORD, "\"CreateJob\"")));
    String oneLine = "{\"eventName\": \"GetJob\"}";
    assertThat(locate(oneLine, recordStart, at("x.y", "/eventName")))
        .as("on the record's first line, columns count on from the record's")
        .containsExactly(new Location(10, 5 + 14, 200 + 14));
  }

  @Test
  void aSyntaxFindingIsPlacedWhereReadingStopped() {
    String broken = "{\n  \"a\": 1,\n  \"b\": }\n";
    ValidationResult result = VALIDATOR.validate(broken.getBytes(StandardCharsets.UTF_8));
    assertThat(result.findings()).extracting(Finding::rule).containsExactly("syntax.invalid-json");

    List<Location> places = locate(broken, Location.START, result.findings().get(0));

    assertThat(places).containsExactly(new Location(3, 8, offsetOf(broken, "}")));
  }

  @Test
  void aDuplicateNameIsPlacedAtTheDuplicate() {
    String twice = "{\"eventName\": \"A\",\n \"eventName\": \"B\"}";
    ValidationResult result = VALIDATOR.validate(twice.getBytes(StandardCharsets.UTF_8));
    assertThat(result.findings()).extracting(Finding::rule).containsExactly("syntax.invalid-json");

    Location place = locate(twice, Location.START, result.findings().get(0)).get(0);

    assertThat(place.line()).isEqualTo(2);
    assertThat(place.offset()).isGreaterThan(offsetOf(twice, "\n")).isLessThan(twice.length());
  }

  @Test
  void illFormedUtf8IsPlacedAtItsFirstByte() {
    byte[] bytes = "{\n \"a\": \"x?\"}".getBytes(StandardCharsets.US_ASCII);
    bytes[10] = (byte) 0xC0; // an overlong form: never well-formed
    ValidationResult result = VALIDATOR.validate(bytes);

    List<Location> places = VALIDATOR.locate(bytes, result.findings(), Location.START);

    assertThat(places).containsExactly(new Location(2, 9, 10));
  }

  @Test
  void aRecordOverAReadLimitIsPlacedWhereReadingStopped() {
    Validator shallow =
        Validator.create(
            ValidatorConfig.builder()
                .readLimits(new ReadLimits(16, 10_000_000, 1000, 1_000_000))
                .build());
    String deep = "{\"a\":\n" + "[".repeat(20) + "]".repeat(20) + "}";
    byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);
    ValidationResult result = shallow.validate(bytes);
    assertThat(result.findings())
        .extracting(Finding::rule)
        .containsExactly("syntax.limit-exceeded");

    Location place = shallow.locate(bytes, result.findings(), Location.START).get(0);

    assertThat(place.line()).isEqualTo(2);
    assertThat(place.column()).isBetween(15L, 17L);
  }

  @Test
  void aRecordWithoutFindingsHasNoPlaces() {
    assertThat(locate(RECORD, Location.START)).isEmpty();
  }
}
