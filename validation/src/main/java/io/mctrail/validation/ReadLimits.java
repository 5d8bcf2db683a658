package io.mctrail.validation;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Limits on one record, enforced while it is parsed so that a hostile or broken record cannot
 * exhaust the stack or the heap. A record over a limit is a {@code syntax.limit-exceeded} finding
 * at the pointer where parsing stopped; it never throws. A tree handed to {@link
 * Validator#validate(com.fasterxml.jackson.databind.JsonNode)} is held to the nesting depth too.
 * Beyond these, a number beyond the range of a double (which has no value the checks can compare)
 * is a {@code syntax.limit-exceeded} finding at its pointer.
 *
 * <p>Set with {@link ValidatorConfig.Builder#readLimits(ReadLimits)}; {@code mctrail check} sets
 * them with {@code --max-depth}, {@code --max-string-length}, {@code --max-number-length} and
 * {@code --max-tokens}. The other limits of a run are the size of one record ({@code
 * --max-record-bytes}, the command's {@code InputLimits}) and the findings listed per record
 * ({@link ValidatorConfig.Builder#maxFindingsPerEvent(int)}, {@code --max-findings}).
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays (a MediaConvert record nests
 *     about 15 levels)
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxTokens the most JSON tokens (member names, values, brackets) in one record: what the
 *     record's tree costs in memory grows with them, far beyond its bytes (a CreateJob has a few
 *     thousand; 64 MiB of {@code "a",} would be 16 million)
 */
public record ReadLimits(
    int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxTokens) {

  /** The default {@link #maxTokens()}: one million. */
  public static final long DEFAULT_MAX_TOKENS = 1_000_000;

  /** 256 levels, strings of 10 million characters, numbers of 1000 characters, a million tokens. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(256, 10_000_000, 1000, DEFAULT_MAX_TOKENS);

  public ReadLimits {
    if (maxNestingDepth < 16
        || maxStringLength < 1024
        || maxNumberLength < 32
        || maxTokens < 1024) {
      throw new IllegalArgumentException(
          "limits too small to read a CloudTrail record: depth >= 16, string >= 1024, number"
              + " >= 32, tokens >= 1024");
    }
  }

  /**
   * These limits as Jackson's read constraints: what the validator's parser enforces, and what a
   * reader that looks at records before the validator (the records module's sniff) must enforce to
   * agree with it.
   */
  public StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxTokenCount(maxTokens)
        .build();
  }

  /** These limits of depth, string and number length, with the default {@link #maxTokens()}. */
  public ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(maxNestingDepth, maxStringLength, maxNumberLength, DEFAULT_MAX_TOKENS);
  }
}
