package io.mctrail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobAuditExampleTest {

  @Test
  void auditsTheJobsOfALogFileAndReportsTheirFindings() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long errors =
        new JobAuditExample()
            .audit(
                Path.of("corpus/forms/log-file.json"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains(
            "job 1510714652428-jyvx95 on arn:aws:mediaconvert:us-west-2:123456789000"
                + ":queues/Default created 2017-11-15T02:57:32.436Z: output groups"
                + " DASH_ISO_GROUP_SETTINGS");
    assertThat(errors).isZero();
  }
}
