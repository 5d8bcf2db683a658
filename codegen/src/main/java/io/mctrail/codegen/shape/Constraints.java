package io.mctrail.codegen.shape;

import java.math.BigDecimal;

/**
 * The constraints a model states on a shape or member: numeric range ({@code min}/{@code max} on
 * numbers), length ({@code min}/{@code max} on strings, lists and maps) and pattern. Any of them
 * may be absent ({@code null}).
 */
public record Constraints(BigDecimal min, BigDecimal max, String pattern) {

  /** No constraint at all. */
  public static final Constraints NONE = new Constraints(null, null, null);

  /** True when no constraint is stated. */
  public boolean isEmpty() {
    return min == null && max == null && pattern == null;
  }

  /** These constraints, each overridden by {@code other}'s where {@code other} states one. */
  public Constraints overriddenBy(Constraints other) {
    return new Constraints(
        other.min != null ? other.min : min,
        other.max != null ? other.max : max,
        other.pattern != null ? other.pattern : pattern);
  }
}
