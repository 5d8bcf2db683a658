package io.mctrail.cli;

import io.mctrail.records.DateWindow;
import io.mctrail.s3.S3ClientOptions;
import io.mctrail.s3.S3Input;
import io.mctrail.s3.S3Inputs;
import io.mctrail.s3.S3Listing;
import io.mctrail.s3.S3Location;
import io.mctrail.s3.S3Prefetch;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code s3://} arguments of a run: how to reach S3 ({@code --region}, {@code --endpoint-url},
 * {@code --aws-profile}), the window of {@code --since} and {@code --until}, and the reading of the
 * objects listed, {@value #READ_AHEAD} objects ahead of the latest one opened. The client is built
 * at the first {@code s3://} argument; a run without one never loads the AWS SDK.
 */
final class S3Arguments implements AutoCloseable {

  /** How many objects are read ahead of the latest one opened. */
  static final int READ_AHEAD = 8;

  /** How much of each object is read ahead: most CloudTrail log files are smaller. */
  static final int READ_AHEAD_BYTES = 1 << 20;

  private final S3ClientOptions options;
  private final DateWindow window;
  private final List<S3Input> order = new ArrayList<>();
  private S3Inputs s3;
  private S3Prefetch prefetch;

  S3Arguments(S3ClientOptions options, DateWindow window) {
    this.options = options;
    this.window = window;
  }

  /**
   * Lists {@code location}: its objects in key order, each a log file to read or a digest file to
   * count, and why it could not be listed, if so.
   */
  S3Listing list(S3Location location) {
    if (s3 == null) {
      s3 = S3Inputs.connect(options, InputFiles::wanted);
    }
    S3Listing listing = s3.list(List.of(location), window);
    order.addAll(listing.inputs());
    return listing;
  }

  /** Opens an object listed, from what was read ahead of it if it was. */
  InputStream open(S3Input object) throws IOException {
    S3Prefetch reads;
    synchronized (this) {
      if (prefetch == null) {
        prefetch = s3.prefetch(order, READ_AHEAD, READ_AHEAD_BYTES);
      }
      reads = prefetch;
    }
    return reads.open(object);
  }

  @Override
  public synchronized void close() {
    if (prefetch != null) {
      prefetch.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }
}
