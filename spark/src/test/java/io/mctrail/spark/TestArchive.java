package io.mctrail.spark;

import io.mctrail.testkit.Gen;
import io.mctrail.testkit.Seeds;
import io.mctrail.testkit.event.CloudTrailEvents;
import io.mctrail.testkit.event.EventScope;
import io.mctrail.testkit.mutation.Mutation;
import io.mctrail.testkit.mutation.Mutations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPOutputStream;

/**
 * A small CloudTrail archive in the S3 layout, drawn from a fixed seed: gzipped log files of three
 * days holding consistent MediaConvert records, records with one known defect of every layer but
 * syntax, and other services' records; a truncated gzip, a file that is no log file at all, an
 * empty file, a UTF-16 file, a digest file, and files that are not inputs (a hidden one, a README).
 */
final class TestArchive {

  static final String ACCOUNT = "111122223333";
  static final String REGION = "eu-west-1";
  static final String TRAIL = "AWSLogs/" + ACCOUNT + "/CloudTrail/" + REGION + "/";
  static final String DIGESTS = "AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/" + REGION + "/";

  /** The log files of the archive (digest file included), by their path under the root. */
  final Map<String, byte[]> inputs = new LinkedHashMap<>();

  /** Files under the root that are not inputs. */
  final Map<String, byte[]> others = new LinkedHashMap<>();

  private final RandomGenerator random = Seeds.random(0x5a4b_2026L);

  private TestArchive() throws IOException {
    inputs.put(
        file("2026/11/29", "20261129T2355Z_a.json.gz"),
        gzip(logFile(consistent(4, "2026-11-29T23:50:00Z"), defective(3), otherServices(2))));
    inputs.put(
        file("2026/11/30", "20261130T0005Z_b.json.gz"),
        gzip(
            logFile(
                defective(3),
                consistent(2, "2026-11-30T00:01:00Z"),
                otherServices(1),
                eventTypeDefect("2026-11-30T00:02:00Z"))));
    byte[] whole = gzip(logFile(consistent(12, "2026-11-30T00:06:00Z"), defective(2)));
    inputs.put(
        file("2026/11/30", "20261130T0010Z_c.json.gz"), Arrays.copyOf(whole, whole.length * 3 / 5));
    inputs.put(
        file("2026/11/30", "20261130T0015Z_d.json.gz"),
        "this is no log file\u0000\u0001\u0002 }{ ]".getBytes(StandardCharsets.ISO_8859_1));
    inputs.put(file("2026/11/30", "20261130T0020Z_e.json"), new byte[0]);
    inputs.put(
        file("2026/12/01", "20261201T0005Z_f.json"),
        new String(
                logFile(defective(2), consistent(1, "2026-12-01T00:02:00Z")),
                StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_16LE));
    inputs.put(
        DIGESTS
            + "2026/11/30/"
            + ACCOUNT
            + "_CloudTrail-Digest_"
            + REGION
            + "_trail_"
            + REGION
            + "_20261130T010000Z.json.gz",
        gzip(
            ("{\"digestStartTime\":\"2026-11-30T00:00:00Z\",\"digestEndTime\":"
                    + "\"2026-11-30T01:00:00Z\",\"logFiles\":[]}")
                .getBytes(StandardCharsets.UTF_8)));
    others.put(TRAIL + "2026/11/30/.partial.json.gz", gzip(logFile(defective(1))));
    others.put("README.md", "not a log file".getBytes(StandardCharsets.UTF_8));
  }

  /** The archive, drawn once in a JVM: drawing it is what takes long, not writing it. */
  private static TestArchive drawn;

  /** Writes the archive under {@code root}. */
  static synchronized TestArchive writeTo(Path root) throws IOException {
    if (drawn == null) {
      drawn = new TestArchive();
    }
    TestArchive archive = drawn;
    for (Map<String, byte[]> files : List.of(archive.inputs, archive.others)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = root.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
      }
    }
    return archive;
  }

  private static String file(String day, String name) {
    return TRAIL + day + "/" + ACCOUNT + "_CloudTrail_" + REGION + "_" + name;
  }

  private List<byte[]> consistent(int n, String time) {
    EventScope scope = new EventScope("aws", REGION, ACCOUNT, Instant.parse(time), "1.11");
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String operation =
          CloudTrailEvents.operations().get(random.nextInt(CloudTrailEvents.operations().size()));
      out.add(CloudTrailEvents.of(operation, Gen.constant(scope)).generate(random).bytes());
    }
    return out;
  }

  /** A record of the archive's account and region whose {@code eventType} is wrong. */
  private List<byte[]> eventTypeDefect(String time) {
    EventScope scope = new EventScope("aws", REGION, ACCOUNT, Instant.parse(time), "1.11");
    Mutation m = Mutations.named("envelope.event-type").orElseThrow();
    return List.of(
        m.inject(CloudTrailEvents.of("GetJob", Gen.constant(scope)).generate(random), random)
            .bytes());
  }

  /** Records with one defect each, of mutations of every layer but syntax, drawn at random. */
  private List<byte[]> defective(int n) {
    List<Mutation> mutations =
        Mutations.all().stream().filter(m -> !m.rule().startsWith("syntax.")).toList();
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Mutation m = mutations.get(random.nextInt(mutations.size()));
      out.add(m.defects().generate(random).bytes());
    }
    return out;
  }

  private List<byte[]> otherServices(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          ("{\"eventVersion\":\"1.09\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":"
                  + "\"GetObject\",\"eventTime\":\"2026-11-30T00:00:0"
                  + i
                  + "Z\",\"awsRegion\":\""
                  + REGION
                  + "\",\"eventID\":\"00000000-0000-4000-8000-00000000000"
                  + i
                  + "\",\"recipientAccountId\":\""
                  + ACCOUNT
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @SafeVarargs
  private static byte[] logFile(List<byte[]>... groups) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"Records\":[".getBytes(StandardCharsets.UTF_8));
    boolean first = true;
    for (List<byte[]> group : groups) {
      for (byte[] record : group) {
        if (!first) {
          out.write(',');
        }
        first = false;
        out.writeBytes(record);
      }
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
