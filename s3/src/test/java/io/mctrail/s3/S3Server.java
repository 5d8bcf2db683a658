package io.mctrail.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: s3proxy in this JVM on 127.0.0.1, on a port it picks,
 * storing its buckets as files under a folder of the test's, with SigV4 authentication and the
 * dummy credentials the build sets ({@value #ACCESS_KEY}). Nothing reaches AWS.
 */
public final class S3Server implements AutoCloseable {

  /** The access key id the server accepts, which the build sets as {@code aws.accessKeyId}. */
  public static final String ACCESS_KEY = "test-access-key";

  /** The secret key the server accepts, which the build sets as {@code aws.secretAccessKey}. */
  public static final String SECRET_KEY = "test-secret-key";

  private final S3Proxy proxy;
  private final S3Client client;

  private S3Server(S3Proxy proxy) {
    this.proxy = proxy;
    this.client = S3Clients.create(options(endpoint(), S3Retries.DEFAULT));
  }

  /** Starts a server storing its buckets under {@code folder}. */
  public static S3Server start(Path folder) {
    try {
      Path store = Files.createDirectories(folder.resolve("s3proxy"));
      S3Proxy proxy =
          S3Proxy.builder()
              .blobStore(new FilesystemNio2BlobStore(store.toString()))
              .endpoint(URI.create("http://127.0.0.1:0"))
              .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
              .build();
      proxy.start();
      while (!"STARTED".equals(proxy.getState())) {
        Thread.sleep(5);
      }
      return new S3Server(proxy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("s3proxy did not start", e);
    }
  }

  /** The server's own address. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** A client straight to the server, to set up buckets. */
  public S3Client admin() {
    return client;
  }

  /**
   * Options that reach {@code endpoint} (the server, or a proxy in front of it); the credentials
   * are the server's, from the default chain: the build sets them as the system properties {@code
   * aws.accessKeyId} and {@code aws.secretAccessKey}, so no test depends on the machine's AWS
   * configuration.
   */
  public static S3ClientOptions options(URI endpoint, S3Retries retries) {
    return new S3ClientOptions("us-east-1", endpoint, null, retries);
  }

  /** Creates {@code bucket}. */
  public void createBucket(String bucket) {
    client.createBucket(b -> b.bucket(bucket));
  }

  /** Stores {@code content} as {@code bucket}/{@code key}. */
  public void put(String bucket, String key, byte[] content) {
    client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
  }

  /** Stops the server. */
  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
  }
}
