package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A measurement, not a test of the build (its name keeps it out of the test run): how long reading
 * 120 objects of 20 KB one after the other takes when each request waits 30 ms before the server
 * sees it (a distant bucket's time to first byte), read plainly and through {@link S3Prefetch}. Run
 * it with
 *
 * <pre>
 * ./mvnw -B -pl s3 verify -Dtest=PrefetchMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read its lines in {@code
 * s3/target/surefire-reports/io.mctrail.s3.PrefetchMeasurement-output.txt}.
 */
class PrefetchMeasurement {

  private static final int OBJECTS = 120;
  private static final int SIZE = 20_000;
  private static final long LATENCY_MILLIS = 30;

  @TempDir Path folder;

  @Test
  void readPlainlyAndWithReadAhead() throws Exception {
    try (S3Server server = S3Server.start(folder);
        FaultProxy proxy = FaultProxy.start(server.endpoint())) {
      server.createBucket("measure");
      List<S3Input> objects = new ArrayList<>();
      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < OBJECTS; i++) {
        byte[] content = new byte[SIZE];
        random.nextBytes(content);
        String key = String.format("AWSLogs/%04d.json.gz", i);
        server.put("measure", key, content);
        objects.add(new S3Input("measure", key, SIZE));
      }
      proxy.latency(LATENCY_MILLIS);
      try (S3Client client =
          S3Clients.create(S3Server.options(proxy.endpoint(), S3Retries.DEFAULT))) {
        S3Reader reader = new S3Reader(client, S3Retries.DEFAULT);
        // Once to warm the JVM and the connections up, then measured.
        for (int round = 0; round < 2; round++) {
          long start = System.nanoTime();
          long bytes = 0;
          for (S3Input object : objects) {
            bytes += drain(reader.open(object));
          }
          report(round, "plain", start, bytes);
          for (int ahead : new int[] {4, 8, 16}) {
            start = System.nanoTime();
            bytes = 0;
            try (S3Prefetch prefetch = new S3Prefetch(reader, objects, ahead, 1 << 20)) {
              for (S3Input object : objects) {
                bytes += drain(prefetch.open(object));
              }
            }
            report(round, "read-ahead " + ahead, start, bytes);
          }
        }
      }
    }
  }

  private static long drain(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes().length;
    }
  }

  private static void report(int round, String how, long start, long bytes) {
    assertThat(bytes).isEqualTo((long) OBJECTS * SIZE);
    if (round == 1) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "%-14s %d objects of %d bytes, %d ms before each request: %5d ms, %6.1f objects/s%n",
          how, OBJECTS, SIZE, LATENCY_MILLIS, millis, OBJECTS * 1000.0 / millis);
    }
  }
}
