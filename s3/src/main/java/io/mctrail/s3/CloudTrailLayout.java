package io.mctrail.s3;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key layout CloudTrail writes its log files in:
 *
 * <pre>
 * [trail prefix/]AWSLogs/[o-ORGID/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/
 *     ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz
 * </pre>
 *
 * beside {@code CloudTrail-Digest/} (the hourly digest files, which hold no records) and {@code
 * CloudTrail-Insight/} under the account. Organisation trails add the organisation's id.
 */
final class CloudTrailLayout {

  /** Where a folder is in the layout. */
  enum Level {
    /** Above {@code AWSLogs/}: a trail prefix, or a folder that is not CloudTrail's. */
    OUTSIDE,
    /** {@code AWSLogs/}. */
    LOGS,
    /** {@code AWSLogs/o-ORGID/}. */
    ORGANIZATION,
    /** {@code .../ACCOUNT/}. */
    ACCOUNT,
    /** {@code .../ACCOUNT/CloudTrail/} (or {@code CloudTrail-Digest/}, ...). */
    SERVICE,
    /** {@code .../CloudTrail/REGION/}. */
    REGION,
    /** {@code .../REGION/YYYY/}. */
    YEAR,
    /** {@code .../REGION/YYYY/MM/}. */
    MONTH,
    /** {@code .../REGION/YYYY/MM/DD/}, and any folder inside it. */
    DAY,
    /** Under {@code AWSLogs/} but not in the layout. */
    OTHER
  }

  /**
   * A folder's place in the layout.
   *
   * @param level where it is
   * @param depth for a folder {@link Level#OUTSIDE} the layout, how many folders deep it is
   * @param first the first UTC day a {@code YEAR}, {@code MONTH} or {@code DAY} folder holds
   * @param last the last such day
   */
  record Folder(Level level, int depth, LocalDate first, LocalDate last) {}

  static final String LOGS = "AWSLogs";

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern NUMBER = Pattern.compile("\\d{2,4}");
  private static final Pattern FILE_TIME =
      Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?Z[_.]");

  private CloudTrailLayout() {}

  /**
   * The place of {@code folder}, a key prefix that is empty or ends with a slash. The last {@code
   * AWSLogs} folder in it anchors the layout.
   */
  static Folder classify(String folder) {
    String[] parts = folder.isEmpty() ? new String[0] : folder.split("/", -1);
    int n = parts.length == 0 ? 0 : parts.length - 1; // the last part is after the final slash
    int logs = -1;
    for (int i = 0; i < n; i++) {
      if (parts[i].equals(LOGS)) {
        logs = i;
      }
    }
    if (logs < 0) {
      return new Folder(Level.OUTSIDE, n, null, null);
    }
    int i = logs + 1;
    if (i == n) {
      return folder(Level.LOGS);
    }
    if (parts[i].startsWith("o-")) {
      i++;
      if (i == n) {
        return folder(Level.ORGANIZATION);
      }
    }
    if (!ACCOUNT.matcher(parts[i]).matches()) {
      return folder(Level.OTHER);
    }
    if (++i == n) {
      return folder(Level.ACCOUNT);
    }
    if (!parts[i].startsWith("CloudTrail")) {
      return folder(Level.OTHER);
    }
    if (++i == n) {
      return folder(Level.SERVICE);
    }
    if (++i == n) {
      return folder(Level.REGION);
    }
    try {
      int year = number(parts[i], 4);
      if (++i == n) {
        return new Folder(Level.YEAR, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      int month = number(parts[i], 2);
      LocalDate first = LocalDate.of(year, month, 1);
      if (++i == n) {
        return new Folder(Level.MONTH, 0, first, first.withDayOfMonth(first.lengthOfMonth()));
      }
      LocalDate day = LocalDate.of(year, month, number(parts[i], 2));
      return new Folder(Level.DAY, 0, day, day);
    } catch (DateTimeException | NumberFormatException e) {
      return folder(Level.OTHER);
    }
  }

  private static Folder folder(Level level) {
    return new Folder(level, 0, null, null);
  }

  private static int number(String part, int digits) {
    if (part.length() != digits || !NUMBER.matcher(part).matches()) {
      throw new NumberFormatException(part);
    }
    return Integer.parseInt(part);
  }

  /** The folder {@code YYYY/MM/DD/} of {@code day} under a region folder. */
  static String dayFolder(String region, LocalDate day) {
    return String.format(
        "%s%04d/%02d/%02d/", region, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Whether {@code key} is a digest file: under a {@code CloudTrail-Digest} folder, or named {@code
   * ..._CloudTrail-Digest_...}.
   */
  static boolean isDigest(String key) {
    return key.startsWith("CloudTrail-Digest/")
        || key.contains("/CloudTrail-Digest/")
        || name(key).contains("_CloudTrail-Digest_");
  }

  /**
   * The UTC time in a log or digest file's name ({@code _20261130T1015Z_} or {@code
   * _20261130T101502Z.}), or null when the name holds none.
   */
  static Instant fileTime(String key) {
    Matcher m = FILE_TIME.matcher(name(key));
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String name(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }
}
