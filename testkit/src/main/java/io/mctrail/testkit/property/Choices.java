package io.mctrail.testkit.property;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The draws a generator made, as the sequence of longs its {@link RandomGenerator} returned. Every
 * other draw ({@code nextInt(bound)}, {@code nextDouble()}, …) is derived from those longs by the
 * interface's default methods, so replaying the sequence gives the same value, and replaying a
 * smaller sequence (shorter, or with values nearer zero) gives a simpler value: the testkit's
 * generators map a draw of zero to their simplest choice.
 */
final class Choices implements RandomGenerator {

  private final RandomGenerator source;
  private final long[] replayed;
  private long[] drawn = new long[64];
  private int count;

  private Choices(RandomGenerator source, long[] replayed) {
    this.source = source;
    this.replayed = replayed;
  }

  /** Draws from {@code source} and records what was drawn. */
  static Choices recording(RandomGenerator source) {
    return new Choices(source, null);
  }

  /** Replays {@code choices}, then draws zeros, and records what was drawn. */
  static Choices replaying(long[] choices) {
    return new Choices(null, choices);
  }

  @Override
  public long nextLong() {
    long value;
    if (source != null) {
      value = source.nextLong();
    } else {
      value = count < replayed.length ? replayed[count] : 0L;
    }
    if (count == drawn.length) {
      drawn = Arrays.copyOf(drawn, drawn.length * 2);
    }
    drawn[count++] = value;
    return value;
  }

  /** What was drawn, without the zeros at its end (a replay draws those anyway). */
  long[] drawn() {
    int n = count;
    while (n > 0 && drawn[n - 1] == 0L) {
      n--;
    }
    return Arrays.copyOf(drawn, n);
  }
}
