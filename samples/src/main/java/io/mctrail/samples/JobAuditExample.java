package io.mctrail.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.jackson.McTrailModule;
import io.mctrail.model.mediaconvert.CreateJobResponse;
import io.mctrail.model.mediaconvert.Job;
import io.mctrail.model.mediaconvert.OutputGroup;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Severity;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * An example of a service that uses mctrail: it reads a CloudTrail log file ({@code
 * {"Records":[...]}}) with its own {@link ObjectMapper}, gets typed MediaConvert {@code CreateJob}
 * events, prints what each job will produce, and validates every MediaConvert record.
 *
 * <pre>
 * java -cp mctrail-samples.jar:... io.mctrail.samples.JobAuditExample trail.json
 * </pre>
 */
public final class JobAuditExample {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new McTrailModule());
  private final Validator validator = Validator.create(ValidatorConfig.defaults());

  /** Audits one log file; returns the number of ERROR findings. */
  public long audit(Path logFile, PrintStream out) throws IOException {
    JsonNode records = mapper.readTree(logFile.toFile()).path("Records");
    long errors = 0;
    for (JsonNode record : records) {
      CloudTrailEvent event = mapper.treeToValue(record, CloudTrailEvent.class);
      if (!"mediaconvert.amazonaws.com".equals(event.eventSource())) {
        continue;
      }
      if (event.responseElements() != null) {
        event
            .responseElements()
            .as(CreateJobResponse.class)
            .map(CreateJobResponse::job)
            .ifPresent(job -> out.println(describe(job)));
      }
      ValidationResult result = validator.validate(record);
      for (Finding f : result.findings()) {
        if (f.severity() != Severity.INFO) {
          out.printf("  %s %s %s%n", f.severity(), f.rule(), f.pointer());
        }
      }
      errors += result.count(Severity.ERROR);
    }
    return errors;
  }

  /** One line about a job: its id, queue and the types of its output groups. */
  static String describe(Job job) {
    String groups =
        job.settings() == null || job.settings().outputGroups() == null
            ? "none"
            : job.settings().outputGroups().stream()
                .map(OutputGroup::outputGroupSettings)
                .map(s -> s == null ? "?" : s.typeAsString())
                .collect(Collectors.joining(", "));
    return "job "
        + job.id()
        + " on "
        + job.queue()
        + " created "
        + job.createdAt()
        + ": output groups "
        + groups;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JobAuditExample LOG_FILE.json");
      System.exit(2);
    }
    long errors = new JobAuditExample().audit(Path.of(args[0]), System.out);
    System.exit(errors > 0 ? 1 : 0);
  }
}
