package io.mctrail.s3;

/**
 * One object to read, as the listing found it.
 *
 * @param bucket its bucket
 * @param key its key
 * @param size its size in bytes, as listed
 */
public record S3Input(String bucket, String key, long size) {

  /** The object's name as reports give it: {@code s3://bucket/key}. */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }

  /** The object's name: {@code s3://bucket/key}. */
  @Override
  public String toString() {
    return uri();
  }
}
