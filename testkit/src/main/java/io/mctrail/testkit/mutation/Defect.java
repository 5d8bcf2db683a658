package io.mctrail.testkit.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * What an injection did: the findings it expects, the profile they are for, and, when the defect is
 * not JSON, the bytes of the broken record.
 */
final class Defect {

  private final List<ExpectedFinding> expected = new ArrayList<>();
  private ValidationProfile profile = ValidationProfile.DEFAULT;
  private byte[] bytes;
  private String detail;

  /** A finding the validator must report. */
  Defect expect(String rule, String pointer) {
    expected.add(new ExpectedFinding(rule, pointer));
    return this;
  }

  /** A finding at {@code site} and, when the response echoes it, at the echo. */
  Defect expectWithEcho(String rule, Site site) {
    expect(rule, site.pointer());
    if (site.echo() != null) {
      expect(rule, site.echo());
    }
    return this;
  }

  /** The findings are the strict profile's. */
  Defect strict() {
    profile = ValidationProfile.STRICT;
    return this;
  }

  /** The record is these bytes, not the changed tree. */
  Defect bytes(byte[] bytes) {
    this.bytes = bytes;
    return this;
  }

  /** What was done, in words, added to the mutation's description. */
  Defect detail(String detail) {
    this.detail = detail;
    return this;
  }

  List<ExpectedFinding> expected() {
    return expected;
  }

  ValidationProfile profile() {
    return profile;
  }

  byte[] bytes() {
    return bytes;
  }

  String detail() {
    return detail;
  }
}
