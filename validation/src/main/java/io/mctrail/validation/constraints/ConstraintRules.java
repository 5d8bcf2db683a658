package io.mctrail.validation.constraints;

import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/** The rules of the constraints layer, shared by both engines. */
public final class ConstraintRules {

  private static final String SOURCE =
      "AWS MediaConvert API model (aws-java-sdk-models 1.12.797): min, max, pattern, enum and"
          + " required of each shape and member";

  public static final Rule REQUIRED =
      Rule.of(
          Layer.CONSTRAINTS,
          "required",
          Severity.ERROR,
          "A member the AWS model requires is missing or null.",
          SOURCE);
  public static final Rule RANGE =
      Rule.of(
          Layer.CONSTRAINTS,
          "range",
          Severity.ERROR,
          "A number is outside the minimum or maximum the AWS model states.",
          SOURCE);
  public static final Rule SIZE =
      Rule.of(
          Layer.CONSTRAINTS,
          "size",
          Severity.ERROR,
          "A string, list or map is shorter or longer than the AWS model allows.",
          SOURCE);
  public static final Rule PATTERN =
      Rule.of(
          Layer.CONSTRAINTS,
          "pattern",
          Severity.ERROR,
          "A string does not match the pattern the AWS model states.",
          SOURCE);
  public static final Rule ENUM =
      Rule.of(
          Layer.CONSTRAINTS,
          "enum",
          Severity.WARNING,
          "An enum value the AWS model this build read does not know (a newer MediaConvert may; the"
              + " model keeps it).",
          SOURCE);
  public static final Rule UNREADABLE =
      Rule.of(
          Layer.CONSTRAINTS,
          "unreadable",
          Severity.ERROR,
          "A value has a JSON type the model cannot read (an object where a list is expected,"
              + " a fraction for an integer, ...), so the typed checks cannot run.",
          SOURCE);

  public static final Rule NULL_ELEMENT =
      Rule.of(
          Layer.CONSTRAINTS,
          "null-element",
          Severity.ERROR,
          "An element of a list or a value of a map is null: the AWS model's lists and maps hold"
              + " values, never null (a null member is taken as absent, and is not a finding"
              + " unless the member is required).",
          SOURCE
              + "; Smithy 2.0 specification, aggregate types: lists and maps are dense unless"
              + " @sparse, which MediaConvert's model never is");

  public static final List<Rule> ALL =
      List.of(REQUIRED, RANGE, SIZE, PATTERN, ENUM, NULL_ELEMENT, UNREADABLE);

  private ConstraintRules() {}

  /**
   * The message of a missing required member; it names a field of the record that differs only in
   * case (real TagResource records write {@code Tags} where the model says {@code tags}).
   */
  static String requiredMessage(java.util.Collection<String> unknownFields, String jsonName) {
    for (String unknown : unknownFields) {
      if (unknown.equalsIgnoreCase(jsonName)) {
        return "the AWS model requires "
            + jsonName
            + "; the record has "
            + unknown
            + ", which differs only in case";
      }
    }
    return "the AWS model requires " + jsonName;
  }
}
