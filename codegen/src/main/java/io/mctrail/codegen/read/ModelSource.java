package io.mctrail.codegen.read;

import java.util.Objects;

/**
 * Where a service model was read from, so that what is generated from it can say so: the model file
 * a build was given ({@code -Dmctrail.model}), or the pinned model inside {@code
 * aws-java-sdk-models}; the file's format and the SHA-256 of its bytes.
 *
 * @param path the absolute path of the model file the build was given, or an empty string for the
 *     pinned model
 * @param description the model's origin for people: the path, or the pinned model's artifact and
 *     entry
 * @param format the file's format
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record ModelSource(
    String path, String description, ModelReader.Format format, String sha256) {

  public ModelSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** True for the pinned model: the build was given no model file. */
  public boolean pinned() {
    return path.isEmpty();
  }
}
