package io.mctrail.spark;

import io.mctrail.records.InputLimits;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import io.mctrail.validation.report.ItemCheck;
import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of the {@link CheckOptions} that executors need, small and serializable: the settings
 * the validator is built from. The validator itself is not shipped with the tasks: each executor
 * JVM builds one per settings, the first time a task asks for it, and its tasks share it (a {@link
 * Validator} is thread-safe and costly to build).
 */
record ScanSettings(Profile profile, boolean allSources) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The checks built in this JVM, by their settings. */
  private static final ConcurrentHashMap<ScanSettings, ItemCheck> CHECKS =
      new ConcurrentHashMap<>();

  /** This JVM's check of these settings, built on first use. */
  ItemCheck itemCheck() {
    return CHECKS.computeIfAbsent(
        this, s -> new ItemCheck(Validator.create(ValidatorConfig.of(s.profile)), s.allSources));
  }

  /** The limits records are cut within: the default record size, the validator's read limits. */
  InputLimits inputLimits() {
    return new InputLimits(
        InputLimits.DEFAULT.maxRecordBytes(),
        itemCheck().validator().config().readLimits().streamReadConstraints());
  }
}
