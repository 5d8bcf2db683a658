package io.mctrail.s3;

import java.time.Duration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How often and how patiently a request to S3 is tried: every request (a listing page, the start of
 * a read) on throttling ({@code 503 SlowDown}), on a 500 and on a failed connection, and every
 * resumption of a read cut mid-object, with exponential backoff and full jitter between tries.
 *
 * @param maxAttempts the most tries of one request, the first included; for a read cut mid-object,
 *     the most tries in a row that read no byte
 * @param baseDelay the delay before the second try, doubled for each later one (then jittered)
 * @param maxDelay the longest delay between two tries
 */
public record S3Retries(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /** Eight tries, from 100 ms up to 20 s apart. */
  public static final S3Retries DEFAULT =
      new S3Retries(8, Duration.ofMillis(100), Duration.ofSeconds(20));

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException for fewer than one attempt or a negative or inverted delay
   */
  public S3Retries {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more, not " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "the delays must be 0 or more, the base no longer than the most: "
              + baseDelay
              + ", "
              + maxDelay);
    }
  }

  /** Exponential backoff with full jitter, as the AWS SDK computes it. */
  BackoffStrategy backoff() {
    return baseDelay.isZero()
        ? BackoffStrategy.retryImmediately()
        : BackoffStrategy.exponentialDelay(baseDelay, maxDelay);
  }
}
