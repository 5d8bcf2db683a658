package io.mctrail.s3;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** What an S3 failure means, in a line for a person to read. */
final class S3Errors {

  private S3Errors() {}

  static String describe(SdkException e) {
    if (e instanceof AwsServiceException s) {
      int status = s.statusCode();
      String code = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode();
      String what = code == null ? "HTTP " + status : code + ", HTTP " + status;
      if (status == 403 || "AccessDenied".equals(code)) {
        return "access denied (" + what + "): check the credentials and the bucket's policy";
      }
      if ("NoSuchBucket".equals(code)) {
        return "no such bucket (" + what + ")";
      }
      if ("NoSuchKey".equals(code) || status == 404) {
        return "no such object, perhaps deleted since it was listed (" + what + ")";
      }
      if (status == 301 || "PermanentRedirect".equals(code)) {
        return "the bucket is in another region (" + what + "): give its region with --region";
      }
      if (status == 412) {
        return "the object changed while it was being read (" + what + ")";
      }
      String message = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorMessage();
      return "S3 answered " + what + (message == null ? "" : ": " + message);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // No answer from S3: unreachable, timed out, or no credentials to sign the request with.
    return "no request to S3 succeeded: " + message;
  }
}
