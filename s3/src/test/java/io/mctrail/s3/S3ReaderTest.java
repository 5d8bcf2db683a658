package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.s3.FaultProxy.Answer;
import io.mctrail.s3.FaultProxy.Cut;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reading objects through a proxy that throttles, fails and cuts connections: every byte of each
 * object arrives once, in order; an object that cannot be read is a clear error naming it.
 */
class S3ReaderTest {

  private static final String BUCKET = "trail-bucket";
  private static final S3Retries FAST =
      new S3Retries(4, Duration.ofMillis(1), Duration.ofMillis(5));

  @TempDir static Path folder;
  private static S3Server server;
  private FaultProxy proxy;
  private S3Client client;
  private S3Reader reader;

  @BeforeAll
  static void startServer() {
    server = S3Server.start(folder);
    server.createBucket(BUCKET);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void startProxy() throws IOException {
    proxy = FaultProxy.start(server.endpoint());
    client = S3Clients.create(S3Server.options(proxy.endpoint(), FAST));
    reader = new S3Reader(client, FAST);
  }

  @AfterEach
  void stopProxy() throws IOException {
    client.close();
    proxy.close();
  }

  private static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }

  private S3Input object(String key, byte[] content) {
    server.put(BUCKET, key, content);
    return new S3Input(BUCKET, key, content.length);
  }

  private byte[] readAll(S3Input input) throws IOException {
    try (InputStream in = reader.open(input)) {
      return in.readAllBytes();
    }
  }

  @Test
  void anObjectIsReadWhole() throws IOException {
    byte[] content = content(300_000, 1);
    S3Input input = object("plain.json.gz", content);

    assertThat(readAll(input)).isEqualTo(content);
    assertThat(proxy.servedBytes("/" + BUCKET + "/plain.json.gz")).isEqualTo(content.length);
  }

  @Test
  void throttlingAndServerErrorsAreRetriedBeforeTheBodyStarts() throws IOException {
    byte[] content = content(50_000, 2);
    S3Input input = object("throttled.json.gz", content);
    proxy.inject("throttled.json.gz", Answer.slowDown(), Answer.slowDown(), Answer.internalError());

    assertThat(readAll(input)).isEqualTo(content);
    assertThat(proxy.requests()).filteredOn(r -> r.path().endsWith("throttled.json.gz")).hasSize(4);
  }

  @Test
  void aConnectionClosedMidObjectIsResumedFromTheByteWhereItBroke() throws IOException {
    byte[] content = content(300_000, 3);
    S3Input input = object("cut.json.gz", content);
    proxy.inject("cut.json.gz", new Cut(100_000, false), new Cut(50_000, false));

    assertThat(readAll(input)).isEqualTo(content);
    assertThat(proxy.requests())
        .filteredOn(r -> r.path().endsWith("cut.json.gz"))
        .extracting(FaultProxy.Request::range)
        .containsExactly(null, "bytes=100000-", "bytes=150000-");
    // Each byte crossed the proxy once: nothing was read twice, nothing skipped.
    assertThat(proxy.servedBytes("/" + BUCKET + "/cut.json.gz")).isEqualTo(content.length);
  }

  @Test
  void aConnectionResetMidObjectIsResumedAndNothingIsLostOrRepeated() throws IOException {
    byte[] content = content(400_000, 4);
    S3Input input = object("reset.json.gz", content);
    proxy.inject("reset.json.gz", new Cut(120_000, true), Answer.slowDown(), new Cut(10_000, true));

    assertThat(readAll(input)).isEqualTo(content);
    assertThat(proxy.requests())
        .filteredOn(r -> r.path().endsWith("reset.json.gz") && r.range() != null)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.range()).matches("bytes=\\d+-"));
  }

  @Test
  void aReadCutMoreOftenThanTheTriesAllowIsAClearError() {
    byte[] content = content(100_000, 5);
    S3Input input = object("hopeless.json.gz", content);
    proxy.inject(
        "hopeless.json.gz",
        new Cut(1000, false),
        new Cut(0, false),
        new Cut(0, false),
        new Cut(0, false),
        new Cut(0, false));

    assertThatThrownBy(() -> readAll(input))
        .isInstanceOf(S3ReadException.class)
        .hasMessageContaining("s3://trail-bucket/hopeless.json.gz")
        .hasMessageContaining("broke off at byte 1000 of 100000");
  }

  @Test
  void anObjectDeniedIsAClearErrorNamingIt() {
    S3Input input = object("denied.json.gz", content(1000, 6));
    proxy.inject("denied.json.gz", Answer.accessDenied());

    assertThatThrownBy(() -> reader.open(input))
        .isInstanceOf(S3ReadException.class)
        .hasMessage(
            "s3://trail-bucket/denied.json.gz: access denied (AccessDenied, HTTP 403): check the"
                + " credentials and the bucket's policy")
        .extracting(e -> ((S3ReadException) e).reason())
        .isEqualTo(
            "access denied (AccessDenied, HTTP 403): check the credentials and the bucket's policy");
  }

  @Test
  void anObjectGoneSinceTheListingIsAClearErrorNamingIt() {
    S3Input input = new S3Input(BUCKET, "gone.json.gz", 10);

    assertThatThrownBy(() -> reader.open(input))
        .isInstanceOf(S3ReadException.class)
        .hasMessageStartingWith("s3://trail-bucket/gone.json.gz: no such object");
  }

  @Test
  void anObjectReplacedWhileBeingReadIsNotStitchedTogether() throws IOException {
    byte[] content = content(200_000, 7);
    S3Input input = object("replaced.json.gz", content);
    proxy.inject("replaced.json.gz", new Cut(100_000, false));

    try (InputStream in = reader.open(input)) {
      assertThat(in.readNBytes(50_000)).isEqualTo(java.util.Arrays.copyOf(content, 50_000));
      server.put(BUCKET, "replaced.json.gz", content(200_000, 8));
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(S3ReadException.class)
          .hasMessageContaining("changed while it was being read");
    }
  }

  @Test
  void severalThreadsReadTheirObjectsThroughOneReaderDespiteFaults() throws Exception {
    List<S3Input> inputs = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      byte[] content = content(100_000 + i * 1000, 10 + i);
      inputs.add(object("parallel/" + i + ".json.gz", content));
      contents.add(content);
      proxy.inject(
          "parallel/" + i + ".json.gz",
          i % 2 == 0 ? Answer.slowDown() : new Cut(30_000 + i, false),
          new Cut(70_000, i % 3 == 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> reads = new ArrayList<>();
      for (S3Input input : inputs) {
        reads.add(pool.submit(() -> readAll(input)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(reads.get(i).get()).as(inputs.get(i).key()).isEqualTo(contents.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
