package io.mctrail.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputNamesTest {

  @Test
  void logFilesAndTheOtherFormsAreInputsByTheirEnding() {
    assertThat(InputNames.isInput("111122223333_CloudTrail_eu-west-1_20261130T0105Z_a.json.gz"))
        .isTrue();
    assertThat(InputNames.isInput("events.JSON")).isTrue();
    assertThat(InputNames.isInput("stream.ndjson")).isTrue();
    assertThat(InputNames.isInput("lines.jsonl")).isTrue();
    assertThat(InputNames.isInput("payload.b64")).isTrue();
    assertThat(InputNames.isInput("export.log")).isTrue();
  }

  @Test
  void otherFilesAndHiddenOnesAreNot() {
    assertThat(InputNames.isInput("README.md")).isFalse();
    assertThat(InputNames.isInput("part-00000.parquet")).isFalse();
    assertThat(InputNames.isInput("_SUCCESS")).isFalse();
    assertThat(InputNames.isInput(".trail.json.gz")).isFalse();
  }
}
