package io.mctrail.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.records.InputItem;
import io.mctrail.records.InputLimits;
import io.mctrail.records.RecordReader;
import io.mctrail.records.SkipReason;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemCheckTest {

  private static final String OTHER_SERVICE =
      "{\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"eventID\":\"e1\"}";
  private static final String BROKEN_MEDIACONVERT =
      "{\"eventSource\":\"mediaconvert.amazonaws.com\",\"eventName\":\"GetJob\",\"eventID\":";

  private static List<ItemCheck.Outcome> outcomes(ItemCheck check, String input)
      throws IOException {
    List<ItemCheck.Outcome> out = new ArrayList<>();
    try (RecordReader reader =
        RecordReader.open(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "trail.json",
            InputLimits.DEFAULT)) {
      for (InputItem item = reader.next(); item != null; item = reader.next()) {
        out.add(check.check(item));
      }
    }
    return out;
  }

  private static List<String> rules(ItemCheck.Outcome outcome) {
    return ((ItemCheck.Checked) outcome).report().findings().stream().map(Finding::rule).toList();
  }

  @Test
  void anotherServicesRecordIsSkippedUnlessEverySourceIsAskedFor() throws IOException {
    String input = "{\"Records\":[" + OTHER_SERVICE + "]}";

    assertThat(outcomes(new ItemCheck(Validator.create(), false), input))
        .containsExactly(new ItemCheck.Skipped(SkipReason.OTHER_SERVICE));
    ItemCheck.Outcome all = outcomes(new ItemCheck(Validator.create(), true), input).get(0);
    assertThat(((ItemCheck.Checked) all).report().eventName()).isEqualTo("GetObject");
  }

  @Test
  void aRecordCutShortIsARecordBrokenEntryAtItsIndex() throws IOException {
    List<ItemCheck.Outcome> outcomes =
        outcomes(
            new ItemCheck(Validator.create(), false),
            "{\"Records\":[" + OTHER_SERVICE + "," + BROKEN_MEDIACONVERT);

    assertThat(outcomes).hasSize(2);
    assertThat(rules(outcomes.get(1))).containsExactly("syntax.record-broken");
    assertThat(((ItemCheck.Checked) outcomes.get(1)).report().index()).isEqualTo(1);
  }

  @Test
  void anEmptyInputIsOneEntry() throws IOException {
    assertThat(outcomes(new ItemCheck(Validator.create(), false), "  \n"))
        .singleElement()
        .satisfies(o -> assertThat(rules(o)).containsExactly("syntax.input-empty"));
  }

  @Test
  void aRuleSwitchedOffGivesAnEntryWithoutItsFinding() throws IOException {
    ItemCheck check =
        new ItemCheck(
            Validator.create(ValidatorConfig.builder().disable("syntax.input-empty").build()),
            false);

    assertThat(outcomes(check, "")).singleElement().satisfies(o -> assertThat(rules(o)).isEmpty());
  }

  @Test
  void theEncodingNoteComesBeforeTheEntrysOwnFindings() {
    ItemCheck check = new ItemCheck(Validator.create(), false);
    EventReport entry = check.unreadable("trail.json", "permission denied");

    EventReport noted = check.withEncodingNote(entry, "the input is UTF-16LE");

    assertThat(noted.findings())
        .extracting(Finding::rule)
        .containsExactly("syntax.encoding", "syntax.input-unreadable");
    assertThat(noted.findings().get(1).message()).isEqualTo("trail.json: permission denied");
  }

  @Test
  void anInputThatCannotBeOpenedSaysWhyInWords() {
    assertThat(ItemCheck.reason(new FileNotFoundException("s3a://b/k")))
        .isEqualTo("no such file (it may have vanished during the run)");
    assertThat(ItemCheck.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(ItemCheck.reason(new IOException("boom"))).isEqualTo("cannot be read (IOException)");
  }
}
