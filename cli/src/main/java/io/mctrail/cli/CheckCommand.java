package io.mctrail.cli;

import io.mctrail.records.DateWindow;
import io.mctrail.records.InputLimits;
import io.mctrail.s3.S3ClientOptions;
import io.mctrail.s3.S3Location;
import io.mctrail.validation.Layer;
import io.mctrail.validation.Profile;
import io.mctrail.validation.ReadLimits;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import io.mctrail.validation.report.ReportFormat;
import io.mctrail.validation.report.ReportStream;
import io.mctrail.validation.report.ReportWriter;
import io.mctrail.validation.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mctrail check}: the conformance check over CloudTrail log files. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks the MediaConvert records in CloudTrail log files.",
      "",
      "It checks their JSON, their constraints, their envelope, their response against their"
          + " request, MediaConvert's cross-field rules and secrets left unredacted. Every finding"
          + " has a rule id and a JSON Pointer.",
      "",
      "Each file is recognised by its content: one event, a JSON array of events, a CloudTrail"
          + " log file {\"Records\":[...]}, newline-delimited events, an EventBridge event, a"
          + " CloudWatch Logs export or subscription payload or the event Lambda receives from a"
          + " subscription, LookupEvents output; gzipped or not. Folders are walked recursively,"
          + " CloudTrail's S3 layout of account, region and day folders too. Digest files,"
          + " CloudWatch Logs control messages and other services' records are counted and"
          + " skipped; a file that is no CloudTrail log (a JSON object that is no record, text"
          + " without JSON, a binary file) is a finding.",
      "",
      "s3://bucket/prefix reads a bucket where it is, mixed freely with local paths: every"
          + " object under the prefix is streamed, none is downloaded to disk, and a read cut"
          + " off resumes where it broke. Credentials and region come from the AWS SDK's default"
          + " chains (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws/credentials"
          + " and config, a container's or an instance's role) unless --aws-profile and"
          + " --region say otherwise.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  mctrail check trail.json                       one file, a report for people",
      "  mctrail check --format json -o report.json AWSLogs/",
      "  mctrail check --format junit -o junit.xml --fail-on warning logs/",
      "  mctrail check --rules semantics,-semantics.aac-bitrate-not-valid logs/",
      "  aws cloudtrail lookup-events | mctrail check -",
      "  mctrail check s3://my-trail-bucket --since 2026-11-30",
      "  mctrail check --aws-profile audit s3://org-trail/AWSLogs/o-abc123def4/",
      "  mctrail check --endpoint-url http://127.0.0.1:9000 s3://logs/ extra.json",
      "",
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;",
      "2 bad usage, or nothing could be read."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Files or folders to check; s3://bucket or s3://bucket/prefix reads from S3; -"
              + " reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Report format: text (default), json, sarif, junit.")
  String format = "text";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at or above LEVEL: error (default), warning, info, never.")
  String failOn = "error";

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "default (every layer but JSON Schema), strict (everything, with networknt"
              + " and Hibernate Validator), lenient (for anonymised data from the wild).")
  String profile = "default";

  @Option(
      names = "--rules",
      paramLabel = "IDS",
      split = ",",
      description =
          "Rule ids or layers to run, comma-separated; prefix one with - to leave it"
              + " out (e.g. semantics,-semantics.aac-bitrate-not-valid).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A JSON file with severities and rules: {\"severities\": {\"rule\":"
              + " \"WARNING\"}, \"disabled\": [\"rule\"], \"timeToleranceSeconds\": 300}.")
  Path config;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      description =
          "The most findings listed per record (default 1000); the rest are counted in one"
              + " syntax.findings-truncated finding.")
  Integer maxFindings;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "N",
      description =
          "The largest record read, in bytes (default 67108864, 64 MiB; at least 1024). A larger"
              + " record is a syntax.record-broken finding and the file goes on after it.")
  Integer maxRecordBytes;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description =
          "The deepest nesting of objects and lists in a record (default 256; at least 16).")
  Integer maxDepth;

  @Option(
      names = "--max-string-length",
      paramLabel = "N",
      description =
          "The longest string in a record, in characters (default 10000000; at least 1024).")
  Integer maxStringLength;

  @Option(
      names = "--max-number-length",
      paramLabel = "N",
      description = "The longest number in a record, in characters (default 1000; at least 32).")
  Integer maxNumberLength;

  @Option(
      names = "--max-tokens",
      paramLabel = "N",
      description =
          "The most JSON tokens (names, values, brackets) in a record (default 1000000; at least"
              + " 1024): a record's tree costs memory by its tokens. A record over --max-depth,"
              + " --max-string-length, --max-number-length or --max-tokens is a"
              + " syntax.limit-exceeded finding at the pointer where reading stopped.")
  Long maxTokens;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that validate (default: the available processors). With 1, one thread reads"
              + " and validates, using one core; with more, one thread reads and decompresses"
              + " while N validate. The report is the same whatever N.")
  Integer threads;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "For s3:// locations: read only the log files CloudTrail wrote at or after WHEN, a date"
              + " (2026-11-30, from its start, UTC) or an instant (2026-11-30T10:15:00Z). Only the"
              + " day folders YYYY/MM/DD/ of the window are listed, for every account and region"
              + " (organisation trails too), so a window of a day costs a day's listing.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "WHEN",
      description =
          "For s3:// locations: read only the log files written at or before WHEN, a date"
              + " (through its end, UTC) or an instant. Files are chosen by the time in their"
              + " names; a file written just after WHEN may still hold records from before it.")
  String until;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "For s3:// locations: the AWS region to call (default: AWS_REGION, the profile's,"
              + " else us-east-1; a bucket elsewhere is still found).")
  String region;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "For s3:// locations: an S3-compatible server (MinIO, Ceph, LocalStack) at URL, such"
              + " as http://127.0.0.1:9000, called with path-style requests.")
  String endpointUrl;

  @Option(
      names = "--aws-profile",
      paramLabel = "NAME",
      description =
          "For s3:// locations: the credentials and region of profile NAME in"
              + " ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE, else the default"
              + " chain). Not --profile, which picks the validation profile.")
  String awsProfile;

  @Option(
      names = "--all-sources",
      description = "Also check the envelope of records of other services (skipped by default).")
  boolean allSources;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat;
    Severity threshold;
    ValidatorConfig validatorConfig;
    InputLimits inputLimits;
    S3ClientOptions s3Options;
    DateWindow window;
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      reportFormat = ReportFormat.fromId(format);
      threshold = failOn.equalsIgnoreCase("never") ? null : parseSeverity(failOn, "--fail-on");
      validatorConfig = config();
      inputLimits =
          new InputLimits(
              atLeast(
                  maxRecordBytes, 1024, InputLimits.DEFAULT.maxRecordBytes(), "--max-record-bytes"),
              validatorConfig.readLimits().streamReadConstraints());
      if (threadCount < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
      s3Options = s3Options();
      window = DateWindow.parse(since, until);
      if (window.isBounded() && paths.stream().noneMatch(S3Location::isS3)) {
        throw new IllegalArgumentException(
            "--since and --until choose the log files of s3:// locations, and none is given");
      }
    } catch (IllegalArgumentException e) {
      err.println("mctrail check: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    try (S3Arguments s3 = new S3Arguments(s3Options, window)) {
      InputFiles files = InputFiles.expand(paths, s3);
      return check(files, reportFormat, validatorConfig, threadCount, inputLimits, threshold);
    }
  }

  /** Checks the inputs listed and writes the report; the exit code. */
  private int check(
      InputFiles files,
      ReportFormat reportFormat,
      ValidatorConfig validatorConfig,
      int threadCount,
      InputLimits inputLimits,
      Severity threshold)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger readable = new AtomicInteger();
    CheckRun run =
        new CheckRun(
            Validator.create(validatorConfig), threadCount, allSources, inputLimits, System.in);
    Summary s;
    // The report is written as the run goes: memory does not grow with the number of records.
    try (Progress progress =
            Progress.start(files.inputs().size(), System.err, !quiet && Progress.terminal());
        ReportTarget target = target(progress);
        ReportStream report = ReportWriter.of(reportFormat).open(target.writer())) {
      run.run(files, progress, readable, report);
      s = report.finish();
      target.commit();
    } catch (IOException e) {
      throw output == null
          ? e
          : new IOException(
              "cannot write the report to " + output + " (" + e.getClass().getSimpleName() + ")",
              e);
    }
    for (InputFiles.Problem p : files.problems()) {
      err.println("mctrail check: " + p.name() + ": " + p.reason());
    }
    err.flush();
    if (readable.get() == 0) {
      err.println("mctrail check: nothing could be read");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    return threshold != null && count(s, threshold) > 0 ? 1 : 0;
  }

  private S3ClientOptions s3Options() {
    return new S3ClientOptions(
        region,
        endpointUrl == null ? null : S3ClientOptions.endpoint(endpointUrl),
        awsProfile,
        null);
  }

  /**
   * Where the report goes; on a terminal that also shows the progress line, the report's lines
   * share it with the progress line rather than run into it.
   */
  private ReportTarget target(Progress progress) throws IOException {
    if (output != null) {
      return ReportTarget.file(output);
    }
    PrintWriter out = spec.commandLine().getOut();
    return ReportTarget.stdout(Progress.stdoutTerminal() ? progress.sharing(out) : out);
  }

  private static long count(Summary s, Severity threshold) {
    long n = s.errors();
    if (threshold != Severity.ERROR) {
      n += s.warnings();
    }
    if (threshold == Severity.INFO) {
      n += s.infos();
    }
    return n;
  }

  private ValidatorConfig config() throws IOException {
    ValidatorConfig.Builder b = ValidatorConfig.builder().profile(parseProfile(profile));
    if (config != null) {
      ConfigFile.apply(config, b);
    }
    for (String r : rules) {
      String id = r.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (id.startsWith("-")) {
        b.disable(knownRuleOrLayer(id.substring(1), "--rules"));
      } else {
        b.enableOnly(knownRuleOrLayer(id, "--rules"));
      }
    }
    if (maxFindings != null) {
      b.maxFindingsPerEvent(maxFindings);
    }
    ReadLimits d = ReadLimits.DEFAULT;
    b.readLimits(
        new ReadLimits(
            atLeast(maxDepth, 16, d.maxNestingDepth(), "--max-depth"),
            atLeast(maxStringLength, 1024, d.maxStringLength(), "--max-string-length"),
            atLeast(maxNumberLength, 32, d.maxNumberLength(), "--max-number-length"),
            maxTokens == null ? d.maxTokens() : atLeast(maxTokens, 1024, "--max-tokens")));
    return b.build();
  }

  private static long atLeast(long value, long min, String option) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", not " + value);
    }
    return value;
  }

  /** An option's value, or its default when it is not given; below {@code min} is bad usage. */
  private static int atLeast(Integer value, int min, int byDefault, String option) {
    if (value == null) {
      return byDefault;
    }
    if (value < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", not " + value);
    }
    return value;
  }

  /**
   * {@code id} when it names a rule, a layer or a group of rules (an id prefix); a misspelt name
   * would otherwise switch every check off, or nothing, without a word.
   */
  static String knownRuleOrLayer(String id, String where) {
    boolean known =
        Arrays.stream(Layer.values()).anyMatch(l -> l.prefix().equals(id))
            || RuleCatalog.rules().stream()
                .anyMatch(r -> r.id().equals(id) || r.id().startsWith(id + "."));
    if (!known) {
      throw new IllegalArgumentException(
          where + ": no rule or layer " + id + "; 'mctrail rules' lists them");
    }
    return id;
  }

  /** {@code id} when it names a rule: severities are set rule by rule. */
  static String knownRule(String id, String where) {
    if (RuleCatalog.find(id).isEmpty()) {
      throw new IllegalArgumentException(
          where + ": no rule " + id + "; 'mctrail rules' lists them");
    }
    return id;
  }

  static Profile parseProfile(String name) {
    try {
      return Profile.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown profile " + name + "; expected default, strict or lenient");
    }
  }

  static Severity parseSeverity(String name, String option) {
    try {
      return Severity.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown level "
              + name
              + " for "
              + option
              + "; expected error, warning, info"
              + (option.equals("--fail-on") ? " or never" : ""));
    }
  }

  /** Reads {@code --config}: severities, disabled rules and the time tolerance. */
  static final class ConfigFile {
    private ConfigFile() {}

    static void apply(Path file, ValidatorConfig.Builder b) throws IOException {
      com.fasterxml.jackson.databind.JsonNode root;
      try {
        root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(
            "--config " + file + " is not valid JSON (line " + e.getLocation().getLineNr() + ")");
      } catch (IOException e) {
        throw new IllegalArgumentException("--config " + file + " cannot be read");
      }
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("--config " + file + " must hold a JSON object");
      }
      var fields = root.fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        switch (field) {
          case "severities" ->
              root.get(field)
                  .fields()
                  .forEachRemaining(
                      e ->
                          b.severity(
                              knownRule(e.getKey(), "--config " + file),
                              parseSeverity(e.getValue().asText(), "severities." + e.getKey())));
          case "disabled" ->
              root.get(field)
                  .forEach(d -> b.disable(knownRuleOrLayer(d.asText(), "--config " + file)));
          case "profile" -> b.profile(parseProfile(root.get(field).asText()));
          case "timeToleranceSeconds" ->
              b.timeTolerance(Duration.ofSeconds(root.get(field).asLong()));
          case "maxFindingsPerEvent" -> b.maxFindingsPerEvent(root.get(field).asInt());
          default ->
              throw new IllegalArgumentException(
                  "--config "
                      + file
                      + ": unknown setting "
                      + field
                      + " (known: severities,"
                      + " disabled, profile, timeToleranceSeconds, maxFindingsPerEvent)");
        }
      }
    }
  }
}
