package io.mctrail.s3;

import java.io.IOException;

/**
 * An object that could not be read, with a message for a person that names it and says why (access
 * denied, gone, changed, S3 unreachable, a read that broke off and could not be resumed).
 */
public final class S3ReadException extends IOException {

  /**
   * The failure and what caused it.
   *
   * @param message what went wrong, naming the object
   * @param cause the failure underneath
   */
  public S3ReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
