package io.mctrail.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mctrail.codegen.java.JavaEmitter;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden-file test of the Java source generated for three shapes of the pinned MediaConvert model:
 * {@code H264Settings} (a structure), {@code H264CodecProfile} (an enum) and {@code Input} (a
 * structure holding a map, {@code audioSelectors}); and of the testkit's generators for one shape
 * of each kind ({@code MediaConvertGenerators.java.txt}).
 *
 * <p>The golden files are {@code src/test/resources/golden/<Shape>.java.txt}. They end in {@code
 * .txt} because committed {@code *.java} files must not carry the Generated annotation, and so that
 * no tool compiles or formats them. A mismatch fails with a line diff of the golden file against
 * the generated source (see {@link LineDiff}), not with both files in full.
 *
 * <p><b>Updating the golden files.</b> After an intended change of the generator, run the test with
 * the system property {@value #UPDATE_PROPERTY}{@code =true}; it then rewrites the golden files
 * from the generated source instead of comparing (and passes). Review the change with {@code git
 * diff} before committing it:
 *
 * <pre>
 * mvn -q -pl codegen -am install -DskipTests -Dspotless.check.skip
 * mvn -q -pl codegen test -Dspotless.check.skip -Dtest=GeneratedSourceGoldenTest -Dmctrail.golden.update=true
 * </pre>
 */
class GeneratedSourceGoldenTest {

  /** The system property that makes the test rewrite the golden files instead of comparing. */
  static final String UPDATE_PROPERTY = "mctrail.golden.update";

  private static ShapeModel model;
  private static JavaEmitter emitter;

  @BeforeAll
  static void readPinnedModel() {
    model = Generate.serviceModel(null);
    emitter = Generate.serviceEmitter(model);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H264Settings", "H264CodecProfile", "Input"})
  void generatedSourceMatchesGoldenFile(String shape) throws IOException {
    String actual = emitter.file(shape).toString();
    Path golden = goldenDir().resolve(shape + ".java.txt");
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      System.out.println("GeneratedSourceGoldenTest: rewrote " + golden);
      return;
    }
    assertThat(golden)
        .as(
            "golden file %s is missing; create it by running the test with -D%s=true",
            golden, UPDATE_PROPERTY)
        .isRegularFile();
    assertSameSource(golden, Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /** The testkit generators of one shape of each kind: a structure, an enum, a list and a map. */
  static final Set<String> GENERATOR_SHAPES =
      Set.of("AacSettings", "AacCodecProfile", "__listOfOutput", "__mapOfAudioSelector");

  @Test
  void generatedTestkitGeneratorsMatchGoldenFile() throws IOException {
    String actual = Generate.generatorEmitter(model).file(GENERATOR_SHAPES::contains).toString();
    Path golden = goldenDir().resolve("MediaConvertGenerators.java.txt");
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      System.out.println("GeneratedSourceGoldenTest: rewrote " + golden);
      return;
    }
    assertThat(golden)
        .as(
            "golden file %s is missing; create it by running the test with -D%s=true",
            golden, UPDATE_PROPERTY)
        .isRegularFile();
    assertSameSource(golden, Files.readString(golden, StandardCharsets.UTF_8), actual);
    assertThat(actual.lines().filter(l -> l.startsWith("  public Gen<")))
        .hasSize(GENERATOR_SHAPES.size());
  }

  @Test
  void goldenShapesAreAStructureAnEnumAndAStructureWithAMap() {
    assertThat(model.shape("H264Settings")).isInstanceOf(Shape.Structure.class);
    assertThat(model.shape("H264CodecProfile")).isInstanceOf(Shape.Enum.class);
    Shape.Structure input = (Shape.Structure) model.shape("Input");
    String target = input.memberByJsonName("audioSelectors").orElseThrow().target();
    assertThat(model.shape(target)).isInstanceOf(Shape.MapOf.class);
  }

  @Test
  void mismatchReportsTheChangedLineWithItsNumberAndBothVersions() {
    String expected = emitter.file("H264CodecProfile").toString();
    List<String> lines = new ArrayList<>(LineDiff.lines(expected));
    int index = lines.indexOf("  HIGH_10BIT(\"HIGH_10BIT\"),");
    assertThat(index).as("line of HIGH_10BIT in the generated enum").isPositive();
    lines.set(index, "  HIGH_10BIT(\"HIGH_10_BIT\"),");
    String actual = String.join("\n", lines);
    int lineNumber = index + 1;

    assertThatThrownBy(
            () -> assertSameSource(Path.of("H264CodecProfile.java.txt"), expected, actual))
        .isInstanceOf(AssertionError.class)
        .satisfies(
            e -> {
              String message = e.getMessage();
              List<String> messageLines = message.lines().toList();
              assertThat(message)
                  .contains("H264CodecProfile.java.txt")
                  .contains("-D" + UPDATE_PROPERTY + "=true")
                  .contains(
                      "first difference at expected line "
                          + lineNumber
                          + ", actual line "
                          + lineNumber)
                  .contains("1 line(s) removed, 1 line(s) added");
              assertThat(messageLines)
                  .anyMatch(
                      l ->
                          l.matches("-\\s+" + lineNumber + "\\s+\\| .*")
                              && l.endsWith("HIGH_10BIT(\"HIGH_10BIT\"),"))
                  .anyMatch(
                      l ->
                          l.matches("\\+\\s+" + lineNumber + " \\| .*")
                              && l.endsWith("HIGH_10BIT(\"HIGH_10_BIT\"),"))
                  // Context around the change, but not the whole file.
                  .anyMatch(l -> l.endsWith("HIGH(\"HIGH\"),"))
                  .noneMatch(l -> l.contains("knownValues"));
              assertThat(messageLines).hasSizeLessThan(20);
            });
  }

  @Test
  void equalSourcesPass() {
    String source = emitter.file("H264CodecProfile").toString();
    assertSameSource(Path.of("H264CodecProfile.java.txt"), source, source.replace("\n", "\r\n"));
  }

  /** Fails with a readable line diff when {@code actual} is not {@code expected}. */
  static void assertSameSource(Path golden, String expected, String actual) {
    LineDiff.of(expected, actual)
        .ifPresent(
            diff -> {
              throw new AssertionError(
                  "generated source differs from the golden file "
                      + golden
                      + " (if the change is intended, rerun with -D"
                      + UPDATE_PROPERTY
                      + "=true and review the diff)\n"
                      + diff);
            });
  }

  /** {@code src/test/resources/golden} of this module, whether run from the module or the root. */
  static Path goldenDir() {
    String basedir = System.getProperty("basedir");
    Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    if (!Files.isDirectory(module.resolve("src/test/java/io/mctrail/codegen"))
        && Files.isDirectory(module.resolve("codegen/src/test/java/io/mctrail/codegen"))) {
      module = module.resolve("codegen");
    }
    return module.resolve("src/test/resources/golden");
  }
}
