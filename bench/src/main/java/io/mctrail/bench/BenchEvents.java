package io.mctrail.bench;

import io.mctrail.testkit.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The events every benchmark of one run reads, loaded once into memory: by default the first
 * {@value #DEFAULT_COUNT} records of the corpus {@link CorpusBuilder} builds from its default seed
 * (realistic CreateJob records, the other MediaConvert operations and other services' records), so
 * no folder is needed; or the {@code *.json} files of the folder {@code -Dmctrail.bench.events=DIR}
 * names (one event each), in name order. {@code -Dmctrail.bench.seed} and {@code
 * -Dmctrail.bench.count} choose other built events.
 */
public final class BenchEvents {

  /** How many records the benchmarks read unless told otherwise. */
  public static final int DEFAULT_COUNT = 1000;

  private BenchEvents() {}

  /** The events the system properties choose. */
  public static List<byte[]> load() {
    String dir = System.getProperty("mctrail.bench.events");
    if (dir != null && !dir.isBlank()) {
      return load(Path.of(dir));
    }
    return CorpusBuilder.records(seed(), count());
  }

  /** What {@link #load()} reads, for people: the folder, or the seed and count. */
  public static String describe() {
    String dir = System.getProperty("mctrail.bench.events");
    if (dir != null && !dir.isBlank()) {
      return "the *.json events of " + dir;
    }
    return "the first " + count() + " records of the corpus of seed " + Seeds.format(seed());
  }

  /** The events of {@code folder}, as bytes. */
  public static List<byte[]> load(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<byte[]> events = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        events.add(Files.readAllBytes(p));
      }
      if (events.isEmpty()) {
        throw new IllegalStateException("no *.json events in " + folder);
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed of the built events: {@code -Dmctrail.bench.seed}, or the corpus's default. */
  public static long seed() {
    String seed = System.getProperty("mctrail.bench.seed");
    return seed == null || seed.isBlank() ? CorpusBuilder.DEFAULT_SEED : Seeds.parse(seed);
  }

  private static int count() {
    return Integer.getInteger("mctrail.bench.count", DEFAULT_COUNT);
  }

  /** The mean size of the events, in bytes. */
  public static double meanSize(List<byte[]> events) {
    return events.stream().mapToInt(b -> b.length).average().orElse(0);
  }
}
