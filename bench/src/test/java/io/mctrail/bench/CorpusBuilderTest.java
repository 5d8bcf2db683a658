package io.mctrail.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus the benchmarks run on: the same for a seed, whatever the threads that write it;
 * gzipped log files in the S3 layout whose records share the file's account, region and minutes;
 * the typical mix of realistic CreateJob records (5 to 40 KB), the other MediaConvert operations
 * and other services, or another mix (other services only, 1% MediaConvert, MediaConvert only);
 * consistent, so the default profile finds no error in them.
 */
class CorpusBuilderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = 20240601L;
  private static final Pattern S3_PATH =
      Pattern.compile(
          "AWSLogs/(\\d{12})/CloudTrail/([a-z0-9-]+)/(\\d{4})/(\\d{2})/(\\d{2})/"
              + "\\1_CloudTrail_\\2_(\\d{8}T\\d{4}Z)_[A-Za-z0-9]{16}\\.json\\.gz");

  /** Six files of forty records: every account and region once. */
  private static final List<CorpusBuilder.LogFile> FILES = files(new CorpusBuilder(SEED, 40, 0), 6);

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
    CorpusBuilder.LogFile again = new CorpusBuilder(SEED, 40, 0).file(4);
    CorpusBuilder.LogFile other = new CorpusBuilder(SEED + 1, 40, 0).file(4);

    assertThat(again.path()).isEqualTo(FILES.get(4).path());
    assertThat(again.records()).hasSameSizeAs(FILES.get(4).records());
    for (int i = 0; i < again.records().size(); i++) {
      assertThat(again.records().get(i)).isEqualTo(FILES.get(4).records().get(i));
    }
    assertThat(again.gzipped()).isEqualTo(FILES.get(4).gzipped());
    assertThat(other.path()).isNotEqualTo(again.path());
  }

  @Test
  void createJobRecordsAreJobsOfSeveralGroupsOfFiveToFortyKilobytes() {
    List<JsonNode> createJobs = records("CreateJob");
    assertThat(createJobs).hasSizeGreaterThan(80);
    long total = 0;
    Set<String> groupTypes = new HashSet<>();
    Set<String> videoCodecs = new HashSet<>();
    Set<String> audioCodecs = new HashSet<>();
    int severalInputs = 0;
    for (JsonNode record : createJobs) {
      int size = bytes(record).length;
      total += size;
      assertThat(size)
          .isBetween(CorpusBuilder.MIN_CREATE_JOB_BYTES, CorpusBuilder.MAX_CREATE_JOB_BYTES);
      JsonNode settings = record.at("/requestParameters/settings");
      assertThat(record.at("/responseElements/job/settings")).isEqualTo(settings);
      JsonNode groups = settings.path("outputGroups");
      Set<String> types = new HashSet<>();
      for (JsonNode group : groups) {
        types.add(group.at("/outputGroupSettings/type").asText());
        for (JsonNode output : group.path("outputs")) {
          videoCodecs.add(output.at("/videoDescription/codecSettings/codec").asText());
          output
              .path("audioDescriptions")
              .forEach(a -> audioCodecs.add(a.at("/codecSettings/codec").asText()));
        }
      }
      assertThat(types)
          .as("groups of different types")
          .hasSize(groups.size())
          .hasSizeGreaterThan(1);
      groupTypes.addAll(types);
      for (JsonNode input : settings.path("inputs")) {
        assertThat(input.path("fileInput").asText()).startsWith("s3://");
        assertThat(input.path("audioSelectors").size()).isPositive();
        assertThat(input.path("captionSelectors").size()).isPositive();
      }
      severalInputs += settings.path("inputs").size() > 1 ? 1 : 0;
    }
    assertThat(total / createJobs.size()).as("mean size").isBetween(9_000L, 14_000L);
    assertThat(groupTypes).hasSize(RealisticJobs.GROUP_TYPES.size());
    assertThat(videoCodecs).containsExactlyInAnyOrder("H_264", "H_265");
    assertThat(audioCodecs).containsExactly("AAC");
    assertThat(severalInputs).isPositive();
  }

  @Test
  void theMixHoldsCreateJobTheOtherOperationsAndOtherServices() {
    Map<String, Integer> kinds = new TreeMap<>();
    Set<String> operations = new HashSet<>();
    for (CorpusBuilder.LogFile file : FILES) {
      for (byte[] bytes : file.records()) {
        JsonNode r = parse(bytes);
        boolean mediaConvert = r.path("eventSource").asText().equals("mediaconvert.amazonaws.com");
        String kind =
            !mediaConvert
                ? "other service"
                : r.path("eventName").asText().equals("CreateJob")
                    ? "CreateJob"
                    : "other operation";
        kinds.merge(kind, 1, Integer::sum);
        if (mediaConvert) {
          operations.add(r.path("eventName").asText());
        }
      }
    }
    int all = 6 * 40;
    assertThat(kinds.get("CreateJob")).isBetween(all * 40 / 100, all * 60 / 100);
    assertThat(kinds.get("other operation")).isBetween(all * 15 / 100, all * 35 / 100);
    assertThat(kinds.get("other service")).isBetween(all * 15 / 100, all * 35 / 100);
    assertThat(operations).hasSizeGreaterThan(15);
  }

  @Test
  void theDefaultProfileFindsNoErrorInTheMediaConvertRecords() {
    Validator validator = Validator.create(ValidatorConfig.defaults());
    int createJobs = 0;
    List<String> errors = new ArrayList<>();
    for (CorpusBuilder.LogFile file : FILES) {
      for (byte[] bytes : file.records()) {
        JsonNode r = parse(bytes);
        if (!r.path("eventSource").asText().equals("mediaconvert.amazonaws.com")) {
          continue;
        }
        createJobs += r.path("eventName").asText().equals("CreateJob") ? 1 : 0;
        for (Finding f : validator.validate(bytes).findings()) {
          if (f.severity() == Severity.ERROR) {
            errors.add(r.path("eventName").asText() + " " + f.rule() + " " + f.pointer());
          }
        }
      }
    }
    assertThat(createJobs).isPositive();
    assertThat(errors).isEmpty();
  }

  @Test
  void writtenFilesAreGzippedRecordsInTheS3LayoutAndTheSameWhateverTheThreads(@TempDir Path dir)
      throws IOException {
    CorpusBuilder builder = new CorpusBuilder(SEED, 12, 0);
    CorpusBuilder.Written one = builder.write(dir.resolve("one"), 600_000, 1, null);
    CorpusBuilder.Written three = builder.write(dir.resolve("three"), 600_000, 3, null);

    assertThat(three).isEqualTo(one);
    assertThat(one.bytes()).isGreaterThanOrEqualTo(600_000);
    Map<String, byte[]> oneFiles = contents(dir.resolve("one"));
    Map<String, byte[]> threeFiles = contents(dir.resolve("three"));
    assertThat(threeFiles.keySet()).isEqualTo(oneFiles.keySet());
    oneFiles.forEach((path, bytes) -> assertThat(threeFiles.get(path)).as(path).isEqualTo(bytes));
    assertThat((long) oneFiles.size()).isEqualTo(one.files());

    long records = 0;
    long uncompressed = 0;
    DateTimeFormatter fileTime =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    for (Map.Entry<String, byte[]> file : oneFiles.entrySet()) {
      Matcher m = S3_PATH.matcher(file.getKey());
      assertThat(m.matches()).as(file.getKey()).isTrue();
      Instant written = fileTime.parse(m.group(6), Instant::from);
      byte[] text;
      try (InputStream in =
          new GZIPInputStream(new java.io.ByteArrayInputStream(file.getValue()))) {
        text = in.readAllBytes();
      }
      uncompressed += text.length;
      JsonNode log = JSON.readTree(text);
      assertThat(log.fieldNames()).toIterable().containsExactly("Records");
      for (JsonNode r : log.get("Records")) {
        records++;
        assertThat(r.path("recipientAccountId").asText()).isEqualTo(m.group(1));
        assertThat(r.path("awsRegion").asText()).isEqualTo(m.group(2));
        Instant at = Instant.parse(r.path("eventTime").asText());
        assertThat(Duration.between(at, written)).isBetween(Duration.ZERO, Duration.ofMinutes(5));
        assertThat(m.group(3) + "-" + m.group(4) + "-" + m.group(5))
            .isEqualTo(written.toString().substring(0, 10));
      }
    }
    assertThat(records).isEqualTo(one.records());
    assertThat(uncompressed).isEqualTo(one.bytes());
  }

  @Test
  void fixedSizeCreateJobRecordsComeWithinATenthOfTheirSize() {
    Validator validator = Validator.create(ValidatorConfig.defaults());
    for (int kb : new int[] {5, 20, 80, 320}) {
      List<byte[]> records = CorpusBuilder.createJobs(SEED, kb == 320 ? 1 : 3, kb * 1024);
      for (byte[] r : records) {
        assertThat((double) r.length).as(kb + " KB").isBetween(kb * 1024 * 0.9, kb * 1024 * 1.1);
        assertThat(parse(r).path("eventName").asText()).isEqualTo("CreateJob");
        assertThat(validator.validate(r).findings())
            .as(kb + " KB")
            .noneMatch(f -> f.severity() == Severity.ERROR);
      }
    }
  }

  @Test
  void theBenchmarksEventsAreTheFirstRecordsOfTheCorpus() {
    List<byte[]> events = CorpusBuilder.records(SEED, 250);
    CorpusBuilder builder = new CorpusBuilder(SEED);

    assertThat(events).hasSize(250);
    List<byte[]> first = builder.file(0).records();
    for (int i = 0; i < first.size(); i++) {
      assertThat(events.get(i)).isEqualTo(first.get(i));
    }
    assertThat(events.get(first.size())).isEqualTo(builder.file(1).records().get(0));
  }

  @Test
  void sizesAreReadWithTheirUnit() {
    assertThat(CorpusBuilder.parseSize("4096")).isEqualTo(4096);
    assertThat(CorpusBuilder.parseSize("300m")).isEqualTo(300L << 20);
    assertThat(CorpusBuilder.parseSize("2G")).isEqualTo(2L << 30);
    assertThat(CorpusBuilder.parseSize("64k")).isEqualTo(64L << 10);
  }

  @Test
  void somethingElseThanASizeIsNamedInTheError() {
    assertThatThrownBy(() -> CorpusBuilder.parseSize("1.5g"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"1.5g\" is not a size (a number of bytes, or of k, m or g)");
    assertThatThrownBy(() -> CorpusBuilder.parseSize("99999999999g"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<CorpusBuilder.LogFile> files(CorpusBuilder builder, int n) {
    List<CorpusBuilder.LogFile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(builder.file(i));
    }
    return out;
  }

  private static List<JsonNode> records(String eventName) {
    List<JsonNode> out = new ArrayList<>();
    for (CorpusBuilder.LogFile file : FILES) {
      for (byte[] bytes : file.records()) {
        JsonNode r = parse(bytes);
        if (r.path("eventName").asText().equals(eventName)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode record) {
    try {
      return JSON.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
