package io.mctrail.cli;

import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's, and the AWS model it was built from. */
final class Versions implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return new String[] {
      "mctrail " + (version == null ? "(development build)" : version),
      "MediaConvert model "
          + MediaConvertModelInfo.apiVersion()
          + " ("
          + MediaConvertModelInfo.format()
          + "): "
          + MediaConvertModelInfo.description()
    };
  }
}
