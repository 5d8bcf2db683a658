package io.mctrail.s3;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place in S3 to read from, parsed from {@code s3://bucket} or {@code s3://bucket/prefix}: every
 * object under {@code prefix}, taken as a folder ({@code s3://b/AWSLogs} is the folder {@code
 * AWSLogs/}, not {@code AWSLogs-old/}), or the one object whose key it is.
 *
 * @param bucket the bucket's name
 * @param prefix the key prefix, without a leading slash; empty for the whole bucket
 */
public record S3Location(String bucket, String prefix) {

  private static final String SCHEME = "s3://";

  /**
   * S3's rules for a bucket name, general-purpose and directory buckets alike: 3 to 63 lower-case
   * letters, digits, dots and hyphens, beginning and ending with a letter or digit.
   */
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when the bucket is not a valid bucket name or the prefix
   *     starts with a slash
   */
  public S3Location {
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "\""
              + bucket
              + "\" is not a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens");
    }
    if (prefix == null) {
      prefix = "";
    }
    if (prefix.startsWith("/")) {
      throw new IllegalArgumentException(
          "the key prefix \"" + prefix + "\" starts with a slash; write s3://" + bucket + "/...");
    }
  }

  /** Whether {@code arg} names an S3 location (it begins with {@code s3://}, in any case). */
  public static boolean isS3(String arg) {
    return arg != null && arg.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /**
   * Parses {@code s3://bucket} or {@code s3://bucket/prefix}.
   *
   * @throws IllegalArgumentException with a message that says what is wrong, for anything else
   */
  public static S3Location parse(String uri) {
    if (!isS3(uri)) {
      throw new IllegalArgumentException(
          "\"" + uri + "\" is not an S3 location: write s3://bucket or s3://bucket/prefix");
    }
    String rest = uri.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException(
          "\"" + uri + "\" names no bucket: write s3://bucket or s3://bucket/prefix");
    }
    if (!bucket.equals(bucket.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "\"" + uri + "\": bucket names are lower case (\"" + bucket + "\")");
    }
    try {
      return new S3Location(bucket, prefix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + uri + "\": " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code key} is under this location: the prefix is empty or ends with a slash and the
   * key begins with it, the key is the prefix, or the key begins with the prefix and a slash.
   */
  public boolean contains(String key) {
    if (prefix.isEmpty() || prefix.endsWith("/")) {
      return key.startsWith(prefix);
    }
    return key.equals(prefix)
        || (key.length() > prefix.length()
            && key.startsWith(prefix)
            && key.charAt(prefix.length()) == '/');
  }

  /** The prefix as a folder: empty, or ending with a slash. */
  String folder() {
    return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** {@code s3://bucket/key} for an object of this location's bucket. */
  public String uri(String key) {
    return SCHEME + bucket + "/" + key;
  }

  /** The location as written: {@code s3://bucket/prefix}. */
  @Override
  public String toString() {
    return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }
}
