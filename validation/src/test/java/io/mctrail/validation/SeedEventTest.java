package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's CreateJob event has exactly one real inconsistency: the DASH ISO destination. */
class SeedEventTest {

  static final String DESTINATION =
      "/outputGroups/0/outputGroupSettings/dashIsoGroupSettings/destination";

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theSeedGivesExactlyOneErrorTheDashIsoDestination(Profile profile) {
    ValidationResult result =
        Validator.create(ValidatorConfig.of(profile))
            .validate(TestEvents.load("seed-createjob.json"));
    assertThat(result.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("consistency.value-changed");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.pointer()).isEqualTo("/responseElements/job/settings" + DESTINATION);
              assertThat(f.relatedPointer()).isEqualTo("/requestParameters/settings" + DESTINATION);
              assertThat(f.expected()).isEqualTo("s3://testuser-testuser/clip01.mp4");
              assertThat(f.actual()).isEqualTo("s3://mediaconvert-testuser/clip01.mp4");
            });
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void withTheDestinationMadeEqualItGivesNoErrorAndNoWarning(Profile profile) {
    ObjectNode seed = TestEvents.load("seed-createjob.json");
    TestEvents.set(
        seed,
        "/requestParameters/settings" + DESTINATION,
        "\"s3://mediaconvert-testuser/clip01.mp4\"");
    ValidationResult result = Validator.create(ValidatorConfig.of(profile)).validate(seed);
    assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(result.eventName()).isEqualTo("CreateJob");
    assertThat(result.eventID()).isEqualTo("22ef8e82-ea2c-4014-9a45-16fd11474b31");
  }
}
