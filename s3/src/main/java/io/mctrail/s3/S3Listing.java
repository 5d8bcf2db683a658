package io.mctrail.s3;

import java.util.List;

/**
 * What listing locations found: the objects to read, in key order per location; the digest files,
 * which hold no records and are counted and skipped; and the locations that could not be listed.
 *
 * @param inputs the objects to read
 * @param digests the digest files found, not read
 * @param problems the locations that could not be listed, and why
 * @param keysListed how many keys the listing requests returned in all (objects read, skipped and
 *     left out by the window or by name): what a date window saves is seen here
 * @param requests how many listing requests were made
 */
public record S3Listing(
    List<S3Input> inputs,
    List<S3Input> digests,
    List<Problem> problems,
    long keysListed,
    int requests) {

  /**
   * A location that could not be listed.
   *
   * @param location the location as given
   * @param reason why, for a person to read
   */
  public record Problem(String location, String reason) {}

  /** Copies the lists. */
  public S3Listing {
    inputs = List.copyOf(inputs);
    digests = List.copyOf(digests);
    problems = List.copyOf(problems);
  }
}
