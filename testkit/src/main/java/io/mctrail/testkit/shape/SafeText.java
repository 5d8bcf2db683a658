package io.mctrail.testkit.shape;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that no reader of a CloudTrail log would take for a credential. A generator of valid values
 * draws strings from the model's patterns, and a pattern such as {@code ^https?://[^\/].*[^&]$}
 * admits {@code http://user:pw@host} or a query with a signature; those are values MediaConvert
 * accepts but a log must not hold, so the testkit never generates them as valid values (the
 * mutations put them in on purpose).
 */
public final class SafeText {

  /** An access key id: AKIA (long-term) or ASIA (temporary) and 16 more characters. */
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");

  /** A run of base64 characters; one of 40 may be taken for a secret access key. */
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9/+]+");

  private static final int SECRET_KEY_LENGTH = 40;

  private SafeText() {}

  /**
   * True unless {@code text} holds a URL with a user part or a query, an access key id, or a run of
   * exactly 40 base64 characters.
   */
  public static boolean isSafe(String text) {
    int scheme = text.indexOf("://");
    if (scheme >= 0 && (text.indexOf('@', scheme) >= 0 || text.indexOf('?', scheme) >= 0)) {
      return false;
    }
    if (ACCESS_KEY_ID.matcher(text).find()) {
      return false;
    }
    if (text.length() >= SECRET_KEY_LENGTH) {
      Matcher m = BASE64_RUN.matcher(text);
      while (m.find()) {
        if (m.end() - m.start() == SECRET_KEY_LENGTH) {
          return false;
        }
      }
    }
    return true;
  }
}
