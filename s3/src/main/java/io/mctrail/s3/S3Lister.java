package io.mctrail.s3;

import io.mctrail.records.CloudTrailLayout;
import io.mctrail.records.CloudTrailLayout.Folder;
import io.mctrail.records.CloudTrailLayout.Level;
import io.mctrail.records.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists the objects under S3 locations, every page to the end.
 *
 * <p>Without a date window, a location's listing is one flat listing of its prefix. With one, only
 * the day folders of the window are listed in full: the levels of CloudTrail's layout above them
 * ({@code AWSLogs/}, the organisation, the accounts, {@code CloudTrail/}, the regions) are listed
 * with a delimiter, which returns their sub-folders and not their contents, and the window becomes
 * the day prefixes {@code YYYY/MM/DD/} of every account and region; for a window of more than
 * {@value #DAY_PREFIX_LIMIT} days, or with no {@code --since}, the year and month folders are
 * listed with a delimiter too and those outside the window left out (and a month's days are then
 * listed as prefixes when the window has a {@code --since}). {@code AWSLogs/} is looked for down to
 * {@value #SEARCH_DEPTH} folders below the location (a trail's own prefix). In a day at an end of
 * the window, a file is kept when the time in its name is in the window.
 *
 * <p>Digest files ({@code CloudTrail-Digest}) are listed apart: they hold no records. Folder
 * markers (keys ending with {@code /}) are left out, and so is whatever the filter given refuses,
 * except the object a location names exactly. A lister is safe to use from several threads.
 */
public final class S3Lister {

  /** How many folders below a location {@code AWSLogs/} is looked for, with a date window. */
  static final int SEARCH_DEPTH = 4;

  /** The most days of a window listed as day prefixes at once, without listing years and months. */
  static final int DAY_PREFIX_LIMIT = 62;

  private final S3Client client;
  private final Predicate<String> wanted;
  private final Clock clock;
  private final Integer pageSize;

  /**
   * A lister of every object but folder markers.
   *
   * @param client the client to list with; the lister does not close it
   */
  public S3Lister(S3Client client) {
    this(client, key -> true);
  }

  /**
   * A lister of the objects {@code wanted} accepts.
   *
   * @param client the client to list with; the lister does not close it
   * @param wanted tests an object's key relative to the location's folder ({@code
   *     AWSLogs/.../x.json.gz} under {@code s3://bucket}); an object a location names exactly is
   *     taken whatever its name
   */
  public S3Lister(S3Client client, Predicate<String> wanted) {
    this(client, wanted, Clock.systemUTC(), null);
  }

  /**
   * A lister with its own clock (the end of a window without {@code until}) and page size (null:
   * S3's, 1000 keys).
   */
  S3Lister(S3Client client, Predicate<String> wanted, Clock clock, Integer pageSize) {
    this.client = Objects.requireNonNull(client, "client");
    this.wanted = Objects.requireNonNull(wanted, "wanted");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pageSize = pageSize;
  }

  /**
   * Lists {@code locations} one after the other. A location that cannot be listed (no such bucket,
   * access denied, S3 unreachable after the client's retries) is a problem of the listing, and the
   * others are still listed.
   *
   * @param window the date window, {@link DateWindow#ALL} for every object
   */
  public S3Listing list(List<S3Location> locations, DateWindow window) {
    Run run = new Run(window, clock.instant());
    for (S3Location location : locations) {
      run.location = location;
      run.layoutFound = false;
      try {
        if (window.isBounded()) {
          String folder = location.folder();
          run.descend(folder, CloudTrailLayout.classify(folder), 0);
          if (!run.layoutFound) {
            run.problems.add(
                new S3Listing.Problem(
                    location.toString(),
                    "no CloudTrail layout (AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/) within "
                        + SEARCH_DEPTH
                        + " folders of it, and --since and --until need one"));
          }
        } else {
          run.pages(location.prefix(), null);
        }
      } catch (SdkException e) {
        run.problems.add(new S3Listing.Problem(location.toString(), S3Errors.describe(e)));
      }
    }
    return new S3Listing(run.inputs, run.digests, run.problems, run.keysListed, run.requests);
  }

  /** The state of one call of {@link #list}. */
  private final class Run {
    final DateWindow window;
    final Instant now;
    final List<S3Input> inputs = new ArrayList<>();
    final List<S3Input> digests = new ArrayList<>();
    final List<S3Listing.Problem> problems = new ArrayList<>();
    long keysListed;
    int requests;
    S3Location location;
    boolean layoutFound;

    Run(DateWindow window, Instant now) {
      this.window = window;
      this.now = now;
    }

    void descend(String folder, Folder place, int depth) {
      switch (place.level()) {
        case OUTSIDE -> {
          if (depth <= SEARCH_DEPTH) {
            for (String child : pages(folder, "/")) {
              descend(child, CloudTrailLayout.classify(child), depth + 1);
            }
          }
        }
        case LOGS, ORGANIZATION, ACCOUNT, SERVICE -> {
          layoutFound = true;
          for (String child : pages(folder, "/")) {
            Folder next = CloudTrailLayout.classify(child);
            if (next.level() != Level.OTHER) {
              descend(child, next, depth + 1);
            }
          }
        }
        case REGION, YEAR, MONTH -> {
          layoutFound = true;
          dates(folder, place, depth);
        }
        case DAY -> {
          layoutFound = true;
          if (window.overlaps(place.first(), place.last())) {
            pages(folder, null);
          }
        }
        case OTHER -> {}
      }
    }

    /** A region, year or month folder: its days as prefixes, or its sub-folders in the window. */
    private void dates(String folder, Folder place, int depth) {
      LocalDate first = window.firstDay();
      LocalDate last = window.lastDay(now);
      if (place.first() != null) {
        first = first == null || first.isBefore(place.first()) ? place.first() : first;
        last = last.isAfter(place.last()) ? place.last() : last;
      }
      if (first != null && first.isAfter(last)) {
        return;
      }
      // Without --since, how far back the folders go is unknown: list them rather than guess.
      if (window.since() != null && ChronoUnit.DAYS.between(first, last) < DAY_PREFIX_LIMIT) {
        String region = regionFolder(folder, place.level());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
          pages(CloudTrailLayout.dayFolder(region, day), null);
        }
        return;
      }
      for (String child : pages(folder, "/")) {
        Folder next = CloudTrailLayout.classify(child);
        if (next.first() != null && window.overlaps(next.first(), next.last())) {
          descend(child, next, depth + 1);
        }
      }
    }

    /**
     * Lists {@code prefix} to the end: with a delimiter, gives its sub-folders (and leaves out its
     * objects, which are not in a day folder); without, takes its objects.
     */
    List<String> pages(String prefix, String delimiter) {
      List<String> folders = new ArrayList<>();
      ListObjectsV2Request.Builder request =
          ListObjectsV2Request.builder()
              .bucket(location.bucket())
              .prefix(prefix.isEmpty() ? null : prefix)
              .delimiter(delimiter)
              .maxKeys(pageSize);
      while (true) {
        ListObjectsV2Response page = client.listObjectsV2(request.build());
        requests++;
        keysListed += page.contents().size();
        if (delimiter == null) {
          page.contents().forEach(this::take);
        }
        for (CommonPrefix p : page.commonPrefixes()) {
          folders.add(p.prefix());
        }
        if (!Boolean.TRUE.equals(page.isTruncated()) || page.nextContinuationToken() == null) {
          return folders;
        }
        request.continuationToken(page.nextContinuationToken());
      }
    }

    private void take(S3Object object) {
      String key = object.key();
      if (!location.contains(key) || key.endsWith("/")) {
        return;
      }
      boolean named = key.equals(location.prefix());
      if (!named && !wanted.test(key.substring(location.folder().length()))) {
        return;
      }
      if (window.isBounded()) {
        Instant written = CloudTrailLayout.fileTime(key);
        if (written != null && !window.contains(written)) {
          return;
        }
      }
      S3Input input =
          new S3Input(location.bucket(), key, object.size() == null ? -1 : object.size());
      (CloudTrailLayout.isDigest(key) ? digests : inputs).add(input);
    }
  }

  /** The region folder a region, year or month folder is in. */
  private static String regionFolder(String folder, Level level) {
    int up =
        switch (level) {
          case YEAR -> 1;
          case MONTH -> 2;
          default -> 0;
        };
    String region = folder;
    for (int i = 0; i < up; i++) {
      region = region.substring(0, region.lastIndexOf('/', region.length() - 2) + 1);
    }
    return region;
  }
}
