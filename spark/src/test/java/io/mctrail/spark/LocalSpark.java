package io.mctrail.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in this JVM for the tests: bound to the loopback address, without its web UI. */
final class LocalSpark {

  private LocalSpark() {}

  /** A new session of {@code master} ({@code local[2]}, {@code local[2,2]}, ...). */
  static SparkSession start(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("mctrail-spark-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
