package io.mctrail.testkit.properties;

import io.mctrail.testkit.Gen;
import io.mctrail.testkit.Seeds;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.mutation.DefectiveEvent;
import io.mctrail.testkit.mutation.Mutation;
import io.mctrail.testkit.mutation.Mutations;
import io.mctrail.testkit.mutation.ValidationProfile;
import io.mctrail.testkit.property.PropertyCheck;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Concurrency: a {@link Validator} is built once and shared, so one validator used by many threads
 * at once must give every event exactly the findings (the same findings, in the same order) that a
 * validator used by one thread gives it. The events are consistent events of every operation and
 * events with one defect of every mutation, each validated in one of the three profiles (a defect
 * for the strict profile in the strict profile).
 */
class ConcurrencyProperty {

  /** More threads than the build machine's processors, so that threads are preempted mid-event. */
  static final int THREADS = 8;

  /** The events of one round: what the threads share at once. */
  static final int ROUND = 3000;

  private static final String NAME = "concurrency";
  private static final Gen<Mutation> MUTATIONS = Gen.elements(Mutations.all());

  /**
   * One record to validate, and the profile to validate it in.
   *
   * @param index its index in the run
   * @param profile the profile it is validated in
   * @param bytes the record
   */
  record Case(int index, Profile profile, byte[] bytes) {}

  @Test
  void oneValidatorSharedByEightThreadsGivesEveryEventTheFindingsOfOneThread() throws Exception {
    int total = PropertyCheck.forAll(NAME, Gen.constant(0)).cases(ROUND).effectiveCases();
    for (int from = 0; from < total; from += ROUND) {
      round(from, Math.min(total, from + ROUND));
    }
  }

  /** Cases {@code from} (inclusive) to {@code to}: one thread, then eight threads sharing. */
  private static void round(int from, int to) throws Exception {
    long t0 = System.nanoTime();
    List<Case> cases = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      cases.add(toCase(i, draw(i)));
    }
    long t1 = System.nanoTime();

    // The reference: validators of their own, each used by this thread only.
    Map<Profile, Validator> single = validators();
    List<List<Finding>> expected = new ArrayList<>(cases.size());
    for (Case c : cases) {
      expected.add(single.get(c.profile()).validate(c.bytes()).findings());
    }
    long t2 = System.nanoTime();

    // New validators, not yet used, so that their first uses race too. Every case twice, by any of
    // the threads: the first pass from the last case down, the second from the first case up.
    Map<Profile, Validator> shared = validators();
    int n = cases.size();
    AtomicReferenceArray<List<Finding>> first = new AtomicReferenceArray<>(n);
    AtomicReferenceArray<List<Finding>> second = new AtomicReferenceArray<>(n);
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = next.getAndIncrement(); k < 2 * n; k = next.getAndIncrement()) {
                    int i = k < n ? n - 1 - k : k - n;
                    Case c = cases.get(i);
                    List<Finding> findings = shared.get(c.profile()).validate(c.bytes()).findings();
                    (k < n ? first : second).set(i, findings);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long t3 = System.nanoTime();

    int differing = 0;
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < n; i++) {
      for (List<Finding> concurrent : List.of(first.get(i), second.get(i))) {
        if (!concurrent.equals(expected.get(i)) && differing++ < 3) {
          Case c = cases.get(i);
          message
              .append("\n\ncase ")
              .append(c.index())
              .append(" (seed ")
              .append(Seeds.format(seed(c.index())))
              .append("), ")
              .append(c.profile())
              .append(" profile\n")
              .append(Validators.describe("one thread", expected.get(i)))
              .append("\n")
              .append(Validators.describe(THREADS + " threads", concurrent))
              .append("\nthe event: ")
              .append(draw(c.index()));
        }
      }
    }
    if (differing > 0) {
      throw new AssertionError(
          differing
              + " of "
              + 2 * n
              + " validations on "
              + THREADS
              + " threads differ from one thread's"
              + message);
    }
    System.out.printf(
        "concurrency: cases %d to %d drawn in %d ms, validated on one thread in %d ms, then each"
            + " twice on %d threads sharing one validator per profile in %d ms%n",
        from, to - 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, THREADS, (t3 - t2) / 1_000_000);
  }

  /** The seed of case {@code index}: the same on every build. */
  static long seed(int index) {
    return Seeds.caseSeed(Seeds.of(NAME), index);
  }

  /**
   * The event of case {@code index}: a consistent event of any operation for one case in three, an
   * event with one defect of a mutation drawn uniformly from the catalogue for the others.
   */
  static Object draw(int index) {
    RandomGenerator random = Seeds.random(seed(index));
    return index % 3 == 0
        ? CloudTrailEvents.any().generate(random)
        : MUTATIONS.flatMap(Mutation::defects).generate(random);
  }

  /**
   * A consistent event is validated in each profile in turn; a defect in the profile its mutation
   * is for, or, for one for the default profile in four, in the lenient one.
   */
  static Case toCase(int index, Object event) {
    Profile[] profiles = Profile.values();
    if (event instanceof ConsistentEvent consistent) {
      return new Case(index, profiles[(index / 3) % profiles.length], consistent.bytes());
    }
    DefectiveEvent defect = (DefectiveEvent) event;
    Profile profile =
        defect.profile() == ValidationProfile.STRICT
            ? Profile.STRICT
            : index % 4 == 1 ? Profile.LENIENT : Profile.DEFAULT;
    return new Case(index, profile, defect.bytes());
  }

  private static Map<Profile, Validator> validators() {
    Map<Profile, Validator> validators = new EnumMap<>(Profile.class);
    for (Profile profile : Profile.values()) {
      validators.put(profile, Validator.create(ValidatorConfig.of(profile)));
    }
    return validators;
  }
}
