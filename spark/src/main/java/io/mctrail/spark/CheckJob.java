package io.mctrail.spark;

import io.mctrail.records.DateWindow;
import io.mctrail.validation.Profile;
import io.mctrail.validation.report.Summary;
import io.mctrail.validation.report.TextReportWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: checks the MediaConvert records of a CloudTrail archive and writes the findings as
 * a Parquet table, with the summary {@code mctrail check} prints.
 *
 * <pre>
 * spark-submit --class io.mctrail.spark.CheckJob mctrail-spark-VERSION.jar \
 *     s3://trail-bucket/AWSLogs/ --output s3://bucket/mctrail/ --since 2026-11-01 --until 2026-11-30
 * </pre>
 *
 * <p>A corrupt, truncated or unreadable file is a finding, never a failed job. Exit codes: 0 the
 * check ran (whatever it found); 2 bad usage, an output that exists, or nothing could be read.
 */
@Command(
    name = "mctrail-spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks the MediaConvert records of CloudTrail log files on a Spark cluster and writes the"
          + " findings as a Parquet table partitioned by day, one row a finding, with the summary"
          + " 'mctrail check' prints (also in _mctrail-summary.txt in the output).",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 the check ran; 2 bad usage, an output that exists, or nothing could be read."
    })
public final class CheckJob implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Files or folders to check, on any file system Spark reads (s3://, s3a://, hdfs://,"
              + " local).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Where the findings table goes.")
  String output;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Only log files CloudTrail wrote from WHEN on: a date (2026-11-30, the whole UTC day) or"
              + " an instant (2026-11-30T10:15:00Z), by the day folders of CloudTrail's layout"
              + " and the time in the files' names.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "WHEN",
      description = "Only log files CloudTrail wrote up to WHEN (inclusive), as --since.")
  String until;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "default (as mctrail check), strict or lenient.")
  Profile profile = Profile.DEFAULT;

  @Option(
      names = "--all-sources",
      description = "Also check the envelope of records of other services (skipped by default).")
  boolean allSources;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description =
          "error (default: stop when the output exists), overwrite (replace it) or append (add"
              + " the findings to the table there).")
  String mode = "error";

  private SparkSession spark;
  private PrintWriter out;
  private PrintWriter err;

  /** Runs the job in the session {@code spark-submit} makes; exits with 2 when it cannot run. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(null, out, err, args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in {@code spark} (a notebook's or a Glue job's session), printing to standard
   * output and error, and returns the exit code rather than exiting.
   */
  public static int run(SparkSession spark, String... args) {
    return run(
        spark,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        args);
  }

  static int run(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
    CheckJob job = new CheckJob();
    job.spark = spark;
    job.out = out;
    job.err = err;
    CommandLine cl = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    CheckOptions options;
    SaveMode saveMode;
    try {
      options = new CheckOptions(profile, allSources, DateWindow.parse(since, until));
      saveMode = saveMode(mode);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    SparkSession session =
        spark != null ? spark : SparkSession.builder().appName("mctrail check").getOrCreate();
    Configuration conf = session.sparkContext().hadoopConfiguration();
    if (saveMode == SaveMode.ErrorIfExists && FindingsTable.exists(conf, output)) {
      return usage(
          "the output "
              + output
              + " exists: --mode overwrite replaces it, --mode append adds to it");
    }
    ArchiveCheck check = ArchiveCheck.of(session, paths, options);
    FindingsTable.write(check.findings(), output, saveMode);
    Summary summary = check.summary();
    String line = TextReportWriter.summaryLine(summary);
    FindingsTable.writeSummary(conf, output, line);
    out.println(line);
    out.flush();
    if (check.readable() == 0) {
      err.println("mctrail-spark: nothing could be read");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    return CommandLine.ExitCode.OK;
  }

  private int usage(String message) {
    err.println("mctrail-spark: " + message);
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  private static SaveMode saveMode(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "error" -> SaveMode.ErrorIfExists;
      case "overwrite" -> SaveMode.Overwrite;
      case "append" -> SaveMode.Append;
      default ->
          throw new IllegalArgumentException(
              "unknown --mode " + mode + "; expected error, overwrite or append");
    };
  }
}
