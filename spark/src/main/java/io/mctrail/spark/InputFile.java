package io.mctrail.spark;

import java.io.Serializable;

/**
 * One input of an archive as listed on the driver: a file to read, or a path that could not be
 * listed, whose problem becomes its finding.
 *
 * @param path the file's fully qualified path ({@code s3://bucket/key}, {@code file:/data/x.json})
 * @param length its length in bytes, or 0 for a problem
 * @param problem why the path could not be listed, or {@code null} for a file to read
 */
record InputFile(String path, long length, String problem) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A file to read. */
  static InputFile file(String path, long length) {
    return new InputFile(path, length, null);
  }

  /** A path that could not be listed, and why. */
  static InputFile problem(String path, String problem) {
    return new InputFile(path, 0, problem);
  }
}
