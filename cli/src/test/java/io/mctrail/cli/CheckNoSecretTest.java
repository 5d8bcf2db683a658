package io.mctrail.cli;

import static io.mctrail.cli.Cli.compact;
import static io.mctrail.cli.Cli.eventID;
import static io.mctrail.cli.Cli.gzip;
import static io.mctrail.cli.Cli.logFile;
import static io.mctrail.cli.Cli.mctrail;
import static io.mctrail.cli.Cli.parse;
import static io.mctrail.cli.Cli.quoted;
import static io.mctrail.cli.Cli.seed;
import static io.mctrail.cli.Cli.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Planted secrets through {@code mctrail check}, end to end: records with a secret of every kind
 * the security layer knows, and a redacted member revealed by the response, in a log file, a
 * gzipped one and a LookupEvents answer. In every report format and every profile, neither the
 * report (on standard output or in the {@code --output} file) nor standard error holds a secret,
 * though the findings point at each of them. (The validator's own tests of the same are {@code
 * NoSecretInFindingsTest} and {@code NoSecretInReportsTest}.)
 */
class CheckNoSecretTest {

  static final String STATIC_KEY = "c0ffee00c0ffee00c0ffee00c0ffee01";
  static final String PASSWORD = "Tr0ub4dor&3-horse";
  static final String ACCESS_KEY_ID = "AKIAJ7Q2EXAMPLEKEY42";
  static final String SIGNATURE =
      "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592";
  static final String SECRET_ACCESS_KEY = "u8Hn3Kq/Zr5Vb7Lx0Tw2Py4Md6Fg9Jc1Se3Ra5QO";
  static final String REVEALED = "revealed-speke-resource-31";

  static final List<String> SECRETS =
      List.of(STATIC_KEY, PASSWORD, ACCESS_KEY_ID, SIGNATURE, SECRET_ACCESS_KEY, REVEALED);

  /** The rules the planted secrets must give: the findings point at every one of them. */
  static final List<String> RULES =
      List.of(
          "security.secret-in-clear",
          "security.encryption-in-clear",
          "security.credentials-in-url",
          "security.access-key-in-payload",
          "security.redaction-revealed");

  @TempDir Path dir;

  /** The seed with every kind of secret planted in the request and in the response. */
  static ObjectNode planted(int n) {
    ObjectNode event = seed(eventID(n));
    for (String settings :
        List.of("/requestParameters/settings", "/responseElements/job/settings")) {
      ((ArrayNode) event.at(settings + "/outputGroups"))
          .add(
              parse(
                  "{\"outputGroupSettings\":{\"type\":\"CMAF_GROUP_SETTINGS\",\"cmafGroupSettings\":"
                      + "{\"destination\":\"s3://example-output/cmaf/\",\"encryption\":"
                      + "{\"type\":\"STATIC_KEY\",\"staticKeyProvider\":{\"staticKeyValue\":\""
                      + STATIC_KEY
                      + "\",\"url\":\"https://keys.example.com/k\"}}}},\"outputs\":[]}"));
      ((ObjectNode) event.at(settings + "/inputs/0"))
          .put(
              "fileInput",
              "https://encoder:"
                  + PASSWORD
                  + "@media.example.com/clip.mp4?X-Amz-Credential="
                  + ACCESS_KEY_ID
                  + "%2F20240404%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature="
                  + SIGNATURE);
    }
    ((ObjectNode) event.at("/requestParameters/userMetadata")).put("aws", SECRET_ACCESS_KEY);
    ((ObjectNode) event.at("/responseElements/job/userMetadata")).put("aws", SECRET_ACCESS_KEY);
    // Redacted in the request ("***"), in clear in the response.
    ((ObjectNode)
            event.at(
                "/responseElements/job/settings/outputGroups/0/outputGroupSettings"
                    + "/dashIsoGroupSettings"))
        .set(
            "encryption",
            parse(
                "{\"spekeKeyProvider\":{\"resourceId\":\""
                    + REVEALED
                    + "\",\"url\":\"https://speke.example.com/v1\"}}"));
    return event;
  }

  /** Three files: a log file, the same gzipped, and a LookupEvents answer. */
  private List<String> files() {
    String log = logFile(planted(0), planted(1));
    String lookup =
        "{\"Events\":[{\"EventId\":\"2\",\"CloudTrailEvent\":"
            + quoted(compact(planted(2)))
            + "}]}";
    return List.of(
        write(dir, "logs/a.json", log).toString(),
        write(dir, "logs/b.json.gz", gzip(log)).toString(),
        write(dir, "logs/c-lookup.json", lookup).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit"})
  void noReportAndNoLineOnStandardErrorHoldsAPlantedSecret(String format) throws IOException {
    List<String> files = files();
    for (String profile : List.of("default", "strict", "lenient")) {
      Run toStdout =
          mctrail(
              "check",
              "--format",
              format,
              "--profile",
              profile,
              files.get(0),
              files.get(1),
              files.get(2));
      Path output = dir.resolve("report-" + profile + "." + format);
      Run toFile =
          mctrail(
              "check",
              "--format",
              format,
              "--profile",
              profile,
              "--output",
              output.toString(),
              dir.resolve("logs").toString());
      String written = Files.readString(output, UTF_8);

      assertThat(toStdout.exitCode()).isEqualTo(1);
      assertThat(toFile.exitCode()).isEqualTo(1);
      for (String report : List.of(toStdout.out(), written)) {
        assertThat(report)
            .as("%s report, %s profile", format, profile)
            .contains(RULES.toArray(String[]::new));
      }
      for (String text :
          List.of(toStdout.out(), toStdout.err(), toFile.out(), toFile.err(), written)) {
        assertThat(text)
            .as("%s report, %s profile", format, profile)
            .doesNotContain(SECRETS.toArray(String[]::new));
      }
    }
  }
}
