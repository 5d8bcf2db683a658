package io.mctrail.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import io.mctrail.model.mediaconvert.CreateJobResponse;
import io.mctrail.model.mediaconvert.Job;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.mutation.Mutations;
import io.mctrail.testkit.property.PropertyCheck;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's example, run: a service's own property tests written with the testkit. The service
 * here reads the job a CreateJob record created; its properties say it reads one from every
 * consistent record, and that the validator stops every record with a defect before it.
 */
class ExampleServiceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new McTrailModule());
  private static final Validator VALIDATOR = Validator.create(ValidatorConfig.defaults());

  /** The service under test: the job a CreateJob record says was created. */
  static Optional<Job> createdJob(byte[] record) {
    try {
      CloudTrailEvent event = MAPPER.readValue(record, CloudTrailEvent.class);
      return Optional.ofNullable(event.responseElements())
          .flatMap(response -> response.as(CreateJobResponse.class))
          .map(CreateJobResponse::job);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyConsistentCreateJobRecordGivesTheJobItCreated() {
    PropertyCheck.forAll("created job", CloudTrailEvents.of("CreateJob"))
        .cases(200)
        .check(
            event ->
                assertThat(createdJob(event.bytes()))
                    .hasValueSatisfying(job -> assertThat(job.status()).hasToString("SUBMITTED")));
  }

  @Test
  void theValidatorStopsEveryRecordWithADefect() {
    Mutations.all().stream()
        .filter(m -> m.rule().startsWith("consistency."))
        .forEach(
            mutation ->
                PropertyCheck.forAll("stopped: " + mutation.name(), mutation.defects())
                    .cases(10)
                    .check(
                        defect ->
                            assertThat(VALIDATOR.validate(defect.bytes()).findings())
                                .anyMatch(f -> f.rule().equals(defect.rule()))));
  }

  /** Any source of randomness drives a generator: here JUnit's parameters and the JDK's own. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void anyRandomGeneratorDrivesTheGenerators(long seed) {
    ConsistentEvent event = CloudTrailEvents.any().generate(new SplittableRandom(seed));
    assertThat(event.json().path("eventSource").asText()).isEqualTo("mediaconvert.amazonaws.com");
  }
}
