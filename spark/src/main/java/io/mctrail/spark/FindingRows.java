package io.mctrail.spark;

import io.mctrail.records.CloudTrailLayout;
import io.mctrail.records.CloudTrailLayout.Folder;
import io.mctrail.validation.Finding;
import io.mctrail.validation.report.EventReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the findings table: one per finding, with the record it is in (file, index in the
 * file, eventID, eventTime, eventName, account, region) and the finding itself (rule, severity,
 * pointer, relatedPointer, message, expected, actual), and the day the table is partitioned by.
 */
final class FindingRows {

  /** The day a row is filed under. */
  static final String DAY = "day";

  /** The table's columns, {@link #DAY} last. */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("eventID", DataTypes.StringType, true),
            DataTypes.createStructField("eventTime", DataTypes.StringType, true),
            DataTypes.createStructField("eventName", DataTypes.StringType, true),
            DataTypes.createStructField("account", DataTypes.StringType, true),
            DataTypes.createStructField("region", DataTypes.StringType, true),
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("pointer", DataTypes.StringType, false),
            DataTypes.createStructField("relatedPointer", DataTypes.StringType, true),
            DataTypes.createStructField("message", DataTypes.StringType, false),
            DataTypes.createStructField("expected", DataTypes.StringType, true),
            DataTypes.createStructField("actual", DataTypes.StringType, true),
            DataTypes.createStructField(DAY, DataTypes.StringType, true)
          });

  private FindingRows() {}

  /**
   * The rows of an entry's findings.
   *
   * @param fields the record's envelope members ({@link RecordFields#NONE} for an entry that is no
   *     record: a broken record, an empty or unreadable input)
   * @param fileDay the day of the file's folder in CloudTrail's layout, or {@code null}: the day of
   *     a row whose record has no {@code eventTime} to tell it
   */
  static List<Row> of(EventReport entry, RecordFields fields, String fileDay) {
    String day = fields.eventDay();
    if (day == null) {
      day = fileDay;
    }
    List<Row> rows = new ArrayList<>(entry.findings().size());
    for (Finding f : entry.findings()) {
      rows.add(
          RowFactory.create(
              entry.source(),
              entry.index(),
              entry.eventID(),
              fields.eventTime(),
              entry.eventName(),
              fields.account(),
              fields.region(),
              f.rule(),
              f.severity().name(),
              f.pointer(),
              f.relatedPointer(),
              f.message(),
              f.expected(),
              f.actual(),
              day));
    }
    return rows;
  }

  /**
   * The day of the folder {@code path} is in, when it is a day folder of CloudTrail's layout
   * ({@code 2026-11-30} of {@code .../CloudTrail/eu-west-1/2026/11/30/f.json.gz}), else {@code
   * null}.
   */
  static String fileDay(String path) {
    String folder;
    try {
      Path parent = new Path(path).getParent();
      if (parent == null) {
        return null;
      }
      folder = parent.toUri().getPath() + "/";
    } catch (IllegalArgumentException e) {
      return null;
    }
    Folder place = CloudTrailLayout.classify(folder);
    return place.level() == CloudTrailLayout.Level.DAY ? place.first().toString() : null;
  }
}
