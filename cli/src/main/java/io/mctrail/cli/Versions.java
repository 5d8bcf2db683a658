package io.mctrail.cli;

import io.mctrail.model.McTrailBuild;
import picocli.CommandLine;

/**
 * The version printed by {@code --version}: mctrail's, the commit it was built from and the AWS
 * model the build read, all written by the generator at build time.
 */
final class Versions implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "mctrail " + McTrailBuild.VERSION,
      "commit: " + McTrailBuild.COMMIT,
      "the MediaConvert model this build read: " + McTrailBuild.model()
    };
  }
}
