package io.mctrail.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import io.mctrail.testkit.Seeds;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.event.EventScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a corpus of CloudTrail log files for the benchmarks, from a seed: gzipped {@code
 * {"Records":[...]}} files in the S3 layout {@code
 * AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/
 * <account>_CloudTrail_<region>_<YYYYMMDDTHHMMZ>_<16 characters>.json.gz}, up to a size asked for.
 *
 * <p>Every file is a function of the seed, the mix and its index alone, so a corpus is the same
 * whatever the number of threads that write it, and a smaller corpus is the beginning of a larger
 * one. The files of one account and region follow each other five minutes apart; their records
 * share that account and region, and their times lie in the file's five minutes. Of the records of
 * the typical mix ({@link CorpusMix#TYPICAL}, the default), by count:
 *
 * <ul>
 *   <li>{@value #CREATE_JOB_PERCENT}% are CreateJob records shaped like the jobs people submit
 *       ({@link RealisticJobs}: several output groups of different types, H.264 and H.265 with AAC,
 *       several inputs with audio and caption selectors; 5 to 40 KB, some 11 KB on average), or of
 *       a fixed size when one is asked for;
 *   <li>{@value #OTHER_MEDIACONVERT_PERCENT}% are records of the other MediaConvert operations, a
 *       few of them failed calls;
 *   <li>the rest are records of other services ({@link OtherServices}).
 * </ul>
 *
 * <p>The other mixes ({@link CorpusMix}) hold other services only, one MediaConvert record in a
 * hundred, or MediaConvert records only. Every MediaConvert record is consistent (its response
 * echoes its request): the validator's default profile reports no ERROR on it.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.mctrail.bench.CorpusBuilder --out /tmp/corpus --size 2g
 * java -cp bench/target/benchmarks.jar io.mctrail.bench.CorpusBuilder --out /tmp/mc --size 1g \
 *     --mix mediaconvert-only
 * </pre>
 */
public final class CorpusBuilder {

  /** The seed of the benchmarks' events unless one is given. */
  public static final long DEFAULT_SEED = 0x6d63747261696cL;

  /** Records per log file unless told otherwise. */
  public static final int DEFAULT_EVENTS_PER_FILE = 200;

  /** CreateJob records among all, in per cent. */
  public static final int CREATE_JOB_PERCENT = 50;

  /** Records of the other MediaConvert operations among all, in per cent. */
  public static final int OTHER_MEDIACONVERT_PERCENT = 25;

  /** Failed calls among the records of the other MediaConvert operations, in per cent. */
  static final int FAILED_PERCENT = 3;

  /** The smallest and largest typical CreateJob record, in bytes. */
  public static final int MIN_CREATE_JOB_BYTES = 5 * 1024;

  public static final int MAX_CREATE_JOB_BYTES = 40 * 1024;

  /** How close a fixed-size record comes to its size: within this fraction either side. */
  static final double SIZE_TOLERANCE = 0.10;

  static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1");
  static final int ACCOUNTS = 2;
  static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
  static final long FILE_SECONDS = 300;
  private static final List<String> EVENT_VERSIONS = List.of("1.08", "1.09", "1.10", "1.11");
  private static final String NAME_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY_PATH =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final long seed;
  private final int eventsPerFile;
  private final int createJobBytes;
  private final CorpusMix mix;
  private final List<String> accounts;
  private final List<String> others;

  /**
   * A builder of the corpus of {@code seed} in the typical mix.
   *
   * @param seed the seed every file derives from
   * @param eventsPerFile the records of each log file, at least 1
   * @param createJobBytes the size of every CreateJob record, within {@value #SIZE_TOLERANCE} of
   *     it, in bytes; 0 for the typical mix of sizes
   */
  public CorpusBuilder(long seed, int eventsPerFile, int createJobBytes) {
    this(seed, eventsPerFile, createJobBytes, CorpusMix.TYPICAL);
  }

  /**
   * A builder of the corpus of {@code seed} in {@code mix}.
   *
   * @param seed the seed every file derives from
   * @param eventsPerFile the records of each log file, at least 1
   * @param createJobBytes the size of every CreateJob record of the typical mix, within {@value
   *     #SIZE_TOLERANCE} of it, in bytes; 0 for the typical mix of sizes
   * @param mix which records the files hold
   */
  public CorpusBuilder(long seed, int eventsPerFile, int createJobBytes, CorpusMix mix) {
    if (eventsPerFile < 1) {
      throw new IllegalArgumentException("a file holds one record at least");
    }
    if (createJobBytes != 0 && createJobBytes < 4096) {
      throw new IllegalArgumentException("a fixed-size CreateJob record has 4096 bytes at least");
    }
    this.seed = seed;
    this.eventsPerFile = eventsPerFile;
    this.createJobBytes = createJobBytes;
    this.mix = Objects.requireNonNull(mix, "mix");
    List<String> a = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      long id = 100_000_000_000L + Math.floorMod(Seeds.caseSeed(seed, -1 - i), 900_000_000_000L);
      a.add(String.format(Locale.ROOT, "%012d", id));
    }
    this.accounts = List.copyOf(a);
    List<String> ops = new ArrayList<>(CloudTrailEvents.operations());
    ops.remove("CreateJob");
    this.others = List.copyOf(ops);
  }

  /** A builder of the typical corpus of {@code seed}, {@value #DEFAULT_EVENTS_PER_FILE} a file. */
  public CorpusBuilder(long seed) {
    this(seed, DEFAULT_EVENTS_PER_FILE, 0);
  }

  /**
   * One log file: where it goes under the output folder, and its records as compact JSON.
   *
   * @param path the path under the output folder, in the S3 layout
   * @param records the records, in file order
   */
  public record LogFile(String path, List<byte[]> records) {

    public LogFile {
      records = Collections.unmodifiableList(new ArrayList<>(records));
    }

    /** The file's {@code {"Records":[...]}} text, uncompressed, in bytes. */
    public long size() {
      long n = "{\"Records\":[]}".length() + Math.max(0, records.size() - 1);
      for (byte[] r : records) {
        n += r.length;
      }
      return n;
    }

    /** The file's content: {@code {"Records":[...]}}, gzipped. */
    public byte[] gzipped() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (size() / 4));
      try (OutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
        writeTo(gz);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    /** Writes the file's uncompressed text to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
      out.write("{\"Records\":[".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      for (int i = 0; i < records.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(records.get(i));
      }
      out.write("]}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
  }

  /** Log file {@code index} of the corpus (from 0). */
  public LogFile file(int index) {
    RandomGenerator r = Seeds.random(Seeds.caseSeed(seed, index));
    int streams = accounts.size() * REGIONS.size();
    String account = accounts.get(index % streams / REGIONS.size());
    String region = REGIONS.get(index % REGIONS.size());
    Instant fileTime = START.plusSeconds(FILE_SECONDS * (index / streams + 1));
    String name =
        account
            + "_CloudTrail_"
            + region
            + "_"
            + FILE_TIME.format(fileTime)
            + "_"
            + chars(NAME_CHARS, 16, r)
            + ".json.gz";
    String path =
        "AWSLogs/"
            + account
            + "/CloudTrail/"
            + region
            + "/"
            + DAY_PATH.format(fileTime)
            + "/"
            + name;
    List<byte[]> records = new ArrayList<>(eventsPerFile);
    for (int i = 0; i < eventsPerFile; i++) {
      Instant at = fileTime.minusSeconds(Draws.longBetween(r, 1, FILE_SECONDS));
      EventScope scope =
          new EventScope(
              "aws",
              region,
              account,
              at,
              EVENT_VERSIONS.get(Draws.index(r, EVENT_VERSIONS.size())));
      records.add(CloudTrailJson.bytes(record(scope, r)));
    }
    return new LogFile(path, records);
  }

  /** One record of the builder's mix in {@code scope}. */
  private ObjectNode record(EventScope scope, RandomGenerator r) {
    return switch (mix) {
      case TYPICAL -> typicalRecord(scope, r);
      case OTHER_ONLY -> OtherServices.record(scope, r);
      case MEDIACONVERT_1PCT ->
          Draws.chance(r, CorpusMix.SPARSE_MEDIACONVERT_PERCENT)
              ? mediaConvertRecord(scope, r)
              : OtherServices.record(scope, r);
      case MEDIACONVERT_ONLY -> mediaConvertRecord(scope, r);
    };
  }

  /** One record of the typical mix in {@code scope}. */
  private ObjectNode typicalRecord(EventScope scope, RandomGenerator r) {
    int kind = Draws.index(r, 100);
    if (kind < CREATE_JOB_PERCENT) {
      return createJob(scope, r);
    }
    if (kind < CREATE_JOB_PERCENT + OTHER_MEDIACONVERT_PERCENT) {
      return operation(others.get(Draws.index(r, others.size())), scope, r);
    }
    return OtherServices.record(scope, r);
  }

  /**
   * One MediaConvert record of the new mixes in {@code scope}: a CreateJob of 1 to {@value
   * CorpusMix#MAX_OUTPUTS} outputs, a GetJob or a ListJobs.
   */
  private static ObjectNode mediaConvertRecord(EventScope scope, RandomGenerator r) {
    int kind = Draws.index(r, 100);
    if (kind < CorpusMix.CREATE_JOB_PERCENT) {
      int outputs = 1 + Draws.index(r, CorpusMix.MAX_OUTPUTS);
      return RealisticJobs.reshaped(
          CloudTrailEvents.of("CreateJob", Gen.constant(scope)).generate(r),
          RealisticJobs.outlineOfOutputs(outputs, r),
          r);
    }
    return operation(
        kind < CorpusMix.CREATE_JOB_PERCENT + CorpusMix.GET_JOB_PERCENT ? "GetJob" : "ListJobs",
        scope,
        r);
  }

  /** A record of {@code operation} in {@code scope}, a failed call now and then. */
  private static ObjectNode operation(String operation, EventScope scope, RandomGenerator r) {
    Gen<ConsistentEvent> gen =
        Draws.chance(r, FAILED_PERCENT)
            ? CloudTrailEvents.failed(operation, Gen.constant(scope))
            : CloudTrailEvents.of(operation, Gen.constant(scope));
    return gen.generate(r).json();
  }

  /** A CreateJob record in {@code scope}: typical, or of the builder's fixed size. */
  ObjectNode createJob(EventScope scope, RandomGenerator r) {
    Gen<ConsistentEvent> createJobs = CloudTrailEvents.of("CreateJob", Gen.constant(scope));
    if (createJobBytes > 0) {
      return sized(createJobs, createJobBytes, r);
    }
    ObjectNode record = null;
    for (int attempt = 0; attempt < 8; attempt++) {
      record = RealisticJobs.reshaped(createJobs.generate(r), RealisticJobs.typicalOutline(r), r);
      int size = RealisticJobs.size(record);
      if (size >= MIN_CREATE_JOB_BYTES && size <= MAX_CREATE_JOB_BYTES) {
        return record;
      }
    }
    return record;
  }

  /**
   * A CreateJob record of some {@code bytes}: the smallest job ({@link RealisticJobs#lean}, one
   * input, one output) grown an output at a time until it is that large; of a few such jobs, the
   * one nearest the size.
   */
  static ObjectNode sized(Gen<ConsistentEvent> createJobs, int bytes, RandomGenerator r) {
    ObjectNode best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int attempt = 0; attempt < 12; attempt++) {
      ConsistentEvent event = createJobs.generate(r);
      ObjectNode record = RealisticJobs.reshaped(event, RealisticJobs.Outline.smallest(), r);
      RealisticJobs.lean(record);
      ObjectNode settings = (ObjectNode) record.path("requestParameters").path("settings");
      ObjectNode job = (ObjectNode) record.path("responseElements").path("job");
      int size = RealisticJobs.size(record);
      int step = 0;
      // Grow until the next output would overshoot by more than this one falls short.
      while (size + step / 2 < bytes) {
        RealisticJobs.grow(settings, event.scope(), r);
        job.set("settings", settings.deepCopy());
        int grown = RealisticJobs.size(record);
        step = grown - size;
        size = grown;
      }
      int distance = Math.abs(size - bytes);
      if (distance < bestDistance) {
        best = record;
        bestDistance = distance;
      }
      if (distance <= bytes * SIZE_TOLERANCE) {
        break;
      }
    }
    return best;
  }

  /**
   * The first {@code count} records of the typical corpus of {@code seed}, in file order: the
   * events the benchmarks read.
   */
  public static List<byte[]> records(long seed, int count) {
    CorpusBuilder builder = new CorpusBuilder(seed);
    List<byte[]> out = new ArrayList<>(count);
    for (int file = 0; out.size() < count; file++) {
      for (byte[] record : builder.file(file).records()) {
        if (out.size() < count) {
          out.add(record);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code count} CreateJob records of some {@code bytes} each, from {@code seed}. */
  public static List<byte[]> createJobs(long seed, int count, int bytes) {
    CorpusBuilder builder = new CorpusBuilder(seed, DEFAULT_EVENTS_PER_FILE, bytes);
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      RandomGenerator r = Seeds.random(Seeds.caseSeed(seed ^ bytes, i));
      EventScope scope =
          new EventScope(
              "aws",
              REGIONS.get(i % REGIONS.size()),
              builder.accounts.get(i % ACCOUNTS),
              START.plusSeconds(i * 60L),
              "1.11");
      out.add(CloudTrailJson.bytes(builder.createJob(scope, r)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * What {@link #write} wrote.
   *
   * @param files the log files
   * @param records the records in them
   * @param bytes their uncompressed size
   * @param gzipBytes their size on disk
   */
  public record Written(long files, long records, long bytes, long gzipBytes) {}

  /**
   * Writes log files {@code 0, 1, …} under {@code out} until their uncompressed size reaches {@code
   * targetBytes}, building {@code threads} files at a time.
   */
  public Written write(Path out, long targetBytes, int threads, PrintStream progress)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ArrayDeque<Future<Built>> pending = new ArrayDeque<>();
    long files = 0;
    long records = 0;
    long bytes = 0;
    long gzipBytes = 0;
    int next = 0;
    long lastReport = 0;
    try {
      while (bytes < targetBytes) {
        while (pending.size() < 2 * Math.max(1, threads)) {
          int index = next++;
          pending.add(pool.submit(() -> build(index)));
        }
        Built built = pending.poll().get();
        Path target = out.resolve(built.path());
        Files.createDirectories(target.getParent());
        Files.write(target, built.gzipped());
        files++;
        records += built.records();
        bytes += built.size();
        gzipBytes += built.gzipped().length;
        if (progress != null && bytes - lastReport >= 64L << 20) {
          lastReport = bytes;
          progress.printf(
              Locale.ROOT, "  %d files, %,d MB of %,d MB%n", files, bytes >> 20, targetBytes >> 20);
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a log file could not be built", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return new Written(files, records, bytes, gzipBytes);
  }

  private record Built(String path, int records, long size, byte[] gzipped) {}

  private Built build(int index) {
    LogFile f = file(index);
    return new Built(f.path(), f.records().size(), f.size(), f.gzipped());
  }

  private static String chars(String alphabet, int n, RandomGenerator r) {
    return OtherServices.chars(alphabet, n, r);
  }

  /**
   * Writes a corpus. Options: {@code --out DIR} (required), {@code --size N[k|m|g]} (uncompressed,
   * default 2g), {@code --mix NAME} ({@code typical}, the default, {@code other-only}, {@code
   * mediaconvert-1pct} or {@code mediaconvert-only}: {@link CorpusMix}), {@code --seed N} (decimal
   * or 0x…), {@code --events-per-file N} (default {@value #DEFAULT_EVENTS_PER_FILE}), {@code
   * --event-kb N} (every CreateJob record of the typical mix some N KB; default the typical sizes),
   * {@code --threads N} (default the available processors). Prints what it wrote as {@code
   * key=value} lines; a bad option is a message and exit code 2.
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    long size = 2L << 30;
    long seed = DEFAULT_SEED;
    CorpusMix mix = CorpusMix.TYPICAL;
    int perFile = DEFAULT_EVENTS_PER_FILE;
    int eventKb = 0;
    int threads = Runtime.getRuntime().availableProcessors();
    CorpusBuilder builder;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--out" -> out = Path.of(required(args[i], value));
          case "--size" -> size = parseSize(required(args[i], value));
          case "--mix" -> mix = CorpusMix.of(required(args[i], value));
          case "--seed" -> seed = seed(required(args[i], value));
          case "--events-per-file" -> perFile = number(args[i], value);
          case "--event-kb" -> eventKb = number(args[i], value);
          case "--threads" -> threads = number(args[i], value);
          case "-h", "--help" -> {
            System.out.println(
                "usage: CorpusBuilder --out DIR [--size 2g] [--mix typical|other-only|"
                    + "mediaconvert-1pct|mediaconvert-only] [--seed N] [--events-per-file 200]"
                    + " [--event-kb N] [--threads N]");
            return;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (out == null) {
        throw new IllegalArgumentException("--out DIR is required");
      }
      builder = new CorpusBuilder(seed, perFile, eventKb * 1024, mix);
    } catch (IllegalArgumentException e) {
      System.err.println("CorpusBuilder: " + e.getMessage());
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    Written w = builder.write(out, size, threads, System.err);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "files=%d%nrecords=%d%nbytes=%d%ngzip_bytes=%d%nseed=%s%nmix=%s%nbuild_seconds=%.1f%n",
        w.files(),
        w.records(),
        w.bytes(),
        w.gzipBytes(),
        Seeds.format(seed),
        mix.id(),
        seconds);
  }

  private static long seed(String value) {
    try {
      return Seeds.parse(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed needs a number (decimal or 0x…), not " + value);
    }
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(required(option, value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not \"" + value + "\"");
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /**
   * {@code 300m}, {@code 2g}, {@code 4096}: a size in bytes.
   *
   * @throws IllegalArgumentException for anything else
   */
  static long parseSize(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k")) {
      unit = 1L << 10;
    } else if (t.endsWith("m")) {
      unit = 1L << 20;
    } else if (t.endsWith("g")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      return Math.multiplyExact(Long.parseLong(t), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a size (a number of bytes, or of k, m or g)");
    }
  }
}
