package io.mctrail.validation.security;

import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.Set;

/**
 * URLs that carry credentials, in the payloads of any record. MediaConvert takes HTTP(S) inputs,
 * and a presigned S3 URL or a URL with a password given as {@code fileInput} lands in the log as it
 * was sent: CloudTrail does not redact it. The finding names what kind of credential the URL
 * carries and points at the string; it never quotes the URL.
 */
public final class CredentialsInUrlCheck implements Check {

  private static final List<Rule> RULES = List.of(SecurityRules.CREDENTIALS_IN_URL);

  /** The shortest string holding a URL at all: a scheme letter, {@code ://} and one character. */
  private static final int MIN_LENGTH = 5;

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    for (EventContext.PayloadString string : event.payloadStrings()) {
      if (string.value().length() < MIN_LENGTH) {
        continue;
      }
      Set<String> found = UrlCredentials.find(string.value());
      if (!found.isEmpty()) {
        findings.add(
            SecurityRules.CREDENTIALS_IN_URL,
            string.path().pointer(),
            null,
            "a URL carries credentials (" + String.join(", ", found) + ")",
            "a URL without credentials",
            null);
      }
    }
  }
}
