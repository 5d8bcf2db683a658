package io.mctrail.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid jobs as MediaConvert's console exports them stay free of errors and warnings. The console
 * writes every setting of a codec or a group with its default into the job, settings the job's
 * configuration ignores included (a frame rate conversion algorithm when the frame rate follows the
 * source, a program date time period with program date time excluded, …): the validator may say so
 * as INFO, never as more. Each job is written here in the console's shape: many outputs, every
 * output group type, each settings object in full.
 */
class ConsoleShapedJobsTest {

  static Stream<Arguments> jobs() {
    return Stream.of("abr-package-job.json", "broadcast-job.json")
        .flatMap(job -> Stream.of(Profile.values()).map(profile -> Arguments.of(job, profile)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("jobs")
  void aConsoleShapedJobGivesNoErrorAndNoWarning(String job, Profile profile) {
    ValidationResult result =
        Validator.create(ValidatorConfig.of(profile)).validate(createJob(job));

    assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  /** The seed's CreateJob record, its settings (request and echo) replaced by the job's. */
  private static JsonNode createJob(String job) {
    ObjectNode event = (ObjectNode) resource("/semantics/seed-create-job.json");
    JsonNode settings = resource("/console/" + job);
    ((ObjectNode) event.get("requestParameters")).set("settings", settings.deepCopy());
    ((ObjectNode) event.get("responseElements").get("job")).set("settings", settings.deepCopy());
    return event;
  }

  private static JsonNode resource(String path) {
    try (InputStream in = ConsoleShapedJobsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
