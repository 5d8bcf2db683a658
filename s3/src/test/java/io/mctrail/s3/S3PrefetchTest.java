package io.mctrail.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.s3.FaultProxy.Answer;
import io.mctrail.s3.FaultProxy.Cut;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reading ahead: each object's bytes once and in order, whether it fits in the read-ahead or not,
 * despite faults; and a failure reaches the reader where it would without the read-ahead.
 */
class S3PrefetchTest {

  private static final String BUCKET = "prefetch-bucket";
  private static final S3Retries FAST =
      new S3Retries(3, Duration.ofMillis(1), Duration.ofMillis(5));
  private static final int HEAD = 20_000;

  @TempDir static Path folder;
  private static S3Server server;
  private static final List<S3Input> OBJECTS = new ArrayList<>();
  private static final List<byte[]> CONTENTS = new ArrayList<>();
  private FaultProxy proxy;
  private S3Client client;
  private S3Reader reader;

  @BeforeAll
  static void fillBucket() {
    server = S3Server.start(folder);
    server.createBucket(BUCKET);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 12; i++) {
      // Half fit in the read-ahead, half go on past it.
      byte[] content = new byte[i % 2 == 0 ? 5_000 + i : 60_000 + i];
      random.nextBytes(content);
      String key = String.format("logs/%02d.json.gz", i);
      server.put(BUCKET, key, content);
      OBJECTS.add(new S3Input(BUCKET, key, content.length));
      CONTENTS.add(content);
    }
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

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyObjectIsReadWholeAndOnceInOrder() throws IOException {
    try (S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS, 4, HEAD)) {
      for (int i = 0; i < OBJECTS.size(); i++) {
        assertThat(readAll(prefetch.open(OBJECTS.get(i)))).isEqualTo(CONTENTS.get(i));
      }
    }
    for (S3Input object : OBJECTS) {
      assertThat(proxy.servedBytes("/" + BUCKET + "/" + object.key()))
          .as(object.key())
          .isEqualTo(object.size());
    }
  }

  @Test
  void objectsReadAheadSurviveThrottlingAndCutsBeforeAndAfterTheirHead() throws IOException {
    proxy.inject("logs/01.json.gz", new Cut(10_000, false)); // within the head
    proxy.inject("logs/03.json.gz", new Cut(45_000, true)); // after the head
    proxy.inject("logs/04.json.gz", Answer.slowDown(), Answer.internalError());

    try (S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS, 3, HEAD)) {
      for (int i = 0; i < OBJECTS.size(); i++) {
        assertThat(readAll(prefetch.open(OBJECTS.get(i)))).isEqualTo(CONTENTS.get(i));
      }
    }
  }

  @Test
  void objectsOpenedOutOfOrderOrNotInTheOrderAreStillRead() throws IOException {
    try (S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS.subList(0, 6), 2, HEAD)) {
      assertThat(readAll(prefetch.open(OBJECTS.get(3)))).isEqualTo(CONTENTS.get(3));
      assertThat(readAll(prefetch.open(OBJECTS.get(0)))).isEqualTo(CONTENTS.get(0));
      assertThat(readAll(prefetch.open(OBJECTS.get(9)))).isEqualTo(CONTENTS.get(9));
      assertThat(readAll(prefetch.open(OBJECTS.get(5)))).isEqualTo(CONTENTS.get(5));
    }
  }

  @Test
  void aFailedOpenAheadIsThrownAtTheOpenAsWithoutTheReadAhead() throws IOException {
    proxy.inject("logs/02.json.gz", Answer.accessDenied(), Answer.accessDenied());
    String alone = null;
    try {
      reader.open(OBJECTS.get(2));
    } catch (S3ReadException e) {
      alone = e.getMessage();
    }

    try (S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS, 4, HEAD)) {
      readAll(prefetch.open(OBJECTS.get(0)));
      readAll(prefetch.open(OBJECTS.get(1)));
      assertThatThrownBy(() -> prefetch.open(OBJECTS.get(2)))
          .isInstanceOf(S3ReadException.class)
          .hasMessage(alone)
          .hasMessageContaining("access denied");
      assertThat(readAll(prefetch.open(OBJECTS.get(3)))).isEqualTo(CONTENTS.get(3));
    }
  }

  @Test
  void aReadThatBreaksOffAheadGivesItsBytesAndThenTheFailure() throws IOException {
    // Object 1 (60,001 bytes) breaks off at byte 7000 and cannot be resumed: within the head.
    proxy.inject(
        "logs/01.json.gz",
        new Cut(7_000, false),
        new Cut(0, false),
        new Cut(0, false),
        new Cut(0, false));

    try (S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS, 4, HEAD)) {
      readAll(prefetch.open(OBJECTS.get(0)));
      InputStream in = prefetch.open(OBJECTS.get(1));
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buffer = new byte[1000];
      IOException failure = null;
      try (in) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          got.write(buffer, 0, n);
        }
      } catch (IOException e) {
        failure = e;
      }
      assertThat(got.toByteArray()).isEqualTo(java.util.Arrays.copyOf(CONTENTS.get(1), 7_000));
      assertThat(failure)
          .isInstanceOf(S3ReadException.class)
          .hasMessageContaining("broke off at byte 7000 of 60001");
    }
  }

  @Test
  void aClosedReadAheadOpensNothingMore() throws IOException {
    S3Prefetch prefetch = new S3Prefetch(reader, OBJECTS, 4, HEAD);
    readAll(prefetch.open(OBJECTS.get(0)));
    prefetch.close();

    assertThatThrownBy(() -> prefetch.open(OBJECTS.get(1)))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("the read-ahead is closed");
  }
}
