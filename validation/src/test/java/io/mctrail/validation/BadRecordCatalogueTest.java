package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator's part of the catalogue of bad input (issue 7): records that parse badly, or parse
 * into values of the wrong kind. For each, the finding and its pointer, that the validator never
 * throws, and that the records validated after it are checked as before (a {@link Validator} keeps
 * no state between records). The command's end-to-end tests, with the other records of the same
 * file, are in the cli module's {@code CheckBadInputCatalogueTest}.
 */
class BadRecordCatalogueTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String H264 =
      "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/codecSettings"
          + "/h264Settings";

  private final Validator validator = Validator.create();

  private static String seed() {
    return TestEvents.json(TestEvents.load("seed-createjob.json"));
  }

  /** The seed with the first {@code from} replaced by {@code to}, as text. */
  private static String seedWith(String from, String to) {
    from = from.replace("\": ", "\":");
    String seed = seed();
    assertThat(seed).contains(from);
    return seed.replaceFirst(java.util.regex.Pattern.quote(from), to.replace("$", "\\$"));
  }

  /**
   * Validates a good record, {@code bad}, and a good record with one validator: the bad one gives
   * what {@code expectation} says, and both good ones the seed's one finding.
   */
  private List<Finding> badAmongGood(byte[] bad) {
    assertSeed(validator.validate(seed()));
    ValidationResult result = validator.validate(bad);
    assertSeed(validator.validate(seed()));
    assertThat(result.findings())
        .isNotEmpty()
        .noneMatch(f -> f.rule().equals("syntax.check-failed"));
    return result.findings();
  }

  private List<Finding> badAmongGood(String bad) {
    return badAmongGood(bad.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSeed(ValidationResult r) {
    assertThat(r.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(Finding::rule)
        .containsExactly("consistency.value-changed");
  }

  // ------------------------------------------------------------------ parsing

  @Test
  void duplicateKeysAreInvalidJsonWhereTheSecondOneIs() {
    String seed = seed();
    String bad = seed.substring(0, seed.length() - 1) + ",\"eventName\":\"GetJob\"}";
    assertThat(badAmongGood(bad))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.invalid-json");
              assertThat(f.message()).contains("Duplicate field 'eventName'").startsWith("line 1");
            });
    assertThat(badAmongGood(seedWith("\"gopSize\": 90,", "\"gopSize\": 90, \"gopSize\": 91,")))
        .extracting(Finding::rule)
        .containsExactly("syntax.invalid-json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity", "+NaN"})
  void nanAndInfinityAreInvalidJson(String token) {
    assertThat(badAmongGood(seedWith("\"gopSize\": 90,", "\"gopSize\": " + token + ",")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.invalid-json");
              assertThat(f.message()).containsPattern("line \\d+, column \\d+");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2147483648", // beyond int
        "-2147483649",
        "9223372036854775808", // beyond long
        "-9223372036854775809",
        "1" + "000000000000000000000000000000000000000", // far beyond long
        "5e9",
        "1e400" // beyond double
      })
  void anIntegerMemberBeyondItsRangeIsUnreadableAtItsPointer(String number) {
    String pointer =
        "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/sharpness";
    assertThat(badAmongGood(seedWith("\"sharpness\": 50", "\"sharpness\": " + number)))
        .filteredOn(f -> f.rule().equals("constraints.unreadable"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo(pointer);
              assertThat(f.message()).contains("expected an integer");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e400",
        "-1e400",
        "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "123456789e999"
      })
  void aDoubleMemberBeyondTheRangeOfADoubleIsUnreadableAtItsPointer(String number) {
    assertThat(badAmongGood(seedWith("\"gopSize\": 90,", "\"gopSize\": " + number + ",")))
        .filteredOn(f -> f.rule().equals("constraints.unreadable"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo(H264 + "/gopSize"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808000", "1e400", "-1e30"})
  void aTimestampBeyondTheRangeOfAnInstantIsUnreadableAtItsPointer(String number) {
    assertThat(badAmongGood(seedWith("\"createdAt\": 1510714652436", "\"createdAt\": " + number)))
        .filteredOn(f -> f.rule().equals("constraints.unreadable"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/responseElements/job/createdAt"));
  }

  @Test
  void aNumberLongerThanTheLimitIsALimitFindingAtItsPointer() {
    assertThat(
            badAmongGood(seedWith("\"gopSize\": 90,", "\"gopSize\": 9" + "0".repeat(1500) + ",")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).isEqualTo(H264 + "/gopSize");
            });
  }

  /**
   * More tokens than the limit: a record's tree costs memory by its tokens, far beyond its bytes
   * ({@code "a",} is 4 bytes and a node), so they are counted while parsing.
   */
  @Test
  void moreTokensThanTheLimitAreALimitFindingWhereParsingStopped() {
    Validator small =
        Validator.create(
            ValidatorConfig.builder()
                .readLimits(new ReadLimits(256, 10_000_000, 1000, 5000))
                .build());
    String many = "[" + "\"a\",".repeat(10_000) + "\"a\"]";
    assertThat(small.validate(seed()).findings())
        .noneMatch(f -> f.rule().equals("syntax.limit-exceeded"));
    assertThat(
            small.validate(seedWith("\"gopSize\": 90,", "\"gopSize\": " + many + ",")).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).startsWith(H264 + "/gopSize/");
              assertThat(f.message()).contains("Token count");
            });
    assertThat(ReadLimits.DEFAULT.maxTokens()).isEqualTo(1_000_000);
  }

  /**
   * A 50 MB string, with the default limits: a limit finding at its pointer, found after reading no
   * more than the limit (10 million characters) of it; the heap holds the record's bytes once.
   */
  @Test
  void aFiftyMegabyteStringIsALimitFindingAtItsPointer() {
    String seed = seed();
    int at = seed.indexOf("\"userAgent\":\"") + "\"userAgent\":\"".length();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(50 * 1024 * 1024 + seed.length());
    bytes.writeBytes(seed.substring(0, at).getBytes(StandardCharsets.UTF_8));
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    for (int i = 0; i < 50; i++) {
      bytes.writeBytes(chunk);
    }
    bytes.writeBytes(seed.substring(at).getBytes(StandardCharsets.UTF_8));
    assertThat(badAmongGood(bytes.toByteArray()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).isEqualTo("/userAgent");
              assertThat(f.message()).contains("String value length").hasSizeLessThan(400);
            });
  }

  @Test
  void tenThousandLevelsOfNestingAreALimitFindingWhereParsingStopped() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    List<Finding> findings =
        badAmongGood(seedWith("\"gopSize\": 90,", "\"gopSize\": " + deep + ","));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).startsWith(H264 + "/gopSize/0/0/0/0");
              assertThat(f.message()).contains("depth");
            });
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(badAmongGood(objects))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).startsWith("/a/a/a/a/a"));
  }

  /** A tree built in code is not read by a parser; its depth is checked before it is walked. */
  @Test
  void tenThousandLevelsInATreeBuiltInCodeAreALimitFindingNotAStackOverflow() {
    ObjectNode event = TestEvents.load("seed-createjob.json");
    ArrayNode deepest = NODES.arrayNode();
    JsonNode top = deepest;
    for (int i = 0; i < 10_000; i++) {
      top = NODES.arrayNode().add(top);
    }
    ((ObjectNode) event.at(H264)).set("gopSize", top);
    ValidationResult r = validator.validate(event);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).startsWith(H264 + "/gopSize/0/0/0");
            });
    assertSeed(validator.validate(TestEvents.load("seed-createjob.json")));
  }

  @Test
  void aRecordsMemberThatIsNotAListIsAnUnknownFieldOfARecord() {
    // The reader reports {"Records": <not a list>} (syntax.record-broken); handed to the
    // validator as a record, it is an object without a record's fields.
    assertThat(badAmongGood("{\"Records\":{\"eventName\":\"CreateJob\"}}"))
        .extracting(Finding::rule)
        .contains("envelope.missing-field")
        .doesNotContain("syntax.check-failed");
  }

  @Test
  void aLookupEventsCloudTrailEventThatIsNotJsonIsInvalidJson() {
    assertThat(badAmongGood("{\"eventVersion\":\"1.08\",\"eventName\": CreateJob"))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("syntax.invalid-json"));
    assertThat(badAmongGood("not json at all"))
        .extracting(Finding::rule)
        .containsExactly("syntax.invalid-json");
  }

  @Test
  void invalidUtf8IsInvalidJsonWithItsPosition() {
    byte[] seed = seed().getBytes(StandardCharsets.UTF_8);
    int at = seed().indexOf("test user") + 2;
    byte[] bad = seed.clone();
    bad[at] = (byte) 0xFF;
    assertThat(badAmongGood(bad))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.invalid-json");
              assertThat(f.message()).contains("UTF-8").contains("line 1, byte " + (at + 1));
            });
    byte[] overlong = seed.clone();
    overlong[at] = (byte) 0xC0;
    overlong[at + 1] = (byte) 0xAF;
    assertThat(badAmongGood(overlong))
        .extracting(Finding::rule)
        .containsExactly("syntax.invalid-json");
  }

  @Test
  void trailingGarbageAfterTheRecordIsInvalidJson() {
    assertThat(badAmongGood(seed() + " garbage"))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("syntax.invalid-json"));
  }

  @Test
  void anEmptyOrBlankRecordIsInvalidJson() {
    for (String blank : new String[] {"", "   ", "\n\t"}) {
      assertThat(badAmongGood(blank))
          .extracting(Finding::rule)
          .containsExactly("syntax.invalid-json");
    }
  }

  // ------------------------------------------------------------------ values of the wrong kind

  /**
   * Every node of the seed's CreateJob record (the envelope and both settings trees), replaced by a
   * value of each other JSON type, in every profile: the validator never throws, no check fails,
   * and at least one finding is at or under the node's pointer.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void aValueOfTheWrongTypeAnywhereInTheCreateJobTreeIsAFindingAtItsPointer(Profile profile) {
    Validator v = Validator.create(ValidatorConfig.of(profile));
    ObjectNode seed = TestEvents.load("seed-createjob.json");
    List<String> pointers = pointers(seed);
    JsonNode[] others = {
      NODES.objectNode().put("unexpected", 1),
      NODES.arrayNode().add(1),
      NODES.textNode("text"),
      NODES.numberNode(7),
      NODES.numberNode(7.5),
      NODES.booleanNode(true)
    };
    List<String> missed = new ArrayList<>();
    int cases = 0;
    for (String pointer : pointers) {
      JsonNode original = seed.at(pointer);
      for (JsonNode other : others) {
        if (original.getNodeType() == other.getNodeType()) {
          continue;
        }
        cases++;
        ObjectNode event = replace(seed, pointer, other);
        ValidationResult r = v.validate(event);
        assertThat(r.findings())
            .as("%s <- %s", pointer, other)
            .noneMatch(f -> f.rule().equals("syntax.check-failed"));
        if (r.findings().stream().noneMatch(at(pointer))) {
          missed.add(pointer + " <- " + other);
        }
      }
    }
    assertThat(cases).isGreaterThan(1000);
    assertThat(missed).as("replacements without a finding at or under their pointer").isEmpty();
  }

  /**
   * {@code null} in place of every value of the seed, in every profile: the validator never throws;
   * a null element of a list or value of a map is {@code constraints.null-element} at its pointer;
   * a null member counts as absent (a required one is still missing); the strict profile's schema
   * also reports each null but the CloudTrail forms {@code "requestParameters": null} and {@code
   * "responseElements": null}, which are no finding at all.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void nullInPlaceOfEveryKindOfValue(Profile profile) {
    Validator v = Validator.create(ValidatorConfig.of(profile));
    ObjectNode seed = TestEvents.load("seed-createjob.json");
    List<String> kinds = new ArrayList<>();
    for (String pointer : pointers(seed)) {
      JsonNode original = seed.at(pointer);
      kinds.add(original.getNodeType().name());
      ObjectNode withNull = replace(seed, pointer, NODES.nullNode());
      List<Finding> findings = v.validate(withNull).findings();
      assertThat(findings).as(pointer).noneMatch(f -> f.rule().equals("syntax.check-failed"));
      String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
      JsonNode parent = seed.at(parentPointer);
      boolean inMap = parent.isObject() && isMapOfTheModel(parentPointer);
      if (parent.isArray() || inMap) {
        assertThat(findings)
            .as("null element at %s", pointer)
            .anyMatch(
                f -> f.rule().equals("constraints.null-element") && f.pointer().equals(pointer));
        continue;
      }
      if (pointer.equals("/requestParameters") || pointer.equals("/responseElements")) {
        assertThat(findings).as(pointer).noneMatch(at(pointer));
        continue;
      }
      ObjectNode absent = seed.deepCopy();
      ((ObjectNode) absent.at(parentPointer))
          .remove(pointer.substring(pointer.lastIndexOf('/') + 1));
      for (Finding missing : v.validate(absent).findings()) {
        if (missing.pointer().equals(pointer) && isMissingRule(missing.rule())) {
          assertThat(findings)
              .as("null required member at %s", pointer)
              .anyMatch(f -> f.pointer().equals(pointer) && isMissingRule(f.rule()));
        }
      }
      if (profile == Profile.STRICT) {
        assertThat(findings).as("strict: null at %s", pointer).anyMatch(at(pointer));
      }
    }
    assertThat(kinds).contains("OBJECT", "ARRAY", "STRING", "NUMBER");
  }

  @Test
  void aPayloadThatIsNotAnObjectIsUnreadableUnlessItIsNullOrARedactionMarker() {
    for (String payload : new String[] {"\"text\"", "[]", "7", "true"}) {
      ObjectNode event =
          TestEvents.set(TestEvents.load("seed-createjob.json"), "/requestParameters", payload);
      assertThat(validator.validate(event).findings())
          .as(payload)
          .anyMatch(
              f ->
                  f.rule().equals("constraints.unreadable")
                      && f.pointer().equals("/requestParameters")
                      && f.message().contains("CreateJobRequest"));
    }
    for (String allowed : new String[] {"null", "\"HIDDEN_DUE_TO_SECURITY_REASONS\"", "\"***\""}) {
      ObjectNode event =
          TestEvents.set(TestEvents.load("seed-createjob.json"), "/responseElements", allowed);
      assertThat(validator.validate(event).findings())
          .as(allowed)
          .noneMatch(f -> f.rule().equals("constraints.unreadable"));
    }
  }

  // ------------------------------------------------------------------ helpers

  private static boolean isMissingRule(String rule) {
    return rule.equals("constraints.required")
        || rule.equals("envelope.missing-field")
        || rule.equals("envelope.event-source-missing")
        || rule.equals("envelope.user-identity-missing");
  }

  /** The maps of the seed: {@code userMetadata} and {@code audioSelectors}. */
  private static boolean isMapOfTheModel(String pointer) {
    return pointer.endsWith("/userMetadata") || pointer.endsWith("/audioSelectors");
  }

  private static Predicate<Finding> at(String pointer) {
    return f -> f.pointer().equals(pointer) || f.pointer().startsWith(pointer + "/");
  }

  /** Every pointer of {@code node} but the root's, in document order. */
  static List<String> pointers(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, "", out);
    return out.subList(1, out.size());
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), JsonPointers.append(pointer, e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), JsonPointers.append(pointer, i), out);
      }
    }
  }

  /** A copy of {@code root} with the node at {@code pointer} replaced by {@code value}. */
  static ObjectNode replace(ObjectNode root, String pointer, JsonNode value) {
    ObjectNode copy = root.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent.isObject()) {
      ((ObjectNode) parent).set(token, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(token), value);
    }
    return copy;
  }
}
