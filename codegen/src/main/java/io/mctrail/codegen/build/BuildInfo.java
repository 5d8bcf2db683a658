package io.mctrail.codegen.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which build of mctrail this is, written into the model by the generator so that nobody has to
 * keep it up to date by hand: the project's version and home page, and the commit it was built
 * from. The model the build read is {@code MediaConvertModelInfo}'s to say.
 *
 * @param version the project's version, for example {@code 0.1.0-SNAPSHOT}
 * @param url the project's home page (the parent pom's {@code <url>}), or {@code ""} when it has
 *     none
 * @param commit the commit of the checkout, from git at build time, or {@code unknown}
 */
public record BuildInfo(String version, String url, String commit) {

  /** Checks that every text is given. */
  public BuildInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(commit, "commit");
  }

  /**
   * The build of {@code version} with home page {@code url} (blank, {@code null} or a Maven
   * expression left unresolved when there is none) in the checkout at {@code checkout}.
   */
  public static BuildInfo of(String version, String url, Path checkout) {
    String home = url == null || url.isBlank() || url.startsWith("${") ? "" : url.strip();
    return new BuildInfo(version, home, GitCommit.of(checkout));
  }
}
