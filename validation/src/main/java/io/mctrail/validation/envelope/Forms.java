package io.mctrail.validation.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.runtime.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The textual forms of the CloudTrail envelope's fields: versions, times, ids, account ids,
 * regions, and source addresses. Pure functions, no lookups (an address is never resolved).
 */
final class Forms {

  private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})");
  static final Pattern ISO_UTC =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
  static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Twelve ASCII digits: the reference of {@link #isAccountId}. */
  static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  /**
   * Two lowercase letters, one or more words, and a number: us-west-2, eu-central-1, us-gov-west-1,
   * cn-north-1, us-isob-east-1. The anonymisers' "us-north-2r" is not one.
   */
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  /** The DNS name of an AWS service calling on a user's behalf, for example ec2.amazonaws.com. */
  private static final Pattern SERVICE_HOST =
      Pattern.compile("([a-z0-9][a-z0-9-]*\\.)+amazonaws\\.com(\\.cn)?");

  /** What CloudTrail writes as the source of calls AWS makes internally. */
  static final String AWS_INTERNAL = "AWS Internal";

  /** The newest eventVersion the model knows is 1.11 (major 1, minor 11). */
  static final int KNOWN_MAJOR = 1;

  static final int KNOWN_MINOR = 11;

  private Forms() {}

  /** The most characters of a value a finding quotes. */
  private static final int SHOWN = 80;

  /**
   * A value as a finding quotes it: a string or a number as it is (cut after a few dozen
   * characters), an object or an array by its type only. Only for envelope fields, which hold no
   * secrets.
   */
  static String shown(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    if (n.isContainerNode()) {
      return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
    String text = n.isTextual() ? n.asText() : n.toString();
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
  }

  /** {@code major.minor} as two numbers, or {@code null} when {@code text} is not of that form. */
  static int[] version(String text) {
    if (text == null) {
      return null;
    }
    var m = VERSION.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /**
   * True when {@code text} is an ISO-8601 UTC time CloudTrail writes, and a real one: {@link
   * #ISO_UTC} and {@link Instant#parse}, with the usual times read by {@link Timestamp#plainIsoUtc}
   * without either.
   */
  static boolean isIsoUtc(String text) {
    if (text == null) {
      return false;
    }
    if (Timestamp.plainIsoUtc(text) != null) {
      return true;
    }
    if (!ISO_UTC.matcher(text).matches()) {
      return false;
    }
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A GUID as {@link #UUID} reads it: 8-4-4-4-12 hexadecimal digits. */
  static boolean isUuid(String text) {
    if (text == null || text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean ok =
          i == 8 || i == 13 || i == 18 || i == 23
              ? c == '-'
              : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean isAccountId(String text) {
    if (text == null || text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true; // ACCOUNT_ID, without a regular expression: it runs for every ARN
  }

  static boolean isRegion(String text) {
    return text != null && REGION.matcher(text).matches();
  }

  /** An IPv4 or IPv6 address, an AWS service's DNS name, or "AWS Internal". */
  static boolean isSourceAddress(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return isIpv4(text)
        || isIpv6(text)
        || AWS_INTERNAL.equals(text)
        || SERVICE_HOST.matcher(text).matches();
  }

  /**
   * Four decimal octets of 0 to 255 without leading zeros: a leading zero makes some parsers read
   * the octet as octal, so "255.090.254.5" is not an address anyone should log.
   */
  static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) < '0' || p.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** RFC 4291 text form: eight groups, one "::" at most, an IPv4 tail allowed. */
  static boolean isIpv6(String text) {
    if (text.indexOf(':') < 0) {
      return false;
    }
    String s = text.toLowerCase(Locale.ROOT);
    int groups = 0;
    String tail = s;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.') > lastColon) {
      if (!isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      groups += 2;
      tail = s.substring(0, lastColon + 1);
      // a lone trailing ':' before the IPv4 part belongs to the group separator
      if (tail.endsWith(":") && !tail.endsWith("::")) {
        tail = tail.substring(0, tail.length() - 1);
      }
    }
    int doubleColon = tail.indexOf("::");
    if (doubleColon >= 0 && tail.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] halves =
        doubleColon >= 0
            ? new String[] {tail.substring(0, doubleColon), tail.substring(doubleColon + 2)}
            : new String[] {tail};
    for (String half : halves) {
      if (half.isEmpty()) {
        continue;
      }
      for (String g : half.split(":", -1)) {
        if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(Forms::isHex)) {
          return false;
        }
        groups++;
      }
    }
    return doubleColon >= 0 ? groups < 8 : groups == 8;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
