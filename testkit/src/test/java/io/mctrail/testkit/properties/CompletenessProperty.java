package io.mctrail.testkit.properties;

import io.mctrail.testkit.mutation.DefectiveEvent;
import io.mctrail.testkit.mutation.ExpectedFinding;
import io.mctrail.testkit.mutation.Mutation;
import io.mctrail.testkit.mutation.Mutations;
import io.mctrail.testkit.mutation.ValidationProfile;
import io.mctrail.testkit.property.PropertyCheck;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completeness: for every mutation, the validator reports each finding the defect must give (rule
 * and pointer), and no error other than those.
 */
class CompletenessProperty {

  static Stream<Mutation> mutations() {
    return Mutations.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void eachDefectGivesItsFindingAndNoOtherError(Mutation mutation) {
    PropertyCheck.forAll("completeness of " + mutation.name(), mutation.defects())
        .cases(20)
        .check(CompletenessProperty::reportsExactlyTheDefect);
  }

  static void reportsExactlyTheDefect(DefectiveEvent defect) {
    Validator validator =
        defect.profile() == ValidationProfile.STRICT ? Validators.STRICT : Validators.DEFAULT;
    List<Finding> findings = validator.validate(defect.bytes()).findings();
    List<String> missing = new ArrayList<>();
    for (ExpectedFinding expected : defect.expected()) {
      if (findings.stream().noneMatch(f -> matches(f, expected))) {
        missing.add(expected.toString());
      }
    }
    List<Finding> unexpected =
        findings.stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .filter(f -> defect.expected().stream().noneMatch(x -> matches(f, x)))
            .toList();
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      throw new AssertionError(
          Validators.describe(
                  defect.mutation() + ": missing " + missing + ", other errors", unexpected)
              + "\nall findings:"
              + findings.stream()
                  .map(f -> "\n  " + f.severity() + " " + f.rule() + " " + f.pointer())
                  .reduce("", String::concat));
    }
  }

  private static boolean matches(Finding f, ExpectedFinding expected) {
    return f.rule().equals(expected.rule()) && f.pointer().equals(expected.pointer());
  }
}
