package io.mctrail.records;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link RecordReader} with arbitrary bytes, starting from a file of every input form
 * ({@code RecordReaderFuzzTestInputs/readsAnyBytes}: one event, arrays, log files plain, pretty and
 * gzipped, newline-delimited and concatenated events, EventBridge, CloudWatch Logs subscription
 * (base64 of gzip) and export, LookupEvents, digest, UTF-16, byte-order mark, broken and truncated
 * files). The property ({@link #assertItems}): no exception escapes, the items are numbered 0, 1,
 * 2, ... without a gap, a record is never larger than the limit, an empty input is one {@link
 * InputItem.Empty} and nothing else, and the end stays the end.
 *
 * <p>The default build replays the inputs. To fuzz (the {@code fuzz} profile of the parent POM):
 *
 * <pre>{@code
 * ./mvnw -pl cli -am verify -Pfuzz -Dtest=RecordReaderFuzzTest -Dfuzz.seconds=120 \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class RecordReaderFuzzTest {

  /** Small, so that records over the limit are among what the fuzzer reaches. */
  static final InputLimits LIMITS = new InputLimits(16 * 1024);

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    assertItems(read(input));
  }

  /** Every item of {@code input}, read with {@link #LIMITS}; the end is checked to stay the end. */
  static List<InputItem> read(byte[] input) {
    List<InputItem> items = new ArrayList<>();
    try (RecordReader reader = RecordReader.open(new ByteArrayInputStream(input), "test", LIMITS)) {
      for (InputItem i = reader.next(); i != null; i = reader.next()) {
        items.add(i);
        check(items.size() <= 4 * input.length + 1_000_000, "more items than the input can hold");
      }
      check(reader.next() == null, "an item after the end");
    } catch (IOException e) {
      // A byte array never fails to read: open may only throw for the I/O of its stream.
      throw new AssertionError("open or close threw for content: " + e, e);
    }
    return items;
  }

  static void assertItems(List<InputItem> items) {
    for (int i = 0; i < items.size(); i++) {
      InputItem item = items.get(i);
      check(item != null, "a null item");
      check(item.index() == i, "item " + i + " has index " + item.index());
      if (item instanceof InputItem.Record r) {
        check(r.json() != null && r.form() != null, "a record without bytes or form");
        check(r.json().length <= LIMITS.maxRecordBytes(), "a record over the limit");
      } else if (item instanceof InputItem.Broken b) {
        check(b.reason() != null && !b.reason().isBlank(), "a broken record without a reason");
        check(b.reason().length() < 1000, "a reason of " + b.reason().length() + " characters");
      } else if (item instanceof InputItem.Empty) {
        check(items.size() == 1, "an empty input with other items");
      }
    }
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
