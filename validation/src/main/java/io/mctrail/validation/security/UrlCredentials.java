package io.mctrail.validation.security;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the credentials URLs carry: a userinfo part ({@code user:password@host}) and query
 * parameters that authenticate the request (presigned S3 URLs, CloudFront signed URLs, Azure SAS,
 * bearer tokens). It answers with the names of what it found, never with values.
 */
final class UrlCredentials {

  /** A URL anywhere in a string: a scheme, "://", and what follows up to a space or a quote. */
  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\\s\"'<>]+");

  /** Query parameters, lowercase, that carry a credential or a signature made with one. */
  static final Set<String> CREDENTIAL_PARAMETERS =
      Set.of(
          "x-amz-signature",
          "x-amz-credential",
          "x-amz-security-token",
          "signature",
          "awsaccesskeyid",
          "password",
          "passwd",
          "pwd",
          "token",
          "access_token",
          "sig",
          "x-goog-signature",
          "x-goog-credential",
          "api_key",
          "apikey",
          "client_secret");

  private UrlCredentials() {}

  /**
   * What credentials the URLs in {@code text} carry: "userinfo" and the names of credential query
   * parameters (lowercase), sorted; empty when none.
   */
  static Set<String> find(String text) {
    // A credential is a userinfo (before an '@') or a query parameter (after a '?'): a string with
    // neither, such as nearly every S3 destination, carries none.
    if (text.indexOf("://") < 0 || (text.indexOf('@') < 0 && text.indexOf('?') < 0)) {
      return Set.of();
    }
    Set<String> found = new TreeSet<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      int start = url.indexOf("://") + 3;
      int end = start;
      while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      // an empty userinfo ("https://@host") carries nothing
      int at = url.lastIndexOf('@', end - 1);
      if (at > start) {
        found.add("userinfo");
      }
      int query = url.indexOf('?', start);
      if (query >= 0) {
        int fragment = url.indexOf('#', query);
        String q = url.substring(query + 1, fragment < 0 ? url.length() : fragment);
        for (String pair : q.split("[&;]")) {
          int eq = pair.indexOf('=');
          if (eq <= 0 || eq == pair.length() - 1) {
            continue;
          }
          String name = percentDecode(pair.substring(0, eq)).toLowerCase(Locale.ROOT);
          if (CREDENTIAL_PARAMETERS.contains(name)) {
            found.add(name);
          }
        }
      }
    }
    return found;
  }

  /** Decodes %XX escapes of a parameter name; a broken escape is kept as written. */
  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          b.append((char) (hi * 16 + lo));
          i += 2;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }
}
