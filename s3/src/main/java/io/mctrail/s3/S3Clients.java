package io.mctrail.s3;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the S3 client {@link S3ClientOptions} describe, on the JDK's HTTP client. */
public final class S3Clients {

  /** The region when no option, variable, profile or instance gives one. */
  static final Region FALLBACK_REGION = Region.US_EAST_1;

  private S3Clients() {}

  /**
   * A client for {@code options}; the caller closes it. Nothing is sent until it is used: a missing
   * credential or an unreachable endpoint fails the first request.
   */
  public static S3Client create(S3ClientOptions options) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(60)))
            .credentialsProvider(credentials(options))
            .region(region(options))
            .overrideConfiguration(c -> c.retryStrategy(retryStrategy(options.retries())))
            // A read may be resumed with a ranged GET, which has no whole-object checksum.
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
    if (options.endpoint() != null) {
      builder.endpointOverride(options.endpoint()).forcePathStyle(true);
    } else {
      builder.crossRegionAccessEnabled(true);
    }
    return builder.build();
  }

  /** The SDK's standard strategy (throttling, 5xx, I/O errors) with these tries and delays. */
  static RetryStrategy retryStrategy(S3Retries retries) {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(retries.maxAttempts())
        .backoffStrategy(retries.backoff())
        .throttlingBackoffStrategy(retries.backoff())
        // Every request gets its tries: a long run against a throttling bucket must not start
        // failing fast once a shared budget of retries is spent.
        .circuitBreakerEnabled(false)
        .build();
  }

  private static AwsCredentialsProvider credentials(S3ClientOptions options) {
    return options.profile() != null
        ? ProfileCredentialsProvider.create(options.profile())
        : DefaultCredentialsProvider.builder().build();
  }

  private static Region region(S3ClientOptions options) {
    if (options.region() != null) {
      return Region.of(options.region());
    }
    try {
      return options.profile() != null
          ? new AwsProfileRegionProvider(ProfileFileSupplier.defaultSupplier(), options.profile())
              .getRegion()
          : new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      return FALLBACK_REGION;
    }
  }
}
