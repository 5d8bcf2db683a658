package io.mctrail.validation.security;

import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.regex.Matcher;
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

  private static final Pattern ACCESS_KEY_ID =
      Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

  /** Runs of base64 characters; a secret key is one of exactly 40. */
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9/+]+");

  private static final int SECRET_KEY_LENGTH = 40;

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
    for (String side : List.of("requestParameters", "responseElements")) {
      PayloadStrings.walk(
          event.root().get(side),
          "/" + side,
          (pointer, member, value) -> {
            String what = credentialIn(value);
            if (what != null) {
              findings.add(
                  SecurityRules.ACCESS_KEY_IN_PAYLOAD,
                  pointer,
                  null,
                  "this value holds " + what,
                  "no AWS credentials",
                  null);
            }
          });
    }
  }

  /** What kind of AWS credential {@code text} holds, or {@code null}. */
  static String credentialIn(String text) {
    if (text.length() < 20) {
      return null; // shorter than an access key id: cannot hold either
    }
    if ((text.contains("AKIA") || text.contains("ASIA")) && ACCESS_KEY_ID.matcher(text).find()) {
      return "an AWS access key id";
    }
    if (text.length() < SECRET_KEY_LENGTH) {
      return null;
    }
    Matcher m = BASE64_RUN.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() == SECRET_KEY_LENGTH && looksRandom(m.group())) {
        return "a string shaped like an AWS secret access key";
      }
    }
    return null;
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
