/**
 * Reading CloudTrail inputs ({@link io.mctrail.records.RecordReader}): log files, digest files,
 * JSON Lines, EventBridge events, CloudWatch Logs payloads and LookupEvents output, gzipped or not,
 * cut into records each with its source, index and position, and its {@code eventSource} found by a
 * scan ({@link io.mctrail.records.Sniff}) that builds no tree.
 */
module io.mctrail.records {
  requires transitive com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.mctrail.records;
}
