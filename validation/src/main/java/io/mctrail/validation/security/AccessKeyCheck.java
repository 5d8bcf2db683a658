package io.mctrail.validation.security;

import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * AWS credentials pasted into a MediaConvert record's payloads. MediaConvert's API takes no
 * credentials (the service acts with the job's IAM role), so an access key id or a secret access
 * key in a setting, a URL or user metadata was put there by mistake. Only MediaConvert records are
 * searched: STS and other services return credentials by design, and CloudTrail records the
 * caller's access key id in {@code userIdentity}, which is not a payload.
 *
 * <p>An access key id is {@code AKIA} (long-term) or {@code ASIA} (temporary) and 16 more uppercase
 * letters or digits. A secret access key is 40 base64 characters; since paths and names of that
 * length exist, one counts only when it mixes upper and lower case and digits and is as varied as
 * random text (Shannon entropy of at least {@value #MIN_ENTROPY} bits a character, which 99% of
 * random keys reach and names and paths do not).
 */
public final class AccessKeyCheck implements Check {

  /** An access key id, as a regular expression: the reference of {@link #hasAccessKeyId}. */
  static final Pattern ACCESS_KEY_ID =
      Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

  private static final int SECRET_KEY_LENGTH = 40;

  /** The length of an access key id: no shorter string holds a credential. */
  private static final int MIN_LENGTH = 20;

  static final double MIN_ENTROPY = 4.5;

  private static final List<Rule> RULES = List.of(SecurityRules.ACCESS_KEY_IN_PAYLOAD);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    if (!event.isMediaConvert()) {
      return;
    }
    for (EventContext.PayloadString string : event.payloadStrings()) {
      String what = string.value().length() < MIN_LENGTH ? null : credentialIn(string.value());
      if (what != null) {
        findings.add(
            SecurityRules.ACCESS_KEY_IN_PAYLOAD,
            string.path().pointer(),
            null,
            "this value holds " + what,
            "no AWS credentials",
            null);
      }
    }
  }

  /** What kind of AWS credential {@code text} holds, or {@code null}. */
  static String credentialIn(String text) {
    if (text.length() < MIN_LENGTH) {
      return null; // shorter than an access key id: cannot hold either
    }
    if (hasAccessKeyId(text)) {
      return "an AWS access key id";
    }
    if (text.length() < SECRET_KEY_LENGTH) {
      return null;
    }
    // Maximal runs of base64 characters; a secret key is one of exactly 40.
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean base64 = i < text.length() && isBase64(text.charAt(i));
      if (base64 && start < 0) {
        start = i;
      } else if (!base64 && start >= 0) {
        if (i - start == SECRET_KEY_LENGTH && looksRandom(text.substring(start, i))) {
          return "a string shaped like an AWS secret access key";
        }
        start = -1;
      }
    }
    return null;
  }

  /**
   * True when {@code text} holds an access key id: {@code AKIA} or {@code ASIA} and 16 more
   * uppercase letters or digits, not inside a longer run of them ({@link #ACCESS_KEY_ID}, without
   * running a regular expression over every string).
   */
  static boolean hasAccessKeyId(String text) {
    for (int i = text.indexOf('A');
        i >= 0 && i + 20 <= text.length();
        i = text.indexOf('A', i + 1)) {
      if ((text.startsWith("AKIA", i) || text.startsWith("ASIA", i))
          && (i == 0 || !isUpperOrDigit(text.charAt(i - 1)))
          && (i + 20 == text.length() || !isUpperOrDigit(text.charAt(i + 20)))
          && allUpperOrDigit(text, i + 4, i + 20)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUpperOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isUpperOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '/'
        || c == '+';
  }

  static boolean looksRandom(String s) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    int[] counts = new int[128];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      digit |= Character.isDigit(c);
      counts[c & 127]++;
    }
    if (!(upper && lower && digit)) {
      return false;
    }
    double entropy = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / s.length();
        entropy -= p * (Math.log(p) / Math.log(2));
      }
    }
    return entropy >= MIN_ENTROPY;
  }
}
