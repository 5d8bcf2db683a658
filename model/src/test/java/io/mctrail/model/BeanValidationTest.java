package io.mctrail.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's Bean Validation annotations, checked by Hibernate Validator. */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void theSeedEventHasNoViolation() {
    assertThat(validator.validate(Events.event("seed-createjob.json"))).isEmpty();
  }

  @Test
  void eightBFramesIsOverTheMaximumOfSeven() throws Exception {
    ObjectNode tree = (ObjectNode) Events.tree("seed-createjob.json");
    ((ObjectNode)
            tree.at(
                "/requestParameters/settings/outputGroups/0/outputs/0/videoDescription/"
                    + "codecSettings/h264Settings"))
        .put("numberBFramesBetweenReferenceFrames", 8);
    CloudTrailEvent event = Events.MAPPER.treeToValue(tree, CloudTrailEvent.class);
    Set<ConstraintViolation<CloudTrailEvent>> violations = validator.validate(event);
    assertThat(violations).hasSize(1);
    ConstraintViolation<CloudTrailEvent> v = violations.iterator().next();
    assertThat(v.getPropertyPath().toString())
        .isEqualTo(
            "requestParameters.value.settings.outputGroups[0].outputs[0].videoDescription"
                + ".codecSettings.h264Settings.numberBFramesBetweenReferenceFrames");
    assertThat(v.getInvalidValue()).isEqualTo(8);
    assertThat(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .isEqualTo("Max");
  }

  @Test
  void anUnknownEnumValueViolatesTheEnumPattern() {
    Set<ConstraintViolation<CloudTrailEvent>> violations =
        validator.validate(Events.event("unknown-enum.json"));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .allMatch(p -> p.endsWith("h264Settings.codecProfile"))
        .hasSize(2);
  }

  @Test
  void aMissingRequiredMemberIsReported() throws Exception {
    var request =
        Events.MAPPER.readValue(
            "{\"description\":\"no name\"}",
            io.mctrail.model.mediaconvert.CreateQueueRequest.class);
    assertThat(validator.validate(request))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("name");
  }
}
