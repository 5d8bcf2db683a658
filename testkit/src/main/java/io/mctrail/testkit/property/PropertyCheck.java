package io.mctrail.testkit.property;

import io.mctrail.testkit.Gen;
import io.mctrail.testkit.Seeds;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs a property over generated values, from any test framework (the project's properties are
 * JUnit 5 tests that call it):
 *
 * <pre>{@code
 * PropertyCheck.forAll("soundness", CloudTrailEvents.any())
 *     .cases(2000)
 *     .check(event -> assertThat(validator.validate(event.bytes()).hasAtLeast(WARNING)).isFalse());
 * }</pre>
 *
 * <p>Each case has its own seed, made from the run's seed (a fixed seed per property name, so every
 * build checks the same cases) and the case's index. A case fails when the property throws. The
 * first failing case is shrunk, by replaying it with smaller draws (see {@link Shrinker}), to the
 * smallest case that still fails the same way, and the check fails with an {@link AssertionError}
 * that shows that case, its seed and how to replay it.
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@value #SEED}: run only the case of this seed (as the failure message prints it);
 *   <li>{@value #CASES}: run this many cases, whatever the test asks;
 *   <li>{@value #FACTOR}: run this many times the cases the test asks (the {@code properties} Maven
 *       profile sets it);
 *   <li>{@value #RUN_SEED}: another run seed, or {@code random}, to explore other cases;
 *   <li>{@value #THREADS}: how many cases run at once (default: one per processor);
 *   <li>{@value #SHRINK_TRIES}: the most candidates tried while shrinking (default {@value
 *       #DEFAULT_SHRINK_TRIES}).
 * </ul>
 *
 * @param <T> the values the property is about
 */
public final class PropertyCheck<T> {

  /** The system property that replays one case: its seed, as a failure prints it. */
  public static final String SEED = "mctrail.seed";

  /** The system property that sets how many cases every property runs. */
  public static final String CASES = "mctrail.cases";

  /** The system property that multiplies the cases every property asks for. */
  public static final String FACTOR = "mctrail.cases.factor";

  /** The system property that sets the run seed ({@code random} for a new one each run). */
  public static final String RUN_SEED = "mctrail.run-seed";

  /** The system property that sets how many cases run at once. */
  public static final String THREADS = "mctrail.threads";

  /** The system property that bounds the candidates tried while shrinking. */
  public static final String SHRINK_TRIES = "mctrail.shrink.tries";

  static final int DEFAULT_SHRINK_TRIES = 2000;

  private final String name;
  private final Gen<T> gen;
  private int cases = 100;
  private Function<? super T, String> description = String::valueOf;
  private Function<Throwable, String> kind = PropertyCheck::defaultKind;

  private PropertyCheck(String name, Gen<T> gen) {
    this.name = Objects.requireNonNull(name, "name");
    this.gen = Objects.requireNonNull(gen, "gen");
  }

  /** A check of a property, named for its messages and its run seed, over {@code gen}'s values. */
  public static <T> PropertyCheck<T> forAll(String name, Gen<T> gen) {
    return new PropertyCheck<>(name, gen);
  }

  /** How many cases to run by default (scaled by {@value #FACTOR}, replaced by {@value #CASES}). */
  public PropertyCheck<T> cases(int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException("at least one case");
    }
    this.cases = cases;
    return this;
  }

  /** How a value is shown in a failure message (default {@code toString}). */
  public PropertyCheck<T> describedBy(Function<? super T, String> description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * What makes two failures the same while shrinking (default: the exception's class and the first
   * line of its message, digits aside). A smaller case is kept only when it fails the same way.
   */
  public PropertyCheck<T> failureKind(Function<Throwable, String> kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /** The number of cases a run makes, after the system properties. */
  public int effectiveCases() {
    String exact = System.getProperty(CASES);
    if (exact != null && !exact.isBlank()) {
      return Integer.parseInt(exact.strip());
    }
    String factor = System.getProperty(FACTOR);
    int f = factor == null || factor.isBlank() ? 1 : Integer.parseInt(factor.strip());
    return Math.multiplyExact(cases, Math.max(1, f));
  }

  /**
   * Runs the property on every case; returns what ran, or throws an {@link AssertionError}
   * describing the smallest failing case found.
   */
  public PropertyReport check(Consumer<? super T> property) {
    long start = System.nanoTime();
    String replay = System.getProperty(SEED);
    if (replay != null && !replay.isBlank()) {
      long seed = Seeds.parse(replay);
      Throwable failure = run(property, Choices.recording(new SplittableRandom(seed)));
      if (failure != null) {
        fail(seed, 0, 1, failure, property);
      }
      return report(1, seed, start);
    }
    long runSeed = runSeed();
    int n = effectiveCases();
    AtomicInteger first = new AtomicInteger(Integer.MAX_VALUE);
    Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(threads());
    try {
      pool.submit(
              () ->
                  IntStream.range(0, n)
                      .parallel()
                      .forEach(
                          i -> {
                            if (i > first.get()) {
                              return;
                            }
                            long seed = Seeds.caseSeed(runSeed, i);
                            Throwable failure =
                                run(property, Choices.recording(new SplittableRandom(seed)));
                            if (failure != null) {
                              failures.put(i, failure);
                              first.accumulateAndGet(i, Math::min);
                            }
                          }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the property run failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    if (first.get() != Integer.MAX_VALUE) {
      int index = first.get();
      fail(Seeds.caseSeed(runSeed, index), index, n, failures.get(index), property);
    }
    PropertyReport report = report(n, runSeed, start);
    System.out.println(report);
    return report;
  }

  private PropertyReport report(int n, long seed, long start) {
    return new PropertyReport(name, n, seed, (System.nanoTime() - start) / 1_000_000);
  }

  /** Generates one value from {@code random} and runs the property; the failure, or null. */
  private Throwable run(Consumer<? super T> property, Choices random) {
    try {
      property.accept(gen.generate(random));
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return t;
    }
  }

  private void fail(long seed, int index, int n, Throwable original, Consumer<? super T> property) {
    Choices recorded = Choices.recording(new SplittableRandom(seed));
    run(property, recorded);
    String originalKind = kind.apply(original);
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              Choices replay = Choices.replaying(candidate);
              Throwable failure = run(property, replay);
              return failure != null && kind.apply(failure).equals(originalKind)
                  ? replay.drawn()
                  : null;
            },
            Integer.getInteger(SHRINK_TRIES, DEFAULT_SHRINK_TRIES));
    long[] drawn = recorded.drawn();
    long[] smallest = shrinker.shrink(drawn);
    String shown;
    try {
      shown = description.apply(gen.generate(Choices.replaying(smallest)));
    } catch (RuntimeException e) {
      shown = "(the generator itself fails: " + e + ")";
    }
    Throwable failure = run(property, Choices.replaying(smallest));
    StringBuilder m = new StringBuilder();
    m.append("property '")
        .append(name)
        .append("' failed on case ")
        .append(index + 1)
        .append(" of ")
        .append(n)
        .append(", seed ")
        .append(Seeds.format(seed))
        .append("\nreplay it with -D")
        .append(SEED)
        .append('=')
        .append(Seeds.format(seed))
        .append("\nshrunk in ")
        .append(shrinker.steps())
        .append(" steps (")
        .append(shrinker.tries())
        .append(" tries) from ")
        .append(drawn.length)
        .append(" draws to ")
        .append(smallest.length)
        .append("; the smallest failing case:\n")
        .append(shown)
        .append("\nits failure:\n")
        .append(message(failure == null ? original : failure))
        .append("\nthe original failure:\n")
        .append(message(original));
    AssertionError error = new AssertionError(m.toString(), failure == null ? original : failure);
    throw error;
  }

  /** The failure's class and message, and where it was thrown unless it is an assertion. */
  private static String message(Throwable t) {
    StringBuilder b = new StringBuilder(t.getClass().getName()).append(": ").append(t.getMessage());
    if (!(t instanceof AssertionError)) {
      StackTraceElement[] trace = t.getStackTrace();
      for (int i = 0; i < Math.min(trace.length, 8); i++) {
        b.append("\n\tat ").append(trace[i]);
      }
    }
    return b.toString();
  }

  private long runSeed() {
    String run = System.getProperty(RUN_SEED);
    if (run == null || run.isBlank()) {
      return Seeds.of(name);
    }
    if (run.strip().equals("random")) {
      long seed = new SplittableRandom().nextLong();
      System.out.println("property " + name + ": run seed " + Seeds.format(seed));
      return seed;
    }
    return Seeds.parse(run);
  }

  private static int threads() {
    return Math.max(1, Integer.getInteger(THREADS, Runtime.getRuntime().availableProcessors()));
  }

  /** The exception's class and the first line of its message, digits replaced by {@code #}. */
  static String defaultKind(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    return t.getClass().getName() + ": " + first.replaceAll("[0-9]+", "#");
  }
}
