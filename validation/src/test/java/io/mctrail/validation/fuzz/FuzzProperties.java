package io.mctrail.validation.fuzz;

import io.mctrail.validation.Finding;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.ValidationResult;
import java.util.Set;
import java.util.stream.Collectors;

/** The property every fuzz target of the validator checks: whatever the input, a report. */
final class FuzzProperties {

  private static final Set<String> RULES =
      RuleCatalog.rules().stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());

  private FuzzProperties() {}

  /**
   * {@code result} is a report: not null, its findings each with a rule of the catalogue, a
   * severity, a JSON Pointer and a message; and no check failed (a {@code syntax.check-failed}
   * finding is the validator catching a defect of its own).
   */
  static void assertIsReport(ValidationResult result) {
    check(result != null, "no result");
    check(result.findings() != null, "no findings list");
    for (Finding f : result.findings()) {
      check(f.rule() != null && RULES.contains(f.rule()), "rule not in the catalogue: " + f.rule());
      check(f.severity() != null, "no severity: " + f);
      check(f.message() != null, "no message: " + f);
      check(isPointer(f.pointer()), "not a JSON Pointer: " + f.pointer());
      check(f.relatedPointer() == null || isPointer(f.relatedPointer()), "bad related: " + f);
      check(!f.rule().equals("syntax.check-failed"), "a check failed: " + f.message());
    }
  }

  /** RFC 6901: empty, or reference tokens each after a {@code /}, {@code ~} only as ~0 or ~1. */
  static boolean isPointer(String p) {
    if (p == null) {
      return false;
    }
    if (p.isEmpty()) {
      return true;
    }
    if (p.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == '~'
          && (i + 1 == p.length() || (p.charAt(i + 1) != '0' && p.charAt(i + 1) != '1'))) {
        return false;
      }
    }
    return true;
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
