package io.mctrail.cli;

import io.mctrail.model.McTrailBuild;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import picocli.CommandLine;

/**
 * The version printed by {@code --version}: mctrail's, the commit it was built from and the AWS
 * model the build read, all written by the generator at build time.
 */
final class Versions implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "mctrail " + McTrailBuild.version(),
      "commit: " + McTrailBuild.commit(),
      "the MediaConvert model this build read: " + MediaConvertModelInfo.description(),
      "  "
          + MediaConvertModelInfo.format()
          + ", API "
          + MediaConvertModelInfo.apiVersion()
          + ", "
          + MediaConvertModelInfo.shapes()
          + " shapes, "
          + MediaConvertModelInfo.operations()
          + " operations, SHA-256 "
          + MediaConvertModelInfo.sha256()
    };
  }
}
