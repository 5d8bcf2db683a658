package io.mctrail.bench;

import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
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
 * Each layer of the validator alone, on the events {@link ReadAndValidateBenchmark} reads: the
 * record is parsed (the syntax layer always runs) and checked by that layer only. The schema layer
 * runs in the strict profile, the only one that has it (networknt and the project's schemas); the
 * others in the default profile. One operation is one event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Warmed for 30 s: the compiler takes some 20 s to compile the reading and checking code of
// hundreds of shapes, and a shorter warm-up measures the compiler rather than the code.
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class LayerBenchmark {

  /** The layer to run alone. */
  @Param({"schema", "constraints", "envelope", "consistency", "semantics", "security"})
  public String layer;

  private List<byte[]> events;
  private int next;
  private Validator alone;

  /** Loads the events and builds the validator of the layer. */
  @Setup(Level.Trial)
  public void load() {
    events = BenchEvents.load();
    alone =
        Validator.create(
            ValidatorConfig.builder()
                .profile(layer.equals("schema") ? Profile.STRICT : Profile.DEFAULT)
                .enableOnly(layer)
                .build());
  }

  /** The validator with one layer enabled. */
  @Benchmark
  public Object validatorLayer() {
    byte[] e = events.get(next);
    next = next + 1 == events.size() ? 0 : next + 1;
    return alone.validate(e);
  }
}
