package io.mctrail.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The events every benchmark of one run reads: the {@code *.json} files of a folder (one event
 * each), loaded once into memory, in name order. The folder is {@code -Dmctrail.bench.events},
 * written by {@link CorpusBuilder}.
 */
public final class BenchEvents {

  private BenchEvents() {}

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

  /** The folder the system property names, or a clear error. */
  public static Path folder() {
    String dir = System.getProperty("mctrail.bench.events");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "set -Dmctrail.bench.events=FOLDER (written by io.mctrail.bench.CorpusBuilder)");
    }
    return Path.of(dir);
  }

  /** The mean size of the events, in bytes. */
  public static double meanSize(List<byte[]> events) {
    return events.stream().mapToInt(b -> b.length).average().orElse(0);
  }
}
