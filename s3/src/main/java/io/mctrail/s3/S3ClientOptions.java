package io.mctrail.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach S3: {@code mctrail check}'s {@code --region}, {@code --endpoint-url} and {@code
 * --aws-profile}. What is not given comes from the AWS SDK's default chains: the credentials from
 * the environment ({@code AWS_ACCESS_KEY_ID}, ...), the shared files ({@code ~/.aws/credentials},
 * {@code ~/.aws/config}, {@code AWS_PROFILE}), a container's or an instance's role; the region from
 * {@code AWS_REGION}, the profile or the instance, else {@code us-east-1}, with requests to a
 * bucket of another region redirected there.
 *
 * @param region the region, or null for the default chain
 * @param endpoint an S3-compatible endpoint (MinIO, Ceph, LocalStack, ...) reached with path-style
 *     requests ({@code http://host:port/bucket/key}), or null for AWS
 * @param profile the named profile of the shared files for credentials and region, or null for the
 *     default chains
 * @param retries how requests are tried again
 */
public record S3ClientOptions(String region, URI endpoint, String profile, S3Retries retries) {

  /** Everything from the default chains, with the default retries. */
  public static final S3ClientOptions DEFAULT = new S3ClientOptions(null, null, null, null);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException for a blank region or profile, or an endpoint that is not an
   *     absolute http or https URL with a host
   */
  public S3ClientOptions {
    if (region != null && region.isBlank()) {
      throw new IllegalArgumentException("--region is empty: give a region such as eu-west-1");
    }
    if (profile != null && profile.isBlank()) {
      throw new IllegalArgumentException("--aws-profile is empty: give a profile's name");
    }
    if (endpoint != null) {
      checkEndpoint(endpoint);
    }
    retries = Objects.requireNonNullElse(retries, S3Retries.DEFAULT);
  }

  /**
   * The endpoint as written on the command line.
   *
   * @throws IllegalArgumentException when it is not an absolute http or https URL with a host
   */
  public static URI endpoint(String url) {
    try {
      return checkEndpoint(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--endpoint-url \""
              + url
              + "\" is not a URL ("
              + e.getReason()
              + "): give one such as http://127.0.0.1:9000",
          e);
    }
  }

  private static URI checkEndpoint(URI endpoint) {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme();
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "--endpoint-url \""
              + endpoint
              + "\" is not an http or https URL with a host, such as http://127.0.0.1:9000");
    }
    return endpoint;
  }

  /** These options with {@code region}. */
  public S3ClientOptions withRegion(String region) {
    return new S3ClientOptions(region, endpoint, profile, retries);
  }

  /** These options with {@code endpoint}. */
  public S3ClientOptions withEndpoint(URI endpoint) {
    return new S3ClientOptions(region, endpoint, profile, retries);
  }

  /** These options with {@code profile}. */
  public S3ClientOptions withProfile(String profile) {
    return new S3ClientOptions(region, endpoint, profile, retries);
  }

  /** These options with {@code retries}. */
  public S3ClientOptions withRetries(S3Retries retries) {
    return new S3ClientOptions(region, endpoint, profile, retries);
  }
}
