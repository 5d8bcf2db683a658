package io.mctrail.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's, and the AWS model it was built from. */
final class Versions implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return new String[] {
      "mctrail " + (version == null ? "(development build)" : version),
      "MediaConvert model: the pinned AWS model (com.amazonaws:aws-java-sdk-models) at build time"
    };
  }
}
