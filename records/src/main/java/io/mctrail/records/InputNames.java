package io.mctrail.records;

import java.util.Locale;

/**
 * Which files of a folder are inputs: those whose names end in {@code .json}, {@code .json.gz},
 * {@code .gz}, {@code .b64}, {@code .jsonl}, {@code .ndjson} or {@code .log}, as CloudTrail's S3
 * layout {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz} and the other forms
 * {@link RecordReader} reads are named; hidden files (a name starting with a dot) are not. A file
 * named on its own is read whatever its name.
 */
public final class InputNames {

  private InputNames() {}

  /** Whether a file of this name, met in a folder, is read. */
  public static boolean isInput(String fileName) {
    if (fileName.startsWith(".")) {
      return false;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        || name.endsWith(".b64")
        || name.endsWith(".gz")
        || name.endsWith(".jsonl")
        || name.endsWith(".ndjson")
        || name.endsWith(".log");
  }
}
