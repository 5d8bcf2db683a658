package io.mctrail.testkit.shape;

/**
 * How large generated values may grow, within what the model allows. The AWS model bounds few
 * sizes; left alone, a generated {@code JobSettings} (a tree some ten levels deep, with lists at
 * several levels and structures of fifty members) would run to megabytes. These limits keep one to
 * a few tens of kilobytes while still reaching every member.
 *
 * @param maxCollectionSize the most elements of a list or entries of a map near the root, where the
 *     model states no maximum (a stated minimum always wins)
 * @param maxStringLength the most characters of a string without a pattern, where the model states
 *     no maximum
 * @param presencePercent how often, in per cent, an optional member of the root structure is
 *     present
 * @param presenceDecay how many points {@code presencePercent} loses with each level of nesting
 * @param minPresencePercent the least presence, however deep
 * @param maxDepth the depth of nesting below which only required members are generated and lists
 *     and maps have their least size
 */
public record GenerationLimits(
    int maxCollectionSize,
    int maxStringLength,
    int presencePercent,
    int presenceDecay,
    int minPresencePercent,
    int maxDepth) {

  /** The limits the testkit uses unless told otherwise. */
  public static final GenerationLimits DEFAULT = new GenerationLimits(3, 16, 60, 6, 10, 10);

  public GenerationLimits {
    if (maxCollectionSize < 0
        || maxStringLength < 0
        || presencePercent < 0
        || presencePercent > 100
        || presenceDecay < 0
        || minPresencePercent < 0
        || minPresencePercent > presencePercent
        || maxDepth < 0) {
      throw new IllegalArgumentException("limits out of range");
    }
  }

  /** The presence, in per cent, of an optional member at {@code depth}. */
  public int presenceAt(int depth) {
    return Math.max(minPresencePercent, presencePercent - presenceDecay * depth);
  }

  /** The most elements of a collection at {@code depth} (one less every three levels). */
  public int collectionSizeAt(int depth) {
    return Math.max(1, maxCollectionSize - depth / 3);
  }
}
