package io.mctrail.s3;

import io.mctrail.records.DateWindow;
import java.io.Closeable;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code s3://} inputs in one place: a client built from options, the listing of locations and the
 * reading of the objects found. Safe to use from several threads; close it when done.
 *
 * <pre>{@code
 * try (S3Inputs s3 = S3Inputs.connect(S3ClientOptions.DEFAULT.withRegion("eu-west-1"), k -> true)) {
 *   S3Listing listing =
 *       s3.list(List.of(S3Location.parse("s3://trail-bucket")), DateWindow.parse("2026-11-30", null));
 *   for (S3Input object : listing.inputs()) {
 *     try (InputStream in = s3.open(object)) {
 *       // one object's bytes, resumed where a connection broke
 *     }
 *   }
 * }
 * }</pre>
 */
public final class S3Inputs implements Closeable {

  private final S3Client client;
  private final S3Lister lister;
  private final S3Reader reader;

  private S3Inputs(S3Client client, S3Retries retries, Predicate<String> wanted) {
    this.client = client;
    this.lister = new S3Lister(client, wanted);
    this.reader = new S3Reader(client, retries);
  }

  /**
   * Inputs read through a client built from {@code options}.
   *
   * @param wanted which objects of a listing to read, by key relative to the location's folder; an
   *     object a location names exactly is read whatever its name
   */
  public static S3Inputs connect(S3ClientOptions options, Predicate<String> wanted) {
    return new S3Inputs(S3Clients.create(options), options.retries(), wanted);
  }

  /** Lists {@code locations} in {@code window}: see {@link S3Lister#list}. */
  public S3Listing list(List<S3Location> locations, DateWindow window) {
    return lister.list(locations, window);
  }

  /**
   * Opens one object: see {@link S3Reader#open}.
   *
   * @throws S3ReadException when it cannot be read
   */
  public InputStream open(S3Input object) throws S3ReadException {
    return reader.open(object);
  }

  /**
   * A read-ahead of {@code order}: see {@link S3Prefetch}.
   *
   * @param ahead how many objects to open ahead of the latest one opened
   * @param headBytes how many bytes of each to read ahead
   */
  public S3Prefetch prefetch(List<S3Input> order, int ahead, int headBytes) {
    return new S3Prefetch(reader, order, ahead, headBytes);
  }

  /** Closes the client. */
  @Override
  public void close() {
    client.close();
  }
}
