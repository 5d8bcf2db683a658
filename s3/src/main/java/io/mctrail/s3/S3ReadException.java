package io.mctrail.s3;

import java.io.IOException;

/**
 * An object that could not be read (access denied, gone, changed, S3 unreachable, a read that broke
 * off and could not be resumed); its message names the object and says why.
 */
public final class S3ReadException extends IOException {

  private final String reason;

  /**
   * The failure to read {@code object}.
   *
   * @param object the object
   * @param reason why, for a person to read, without the object's name
   * @param cause the failure underneath
   */
  public S3ReadException(S3Input object, String reason, Throwable cause) {
    super(object.uri() + ": " + reason, cause);
    this.reason = reason;
  }

  /** Why the object could not be read, without its name. */
  public String reason() {
    return reason;
  }
}
