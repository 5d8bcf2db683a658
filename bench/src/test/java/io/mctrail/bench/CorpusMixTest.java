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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The corpora of the second performance issue: other services only, one MediaConvert record in a
 * hundred, MediaConvert only (CreateJob of 1 to 8 outputs, GetJob, ListJobs); each file a function
 * of the seed, the mix and its index, and the typical mix still the default.
 */
class CorpusMixTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = 20240601L;
  private static final String MEDIACONVERT = "mediaconvert.amazonaws.com";

  @Test
  void theOtherOnlyMixHoldsNoMediaConvertRecord() {
    CorpusBuilder builder = new CorpusBuilder(SEED, 200, 0, CorpusMix.OTHER_ONLY);
    Map<String, Integer> sources = new TreeMap<>();
    for (int file = 0; file < 6; file++) {
      for (byte[] record : builder.file(file).records()) {
        sources.merge(parse(record).path("eventSource").asText(), 1, Integer::sum);
      }
    }

    assertThat(sources).doesNotContainKey(MEDIACONVERT);
    assertThat(sources.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1200);
    assertThat(sources).containsKeys("s3.amazonaws.com", "sts.amazonaws.com", "kms.amazonaws.com");
  }

  @Test
  void oneRecordInAHundredOfTheSparseMixIsMediaConvert() {
    CorpusBuilder builder = new CorpusBuilder(SEED, 500, 0, CorpusMix.MEDIACONVERT_1PCT);
    int all = 0;
    List<JsonNode> mediaConvert = new ArrayList<>();
    for (int file = 0; file < 12; file++) {
      for (byte[] bytes : builder.file(file).records()) {
        all++;
        JsonNode record = parse(bytes);
        if (record.path("eventSource").asText().equals(MEDIACONVERT)) {
          mediaConvert.add(record);
        }
      }
    }

    // 6000 records: 60 expected; a binomial count within three standard deviations (7.7).
    assertThat(all).isEqualTo(6000);
    assertThat(mediaConvert).hasSizeBetween(37, 83);
    assertThat(mediaConvert)
        .extracting(r -> r.path("eventName").asText())
        .allMatch(name -> List.of("CreateJob", "GetJob", "ListJobs").contains(name));
  }

  @Test
  void theMediaConvertOnlyMixIsCreateJobOfOneToEightOutputsGetJobAndListJobs() {
    CorpusBuilder builder = new CorpusBuilder(SEED, 100, 0, CorpusMix.MEDIACONVERT_ONLY);
    Map<String, Integer> operations = new TreeMap<>();
    TreeSet<Integer> outputCounts = new TreeSet<>();
    int failed = 0;
    for (int file = 0; file < 6; file++) {
      for (byte[] bytes : builder.file(file).records()) {
        JsonNode record = parse(bytes);
        assertThat(record.path("eventSource").asText()).isEqualTo(MEDIACONVERT);
        String operation = record.path("eventName").asText();
        operations.merge(operation, 1, Integer::sum);
        failed += record.has("errorCode") ? 1 : 0;
        if (operation.equals("CreateJob")) {
          JsonNode settings = record.at("/requestParameters/settings");
          assertThat(record.at("/responseElements/job/settings")).isEqualTo(settings);
          int outputs = 0;
          for (JsonNode group : settings.path("outputGroups")) {
            outputs += group.path("outputs").size();
          }
          outputCounts.add(outputs);
        }
      }
    }

    assertThat(operations.keySet()).containsExactly("CreateJob", "GetJob", "ListJobs");
    // 600 records: 40%, 40% and 20%, each within a few points.
    assertThat(operations.get("CreateJob")).isBetween(600 * 34 / 100, 600 * 46 / 100);
    assertThat(operations.get("GetJob")).isBetween(600 * 34 / 100, 600 * 46 / 100);
    assertThat(operations.get("ListJobs")).isBetween(600 * 15 / 100, 600 * 25 / 100);
    assertThat(outputCounts).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(failed).as("a few failed calls").isBetween(1, 600 * 60 / 100 * 8 / 100);
  }

  @Test
  void theDefaultProfileFindsNoErrorInTheMediaConvertOnlyMix() {
    Validator validator = Validator.create(ValidatorConfig.defaults());
    CorpusBuilder builder = new CorpusBuilder(SEED + 7, 40, 0, CorpusMix.MEDIACONVERT_ONLY);
    List<String> errors = new ArrayList<>();
    for (int file = 0; file < 4; file++) {
      for (byte[] bytes : builder.file(file).records()) {
        for (Finding f : validator.validate(bytes).findings()) {
          if (f.severity() == Severity.ERROR) {
            errors.add(
                parse(bytes).path("eventName").asText() + " " + f.rule() + " " + f.pointer());
          }
        }
      }
    }

    assertThat(errors).isEmpty();
  }

  @Test
  void eachFileOfAMixIsAFunctionOfTheSeedTheMixAndItsIndex() {
    for (CorpusMix mix : CorpusMix.values()) {
      CorpusBuilder.LogFile once = new CorpusBuilder(SEED, 30, 0, mix).file(5);
      CorpusBuilder.LogFile again = new CorpusBuilder(SEED, 30, 0, mix).file(5);
      CorpusBuilder.LogFile otherSeed = new CorpusBuilder(SEED + 1, 30, 0, mix).file(5);

      assertThat(again.path()).as(mix.id()).isEqualTo(once.path());
      assertThat(again.records()).as(mix.id()).hasSameSizeAs(once.records());
      for (int i = 0; i < once.records().size(); i++) {
        assertThat(again.records().get(i)).as(mix.id()).isEqualTo(once.records().get(i));
      }
      assertThat(otherSeed.records().get(0)).as(mix.id()).isNotEqualTo(once.records().get(0));
    }
  }

  @Test
  void theTypicalMixIsTheDefaultAndTheMixesDiffer() {
    CorpusBuilder.LogFile byDefault = new CorpusBuilder(SEED, 30, 0).file(2);
    CorpusBuilder.LogFile typical = new CorpusBuilder(SEED, 30, 0, CorpusMix.TYPICAL).file(2);
    CorpusBuilder.LogFile other = new CorpusBuilder(SEED, 30, 0, CorpusMix.OTHER_ONLY).file(2);

    assertThat(typical.gzipped()).isEqualTo(byDefault.gzipped());
    assertThat(other.path()).isEqualTo(typical.path());
    assertThat(other.gzipped()).isNotEqualTo(typical.gzipped());
  }

  @Test
  void aMixIsNamedAsOnTheCommandLineAndAnUnknownNameListsTheMixes() {
    assertThat(CorpusMix.of("mediaconvert-1pct")).isEqualTo(CorpusMix.MEDIACONVERT_1PCT);
    assertThat(CorpusMix.of(" Other-Only ")).isEqualTo(CorpusMix.OTHER_ONLY);
    assertThatThrownBy(() -> CorpusMix.of("mediaconvert"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no mix \"mediaconvert\"; the mixes are typical, other-only, mediaconvert-1pct,"
                + " mediaconvert-only");
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
