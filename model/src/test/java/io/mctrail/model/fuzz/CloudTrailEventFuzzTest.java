package io.mctrail.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * Fuzzes the typed model as a service uses it: arbitrary bytes read into a {@link CloudTrailEvent}
 * by a plain {@link ObjectMapper} with the {@link McTrailModule}, starting from real-looking events
 * ({@code CloudTrailEventFuzzTestInputs/readsAnyBytes}). The properties: reading either gives an
 * event or fails with one of Jackson's own {@link IOException}s (never a {@link RuntimeException}
 * or an {@link Error}, nor an {@code IOException} caused by one); an event read writes back without
 * an exception, and losslessly (the same JSON tree, numbers by value) when the input is well-formed
 * UTF-8 without duplicate keys. (Jackson's parser decodes some ill-formed UTF-8, such as a lead
 * byte {@code F6}, into broken surrogates that it then cannot read back: garbage in, garbage out;
 * the validator reports such bytes before parsing.)
 *
 * <p>The default build replays the inputs. To fuzz (see the {@code fuzz} profile of the parent
 * POM):
 *
 * <pre>{@code
 * ./mvnw -pl model -am verify -Pfuzz -Dtest=CloudTrailEventFuzzTest -Dfuzz.seconds=120 \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class CloudTrailEventFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new McTrailModule());
  private static final ObjectMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Numbers by value: {@code 90} and {@code 90.0} are the same number. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a instanceof NumericNode && b instanceof NumericNode) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) throws IOException {
    CloudTrailEvent event;
    try {
      event = MAPPER.readValue(input, CloudTrailEvent.class);
    } catch (IOException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof RuntimeException || cause instanceof Error) {
          throw new AssertionError("a Jackson exception hides a defect: " + cause, cause);
        }
      }
      return;
    }
    if (event == null) {
      return; // the input was the JSON null
    }
    byte[] written = MAPPER.writeValueAsBytes(event);
    if (!wellFormedUtf8(input)) {
      return;
    }
    JsonNode read;
    try {
      read = STRICT.readTree(input);
    } catch (JsonProcessingException duplicateKeysOrTrailingContent) {
      return;
    }
    JsonNode back = STRICT.readTree(written);
    if (!read.equals(BY_VALUE, back)) {
      throw new AssertionError(
          "not lossless:\n  read:    "
              + cut(read.toString())
              + "\n  written: "
              + cut(back.toString()));
    }
  }

  private static boolean wellFormedUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String cut(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }
}
