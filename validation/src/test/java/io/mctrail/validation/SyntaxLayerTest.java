package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given bytes that cannot be read as an event, the syntax layer says where and why. */
class SyntaxLayerTest {

  private final Validator validator = Validator.create();

  @Test
  void brokenJsonGivesLineColumnAndReason() {
    ValidationResult r = validator.validate("{\n  \"eventVersion\": \"1.08\",\n  \"eventName\": }");
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.invalid-json");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.pointer()).isEmpty();
              assertThat(f.message())
                  .startsWith("line 3, column 16: ")
                  .contains("Unexpected character");
            });
  }

  @Test
  void wellFormedJsonIsNotASyntaxFinding() {
    assertThat(validator.validate("{\"eventVersion\":\"1.08\"}").findings())
        .noneMatch(f -> f.rule().startsWith("syntax."));
  }

  @Test
  void aDuplicateKeyAndTrailingContentAreSyntaxErrors() {
    assertThat(validator.validate("{\"a\":1,\"a\":2}").findings())
        .extracting(Finding::rule)
        .containsExactly("syntax.invalid-json");
    assertThat(validator.validate("{\"a\":1} {\"b\":2}").findings())
        .extracting(Finding::rule)
        .containsExactly("syntax.invalid-json");
  }

  @Test
  void anEmptyRecordIsASyntaxError() {
    assertThat(validator.validate("   ").findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("empty"));
  }

  @Test
  void jsonThatIsNotAnObjectIsReported() {
    assertThat(validator.validate("[1,2]").findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.not-an-object");
              assertThat(f.message()).contains("array");
            });
  }

  @Test
  void findingsPastTheMaximumAreCountedInOneLastFinding() {
    ValidatorConfig one =
        ValidatorConfig.builder().maxFindingsPerEvent(1).enableOnly("constraints").build();
    String event =
        "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-01-01T00:00:00Z\","
            + "\"eventSource\":\"mediaconvert.amazonaws.com\",\"eventName\":\"CreateQueue\","
            + "\"requestParameters\":{\"description\":\"no name\",\"tags\":{}},"
            + "\"responseElements\":{\"queue\":{\"status\":\"NOPE\"}}}";
    ValidationResult r = Validator.create(one).validate(event);
    assertThat(r.findings()).hasSize(2);
    assertThat(r.findings().get(1).rule()).isEqualTo("syntax.findings-truncated");
    assertThat(r.findings().get(1).message()).startsWith("2 more findings");
    ValidationResult all =
        Validator.create(ValidatorConfig.builder().enableOnly("constraints").build())
            .validate(event);
    assertThat(all.findings())
        .extracting(Finding::rule)
        .doesNotContain("syntax.findings-truncated");
  }

  @Test
  void theValidatorNeverThrowsForBadInput() {
    for (String bad :
        new String[] {
          "",
          "null",
          "\"x\"",
          "{",
          "{\"eventName\":[]}",
          "{\"requestParameters\":7,"
              + "\"eventSource\":\"mediaconvert.amazonaws.com\",\"eventName\":\"CreateJob\"}"
        }) {
      assertThat(validator.validate(bad)).as(bad).isNotNull();
    }
  }

  @Test
  void nestingDeeperThanTheLimitIsAFindingAtWhereParsingStopped() {
    String deep = "{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}";
    ValidationResult r = validator.validate(deep);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).startsWith("/a/0/0/0");
              assertThat(f.message()).contains("depth");
            });
    String shallow = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(validator.validate(shallow).findings())
        .noneMatch(f -> f.rule().equals("syntax.limit-exceeded"));
  }

  @Test
  void aStringOrNumberLongerThanTheLimitIsAFinding() {
    Validator small =
        Validator.create(
            ValidatorConfig.builder().readLimits(new ReadLimits(64, 2048, 64)).build());
    ValidationResult longString = small.validate("{\"eventName\":\"" + "x".repeat(5000) + "\"}");
    assertThat(longString.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("syntax.limit-exceeded");
              assertThat(f.pointer()).isEqualTo("/eventName");
            });
    ValidationResult longNumber = small.validate("{\"priority\":" + "9".repeat(100) + "}");
    assertThat(longNumber.findings())
        .extracting(Finding::rule)
        .containsExactly("syntax.limit-exceeded");
  }
}
