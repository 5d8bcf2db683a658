package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.mctrail.validation.report.TextReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shaded jar as a cluster runs it: {@code spark-submit} (SparkSubmit, in its own JVM) with
 * Spark's own jars on the class path, at the versions Spark chose (its Jackson among them, resolved
 * apart from mctrail's dependency management: src/it/&lt;runtime&gt;/pom.xml), and the job's jar
 * after them. The strict profile runs every layer, so Jackson, networknt, Hibernate Validator and
 * Expressly all serve from their relocated copies. Run by failsafe after {@code package}, in Spark
 * 3.5 (Scala 2.12) and Spark 4.0 (Scala 2.13).
 */
class ShadedJarIT {

  private static final Path JAR = Path.of(System.getProperty("mctrail.spark.jar"));

  /** Runs no longer than this: a guard against a child that hangs, not a measure. */
  private static final long CHILD_MINUTES = 10;

  private static SparkSession spark;

  @TempDir static Path work;

  private static Path root;
  private static McTrailCheck expected;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("local[2]");
    root = work.resolve("trail-bucket");
    TestArchive.writeTo(root);
    expected = McTrailCheck.run(work, List.of("--profile", "strict"), root);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Stream<String> runtimes() {
    return Arrays.stream(System.getProperty("mctrail.spark.runtimes").split(","))
        .map(String::strip);
  }

  @Test
  void theJarHoldsNoClassOfTheLibrariesItRelocatesUnderTheirOwnNames() throws IOException {
    List<String> foreign = new ArrayList<>();
    boolean relocatedJackson;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      relocatedJackson =
          jar.getEntry("io/mctrail/shaded/com/fasterxml/jackson/databind/ObjectMapper.class")
              != null;
      jar.stream()
          .map(e -> e.getName())
          .filter(n -> n.endsWith(".class"))
          .filter(n -> !n.startsWith("io/mctrail/"))
          .forEach(foreign::add);
    }

    assertThat(relocatedJackson).isTrue();
    assertThat(foreign).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("runtimes")
  void sparkSubmitOfTheShadedJarWithSparksOwnJarsFirstGivesTheFindingsOfMctrailCheck(String runtime)
      throws IOException, InterruptedException {
    String classpath =
        Files.readString(
                Path.of(System.getProperty("mctrail.spark.runtimes.dir"), runtime + ".classpath"),
                StandardCharsets.UTF_8)
            .strip();
    assertThat(sparksJackson(classpath))
        .as("the Jackson of %s is Spark's own, not mctrail's", runtime)
        .isNotEmpty()
        .isNotEqualTo(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    Path output = work.resolve(runtime + "-findings");
    Path out = work.resolve(runtime + ".out");
    Path err = work.resolve(runtime + ".err");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(Arrays.asList(System.getProperty("mctrail.spark.jvm.opens").split("\\s+")));
    command.addAll(
        List.of(
            "-cp",
            classpath,
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            "local[2]",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
            "--class",
            "io.mctrail.spark.CheckJob",
            JAR.toString(),
            root.toString(),
            "--output",
            output.toString(),
            "--profile",
            "strict"));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean ended = child.waitFor(CHILD_MINUTES, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }

    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(ended).as("spark-submit ended; its output:%n%s", stderr).isTrue();
    assertThat(child.exitValue()).as("spark-submit's exit code; its output:%n%s", stderr).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).last().isEqualTo(TextReportWriter.summaryLine(expected.summary()));
    assertThat(McTrailCheck.lines(spark.read().parquet(output.toString()).collectAsList()))
        .containsExactlyElementsOf(expected.findings());
  }

  /** The version of the jackson-databind jar on {@code classpath}. */
  private static String sparksJackson(String classpath) {
    Pattern databind = Pattern.compile("jackson-databind-([0-9][^/]*)\\.jar$");
    for (String entry : classpath.split(File.pathSeparator)) {
      Matcher m = databind.matcher(entry);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }
}
