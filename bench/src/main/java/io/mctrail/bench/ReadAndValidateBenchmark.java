package io.mctrail.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import io.mctrail.schema.McTrailSchemas;
import io.mctrail.validation.Profile;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every way of reading the same events, in one run, one thread: Jackson's streaming parse (the
 * floor), Jackson's {@code readTree}, the typed model, the validator in its default and strict
 * profiles, networknt alone against the project's own schemas, and Hibernate Validator alone on the
 * typed model's annotations. The strict profile is the default one plus those two reference
 * engines, so its cost per event is set against the sum of theirs and the default profile's. One
 * operation is one event; the score is events per second ({@link BenchEvents}: by default the first
 * records of the built corpus). {@link LayerBenchmark} runs each layer alone on the same events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Warmed for 40 s: the compiler takes 20 s and more (60 s on a slow core) to compile the reading
// and checking code of hundreds of shapes, and a shorter warm-up measures the compiler rather than
// the code. Three forks: the code one JVM compiles differs from the next one's, and one fork's
// score can be 10% off another's; the ratios of the targets are of the means of three.
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ReadAndValidateBenchmark {

  private List<byte[]> events;
  private int next;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper plain = new ObjectMapper();
  private final ObjectMapper typed = new ObjectMapper().registerModule(new McTrailModule());
  private Validator defaults;
  private Validator strict;
  private Schema createJobSchema;
  private McTrailSchemas schemas;
  private ValidatorFactory beanValidation;
  private jakarta.validation.Validator beanValidator;

  /** Loads the events and builds the validators and schemas once. */
  @Setup(Level.Trial)
  public void load() {
    events = BenchEvents.load();
    defaults = Validator.create(ValidatorConfig.defaults());
    strict = Validator.create(ValidatorConfig.of(Profile.STRICT));
    schemas = McTrailSchemas.shared();
    createJobSchema = schemas.forOperation("CreateJob").orElseThrow();
    // As the strict profile builds it: messages without the expression language.
    beanValidation =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    beanValidator = beanValidation.getValidator();
  }

  /** Closes the Bean Validation factory. */
  @TearDown(Level.Trial)
  public void close() {
    beanValidation.close();
  }

  private byte[] nextEvent() {
    byte[] e = events.get(next);
    next = next + 1 == events.size() ? 0 : next + 1;
    return e;
  }

  /** 1. Jackson streaming parse to the end: nothing reads faster. */
  @Benchmark
  public int jacksonStreaming() throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(nextEvent())) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** 2. Jackson readTree. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return plain.readTree(nextEvent());
  }

  /** 3. Bytes to the typed event. */
  @Benchmark
  public CloudTrailEvent typedEvent() throws IOException {
    return typed.readValue(nextEvent(), CloudTrailEvent.class);
  }

  /** 4. The validator with its default profile. */
  @Benchmark
  public Object validatorDefault() {
    return defaults.validate(nextEvent());
  }

  /** 5. The validator with the strict profile (networknt and Hibernate Validator included). */
  @Benchmark
  public Object validatorStrict() {
    return strict.validate(nextEvent());
  }

  /** 6. networknt alone against the project's schemas: what a user would otherwise build. */
  @Benchmark
  public void networkntAlone(Blackhole bh) throws IOException {
    JsonNode tree = plain.readTree(nextEvent());
    String name = tree.path("eventName").asText();
    Schema schema =
        name.equals("CreateJob")
            ? createJobSchema
            : schemas.forOperation(name).orElse(schemas.envelope());
    bh.consume(schema.validate(tree));
  }

  /**
   * 7. Hibernate Validator alone on the typed model's Bean Validation annotations: bytes to the
   * typed event, then every constraint of it; what a user of the model would otherwise build.
   */
  @Benchmark
  public Set<ConstraintViolation<CloudTrailEvent>> hibernateValidatorAlone() throws IOException {
    return beanValidator.validate(typed.readValue(nextEvent(), CloudTrailEvent.class));
  }
}
