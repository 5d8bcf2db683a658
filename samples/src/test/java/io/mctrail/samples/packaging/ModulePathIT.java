package io.mctrail.samples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator on the module path: {@code src/it/modular}, a named module that requires only
 * {@code io.mctrail.validation}, compiles and runs against the jars this build made and their
 * dependencies, every one on the module path and none on the class path.
 *
 * <p>Runs in the integration-test phase, after {@code package}: the jars' list is {@code
 * dependency:build-classpath}'s ({@code mctrail.it.modulePath}, the runtime dependencies of this
 * module). With automatic modules only (no {@code module-info.java} in model, schema and
 * validation) the program does not compile: Jackson's types the validator's API uses are not
 * readable, and networknt and Hibernate Validator are not resolved.
 */
class ModulePathIT {

  static final String MODULE = "io.mctrail.samples.modular";
  static final Path PROGRAM = Path.of("src/it/modular");

  @TempDir Path work;

  @Test
  void aNamedModuleRequiringTheValidatorReadsAndValidatesARecordOnTheModulePath()
      throws IOException, InterruptedException {
    List<Path> modulePath = dependencies();
    Path classes = work.resolve("classes");
    String errors = compile(PROGRAM, modulePath, classes);
    assertThat(errors).as("compiling %s on the module path", PROGRAM).isEmpty();
    Path record = work.resolve("create-job.json");
    Files.writeString(record, CREATE_JOB, StandardCharsets.UTF_8);

    List<Path> withProgram = new ArrayList<>(modulePath);
    withProgram.add(classes);
    Run run =
        java(
            "--module-path",
            join(withProgram),
            "--module",
            MODULE + "/io.mctrail.samples.modular.ModularAudit",
            record.toString());

    assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isZero();
    assertThat(run.output().lines())
        .as("output")
        .contains(
            "module io.mctrail.validation explicit",
            "module io.mctrail.model explicit",
            "jackson-module mctrail",
            "output-groups 1",
            "finding ERROR consistency.value-changed"
                + " /responseElements/job/settings/outputGroups/0/outputGroupSettings"
                + "/fileGroupSettings/destination");
  }

  @Test
  void theValidatorsLayersAreNotVisibleToOtherModules() throws IOException {
    Path source = work.resolve("src");
    Files.createDirectories(source.resolve("example"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module example { requires io.mctrail.validation; }",
        StandardCharsets.UTF_8);
    Files.writeString(
        source.resolve("example/Reach.java"),
        "package example;\n"
            + "class Reach { Class<?> layer = io.mctrail.validation.consistency"
            + ".ConsistencyCheck.class; }",
        StandardCharsets.UTF_8);

    String errors = compile(source, dependencies(), work.resolve("out"));

    assertThat(errors)
        .contains("package io.mctrail.validation.consistency is not visible")
        .contains("does not export it");
  }

  /** The jars of the module's runtime dependencies, as dependency:build-classpath listed them. */
  static List<Path> dependencies() throws IOException {
    String listFile = System.getProperty("mctrail.it.modulePath");
    assertThat(listFile)
        .as("system property mctrail.it.modulePath (set by samples/pom.xml)")
        .isNotNull();
    List<Path> jars =
        Stream.of(
                Files.readString(Path.of(listFile), StandardCharsets.UTF_8)
                    .strip()
                    .split(File.pathSeparator))
            .map(Path::of)
            .toList();
    assertThat(jars)
        .as("the module path: jars, not folders of classes (run the build to the package phase)")
        .allMatch(p -> p.getFileName().toString().endsWith(".jar"))
        .anyMatch(p -> p.getFileName().toString().startsWith("mctrail-validation-"))
        .anyMatch(p -> p.getFileName().toString().startsWith("mctrail-model-"))
        .anyMatch(p -> p.getFileName().toString().startsWith("mctrail-schema-"));
    return jars;
  }

  /** Compiles every source under a folder on the module path; returns the errors, or "". */
  static String compile(Path sources, List<Path> modulePath, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      // In-process javac would otherwise take this test's own class path (java.class.path), where
      // the same packages sit in the unnamed module: only the module path may be seen.
      fileManager.setLocation(StandardLocation.CLASS_PATH, List.of());
      StringWriter messages = new StringWriter();
      boolean compiled =
          javac
              .getTask(
                  messages,
                  fileManager,
                  null,
                  List.of("--module-path", join(modulePath), "-d", out.toString()),
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      return compiled ? "" : messages.toString();
    }
  }

  record Run(int exitCode, String output) {}

  static Run java(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new Run(process.waitFor(), output);
  }

  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * A CreateJob record whose response gives the file group another destination than the request:
   * one consistency finding, which the validator reports only when every layer ran.
   */
  static final String CREATE_JOB =
      """
      {
        "eventVersion": "1.08",
        "userIdentity": {
          "type": "IAMUser",
          "principalId": "AIDAEXAMPLEPRINCIPAL",
          "arn": "arn:aws:iam::111122223333:user/encoder",
          "accountId": "111122223333",
          "accessKeyId": "AKIAIOSFODNN7EXAMPLE",
          "userName": "encoder"
        },
        "eventTime": "2026-03-02T10:15:00Z",
        "eventSource": "mediaconvert.amazonaws.com",
        "eventName": "CreateJob",
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "198.51.100.7",
        "userAgent": "aws-cli/2.15.0",
        "requestParameters": {
          "role": "arn:aws:iam::111122223333:role/MediaConvertRole",
          "settings": {
            "inputs": [{"fileInput": "s3://example-in/clip.mov"}],
            "outputGroups": [{
              "outputGroupSettings": {
                "type": "FILE_GROUP_SETTINGS",
                "fileGroupSettings": {"destination": "s3://example-out/a/"}
              },
              "outputs": [{"containerSettings": {"container": "MP4"}}]
            }]
          }
        },
        "responseElements": {
          "job": {
            "arn": "arn:aws:mediaconvert:eu-west-1:111122223333:jobs/1772446500000-abc123",
            "id": "1772446500000-abc123",
            "createdAt": "Mar 2, 2026 10:15:00 AM",
            "role": "arn:aws:iam::111122223333:role/MediaConvertRole",
            "queue": "arn:aws:mediaconvert:eu-west-1:111122223333:queues/Default",
            "status": "SUBMITTED",
            "settings": {
              "inputs": [{"fileInput": "s3://example-in/clip.mov"}],
              "outputGroups": [{
                "outputGroupSettings": {
                  "type": "FILE_GROUP_SETTINGS",
                  "fileGroupSettings": {"destination": "s3://example-out/b/"}
                },
                "outputs": [{"containerSettings": {"container": "MP4"}}]
              }]
            }
          }
        },
        "requestID": "6c3f7f0e-0b8e-4d8e-9a3c-2f1d5e6a7b8c",
        "eventID": "0f6d1c2b-3a4e-4f5a-8b6c-7d8e9f0a1b2c",
        "readOnly": false,
        "eventType": "AwsApiCall",
        "recipientAccountId": "111122223333"
      }
      """;
}
