package io.mctrail.validation.envelope;

/**
 * The parts of an Amazon Resource Name that the envelope compares: {@code
 * arn:partition:service:region:account-id:resource}.
 *
 * @param partition aws, aws-cn, aws-us-gov, ...
 * @param service the service namespace, for example {@code mediaconvert} or {@code iam}
 * @param region the region, empty for global services such as IAM
 * @param account the account id, empty for some resources (S3 buckets, AWS-managed policies use
 *     "aws")
 * @param resource the rest
 */
record Arn(String partition, String service, String region, String account, String resource) {

  /** MediaConvert's service namespace in ARNs. */
  static final String MEDIACONVERT = "mediaconvert";

  /** The ARN {@code text} holds, or {@code null} when it is not one. */
  static Arn parse(String text) {
    if (text == null || !text.startsWith("arn:")) {
      return null;
    }
    String[] parts = text.split(":", 6);
    if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty()) {
      return null;
    }
    return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
  }

  boolean isMediaConvert() {
    return MEDIACONVERT.equals(service);
  }

  /** True when the account part is a 12-digit account id (not empty, not "aws"). */
  boolean hasAccountId() {
    return Forms.isAccountId(account);
  }
}
