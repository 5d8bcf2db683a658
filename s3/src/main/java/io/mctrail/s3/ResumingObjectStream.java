package io.mctrail.s3;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An object's bytes, each once and in order, from a GET that is resumed where it broke: when the
 * connection fails or ends before the object's last byte, the stream waits (exponential backoff,
 * full jitter) and asks for the rest with a ranged GET ({@code Range: bytes=N-}) of the same
 * version ({@code If-Match} its ETag), up to {@link S3Retries#maxAttempts()} tries in a row that
 * read nothing. The client's retry strategy handles throttling and 5xx answers to each GET. Not for
 * use by several threads at once.
 */
final class ResumingObjectStream extends InputStream {

  private final S3Client client;
  private final S3Input object;
  private final S3Retries retries;
  private ResponseInputStream<GetObjectResponse> body;
  private String eTag;
  private long length;
  private long position;
  private int resumptions;
  private boolean closed;

  private ResumingObjectStream(S3Client client, S3Input object, S3Retries retries) {
    this.client = client;
    this.object = object;
    this.retries = retries;
    this.length = object.size();
  }

  /** Opens {@code object}: its first GET, so that a missing or forbidden object fails here. */
  static ResumingObjectStream open(S3Client client, S3Input object, S3Retries retries)
      throws S3ReadException {
    ResumingObjectStream stream = new ResumingObjectStream(client, object, retries);
    stream.body = stream.get();
    return stream;
  }

  /** How many times the read was resumed with a ranged GET. */
  int resumptions() {
    return resumptions;
  }

  private ResponseInputStream<GetObjectResponse> get() throws S3ReadException {
    GetObjectRequest.Builder request =
        GetObjectRequest.builder().bucket(object.bucket()).key(object.key());
    if (position > 0) {
      request.range("bytes=" + position + "-");
    }
    if (eTag != null) {
      request.ifMatch(eTag);
    }
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = client.getObject(request.build());
    } catch (SdkException e) {
      throw new S3ReadException(
          object,
          S3Errors.describe(e)
              + (position > 0 ? " (resuming at byte " + position + " of " + length + ")" : ""),
          e);
    }
    GetObjectResponse response = in.response();
    if (eTag == null) {
      eTag = response.eTag();
    }
    long total = total(response);
    if (total >= 0) {
      length = total;
    }
    return in;
  }

  /** The object's size as a response gives it: its Content-Range's total, else its length. */
  private long total(GetObjectResponse response) {
    String range = response.contentRange();
    if (range != null) {
      int slash = range.lastIndexOf('/');
      try {
        return Long.parseLong(range.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    if (position == 0 && response.contentLength() != null) {
      return response.contentLength();
    }
    return -1;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException(object.uri() + ": the stream is closed");
    }
    if (len == 0) {
      return 0;
    }
    if (length >= 0 && position >= length) {
      return -1;
    }
    int failures = 0;
    while (true) {
      Exception cause;
      try {
        int n = body.read(b, off, len);
        if (n > 0) {
          position += n;
          return n;
        }
        if (n < 0 && length < 0) {
          return -1; // no size known: the end of the body is the end of the object
        }
        cause = new EOFException("the connection ended at byte " + position + " of " + length);
      } catch (IOException | UncheckedIOException | SdkException e) {
        cause = e;
      }
      failures++;
      if (failures >= retries.maxAttempts()) {
        throw new S3ReadException(
            object,
            "the read broke off at byte "
                + position
                + " of "
                + length
                + " and "
                + failures
                + " tries in a row read nothing more (last: "
                + cause.getMessage()
                + ")",
            cause);
      }
      body.abort();
      pause(retries.backoff().computeDelay(failures));
      body = get();
      resumptions++;
    }
  }

  private void pause(Duration delay) throws InterruptedIOException {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(object.uri() + ": interrupted while waiting to resume");
    }
  }

  /** Closes the connection; one not read to its end is aborted rather than drained. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (length < 0 || position < length) {
      body.abort();
    }
    body.close();
  }
}
