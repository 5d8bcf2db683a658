package io.mctrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the cost of an event grows with its size: CreateJob records of some 5, 20, 80 and 320 KB
 * (jobs of more and more outputs, {@link CorpusBuilder#createJobs}), validated in the default
 * profile and, as the reference, read by Jackson's {@code readTree}. One operation is one event;
 * the results divide its time by the events' mean size to compare the cost per kilobyte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Warmed for 20 s: the compiler takes some 20 s to compile the reading and checking code of
// hundreds of shapes, and a shorter warm-up measures the compiler rather than the code.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 4, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ScalingBenchmark {

  /** How many distinct records of each size. */
  public static final int EVENTS = 8;

  /** The size of the records, in KB (1024 bytes). */
  @Param({"5", "20", "80", "320"})
  public int sizeKb;

  private List<byte[]> events;
  private int next;
  private final ObjectMapper plain = new ObjectMapper();
  private Validator defaults;

  /** The records of one size, for a seed and size. */
  public static List<byte[]> events(long seed, int sizeKb) {
    return CorpusBuilder.createJobs(seed, EVENTS, sizeKb * 1024);
  }

  /** Builds the records of the size and the validator. */
  @Setup(Level.Trial)
  public void load() {
    events = events(BenchEvents.seed(), sizeKb);
    defaults = Validator.create(ValidatorConfig.defaults());
  }

  private byte[] nextEvent() {
    byte[] e = events.get(next);
    next = next + 1 == events.size() ? 0 : next + 1;
    return e;
  }

  /** The validator with its default profile. */
  @Benchmark
  public Object validatorDefault() {
    return defaults.validate(nextEvent());
  }

  /** Jackson's readTree, the reference. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return plain.readTree(nextEvent());
  }
}
