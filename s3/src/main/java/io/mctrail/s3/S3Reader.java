package io.mctrail.s3;

import java.io.InputStream;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens objects as streams of their bytes: no temporary file, each byte once, a read cut mid-object
 * resumed where it broke. Safe to use from several threads, each reading its own streams.
 */
public final class S3Reader {

  private final S3Client client;
  private final S3Retries retries;

  /**
   * A reader through {@code client}, which it does not close.
   *
   * @param retries how often a cut read is resumed and how long to wait between tries; the client's
   *     own retry strategy handles each request
   */
  public S3Reader(S3Client client, S3Retries retries) {
    this.client = Objects.requireNonNull(client, "client");
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  /**
   * Opens {@code object} and returns its bytes, to be closed by the caller.
   *
   * @throws S3ReadException when the object cannot be read (access denied, gone, S3 unreachable);
   *     the stream throws it too when a cut read cannot be resumed
   */
  public InputStream open(S3Input object) throws S3ReadException {
    return ResumingObjectStream.open(client, object, retries);
  }
}
