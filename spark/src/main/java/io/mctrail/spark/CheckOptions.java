package io.mctrail.spark;

import io.mctrail.records.DateWindow;
import io.mctrail.validation.Profile;
import java.util.Objects;

/**
 * How an archive is checked: the validator's profile, whether other services' records are checked
 * too, and the window of days whose log files are read.
 *
 * @param profile the validator's profile ({@link Profile#DEFAULT} as {@code mctrail check})
 * @param allSources whether records of other services than MediaConvert are checked too (their
 *     envelope), rather than counted and skipped
 * @param window which log files are read, by the day folder of CloudTrail's layout and the time in
 *     their names; {@link DateWindow#ALL} for every file
 */
public record CheckOptions(Profile profile, boolean allSources, DateWindow window) {

  /** The defaults of {@code mctrail check}: the default profile, MediaConvert only, every file. */
  public static final CheckOptions DEFAULT =
      new CheckOptions(Profile.DEFAULT, false, DateWindow.ALL);

  /** Checks that nothing is missing. */
  public CheckOptions {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(window, "window");
  }

  /** These options with {@code profile}. */
  public CheckOptions withProfile(Profile profile) {
    return new CheckOptions(profile, allSources, window);
  }

  /** These options, checking other services' records too or not. */
  public CheckOptions withAllSources(boolean allSources) {
    return new CheckOptions(profile, allSources, window);
  }

  /** These options with {@code window}. */
  public CheckOptions withWindow(DateWindow window) {
    return new CheckOptions(profile, allSources, window);
  }

  /** What an executor needs of them. */
  ScanSettings scanSettings() {
    return new ScanSettings(profile, allSources);
  }
}
