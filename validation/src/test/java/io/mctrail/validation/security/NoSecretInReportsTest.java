package io.mctrail.validation.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.Profile;
import io.mctrail.validation.ValidationResult;
import io.mctrail.validation.Validator;
import io.mctrail.validation.ValidatorConfig;
import io.mctrail.validation.report.Report;
import io.mctrail.validation.report.ReportFormat;
import io.mctrail.validation.report.ReportWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Events with planted secrets go through the validator and every report format: no report holds a
 * secret, although the findings point at every one of them.
 */
class NoSecretInReportsTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noReportFormatHoldsAPlantedSecret(ReportFormat format) throws Exception {
    for (Profile profile : Profile.values()) {
      ValidationResult result =
          Validator.create(ValidatorConfig.of(profile))
              .validate(NoSecretInFindingsTest.plantedSecrets());
      assertThat(result.findings()).extracting(f -> f.rule()).contains("security.secret-in-clear");
      Report report = Report.builder().event("trail.json", 0, result).build();
      StringWriter out = new StringWriter();
      ReportWriter.of(format).write(report, out);
      String written = out.toString();
      assertThat(written).contains("security.secret-in-clear");
      for (String secret : NoSecretInFindingsTest.SECRETS) {
        assertThat(written).as("%s report, %s profile", format, profile).doesNotContain(secret);
      }
    }
  }
}
