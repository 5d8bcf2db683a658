package io.mctrail.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.util.JavacTask;
import io.mctrail.codegen.Generate;
import io.mctrail.codegen.shape.Constraints;
import io.mctrail.codegen.shape.Member;
import io.mctrail.codegen.shape.Shape;
import io.mctrail.codegen.shape.ShapeModel;
import io.mctrail.codegen.shape.SimpleKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests of the Java emitter: one file per structure and enum of the pinned model plus the two
 * registries, and safe Java names for enum values and member JSON names that are not valid Java
 * identifiers or are keywords (through a small model built here).
 */
class JavaEmitterTest {

  private static final String PACKAGE = "io.mctrail.model.mediaconvert";

  private static ShapeModel pinned;
  private static List<JavaFile> pinnedFiles;

  @BeforeAll
  static void emitPinnedModel() {
    pinned = Generate.serviceModel(null);
    pinnedFiles = Generate.serviceEmitter(pinned).files();
  }

  // ------------------------------------------------------------------ the pinned model

  @Test
  void everyStructureAndEnumYieldsExactlyOneFilePlusTheRegistriesAndTheReaders() {
    Map<String, TypeSpec.Kind> expected = new LinkedHashMap<>();
    pinned.structures().forEach(s -> expected.put(JavaNames.type(s.name()), TypeSpec.Kind.CLASS));
    pinned.enums().forEach(e -> expected.put(JavaNames.type(e.name()), TypeSpec.Kind.ENUM));
    expected.put("MediaConvertShapes", TypeSpec.Kind.CLASS);
    expected.put("MediaConvertOperations", TypeSpec.Kind.CLASS);
    expected.put("MediaConvertReaders", TypeSpec.Kind.CLASS);
    assertThat(expected).as("distinct type names").hasSize(246 + 421 + 3);

    assertThat(pinnedFiles).hasSize(expected.size());
    assertThat(pinnedFiles).allSatisfy(f -> assertThat(f.packageName()).isEqualTo(PACKAGE));
    // containsExactlyInAnyOrder also fails on a type emitted twice.
    assertThat(pinnedFiles.stream().map(f -> f.typeSpec().name()).toList())
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(pinnedFiles)
        .allSatisfy(
            f ->
                assertThat(f.typeSpec().kind())
                    .as(f.typeSpec().name())
                    .isEqualTo(expected.get(f.typeSpec().name())));
  }

  @Test
  void fileOfOneShapeIsTheSameAsInTheFullSet() {
    JavaEmitter emitter = Generate.serviceEmitter(pinned);
    for (String shape : List.of("H264Settings", "H264CodecProfile", "Input")) {
      String single = emitter.file(shape).toString();
      assertThat(pinnedFiles)
          .filteredOn(f -> f.typeSpec().name().equals(shape))
          .singleElement()
          .satisfies(f -> assertThat(f.toString()).isEqualTo(single));
    }
  }

  @Test
  void shapesRegistryHasEveryShapeAndOperationsRegistryEveryOperation() {
    String shapes = source(pinnedFiles, "MediaConvertShapes");
    String operations = source(pinnedFiles, "MediaConvertOperations");

    assertThat(count(shapes, "\n    all.put(\"")).isEqualTo(pinned.shapes().size());
    for (String name : pinned.shapes().keySet()) {
      assertThat(shapes).contains("all.put(\"" + name + "\", ");
    }
    assertThat(count(operations, "\n    all.put(\"")).isEqualTo(pinned.operations().size());
    assertThat(operations)
        .contains(
            "all.put(\"CreateJob\", new OperationDescriptor(\"CreateJob\", () ->"
                + " CreateJobRequest.DESCRIPTOR, () -> CreateJobResponse.DESCRIPTOR));");
  }

  @Test
  void everyGeneratedFileParsesAsJava() throws IOException {
    assertThat(parseErrors(pinnedFiles)).isEmpty();
  }

  // ------------------------------------------------------------------ awkward names

  /** Enum values that are not Java identifiers, collide once cleaned, or are keywords. */
  static final List<String> AWKWARD_VALUES =
      List.of(
          "1080p",
          "720p",
          "PCM-LE",
          "PCM_LE",
          "default",
          "class",
          "a b",
          "x.y",
          "-",
          "WIRE_VALUES",
          "BY_VALUE",
          "UNKNOWN_TO_SDK_VERSION");

  /** Member JSON names that are keywords, runtime method names, or not Java identifiers. */
  static final List<String> AWKWARD_MEMBERS =
      List.of("default", "class", "Class", "builder", "extras", "x-y", "2pass", "DESCRIPTOR");

  /** A model with one enum of {@link #AWKWARD_VALUES} and one structure of AWKWARD_MEMBERS. */
  static ShapeModel awkwardModel() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    shapes.put("__string", new Shape.Simple("__string", "", SimpleKind.STRING, Constraints.NONE));
    shapes.put("Odd", new Shape.Enum("Odd", "Awkward values.", AWKWARD_VALUES));
    List<Member> members = new ArrayList<>();
    for (String json : AWKWARD_MEMBERS) {
      members.add(new Member("M" + members.size(), json, "__string", "", false, Constraints.NONE));
    }
    members.add(new Member("Mode", "mode", "Odd", "", false, Constraints.NONE));
    shapes.put("Holder", new Shape.Structure("Holder", "", members, false));
    return new ShapeModel("Awkward", "1", "", shapes, Map.of());
  }

  private static List<JavaFile> awkwardFiles() {
    return new JavaEmitter(awkwardModel(), "example.awkward", "Awkward", null).files();
  }

  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("^  ([A-Za-z_$][A-Za-z0-9_$]*)\\((\"(?:[^\"\\\\]|\\\\.)*\"|null)\\)[,;]$");

  @Test
  void enumValuesThatAreNotJavaIdentifiersGetValidUniqueConstants() {
    String source = source(awkwardFiles(), "Odd");

    // Constant name to its wire value, as written in the source.
    Map<String, String> constants = new LinkedHashMap<>();
    for (String line : source.lines().toList()) {
      Matcher m = ENUM_CONSTANT.matcher(line);
      if (m.matches()) {
        assertThat(constants.put(m.group(1), m.group(2))).as("duplicate " + m.group(1)).isNull();
      }
    }

    assertThat(constants.keySet())
        .allSatisfy(
            c ->
                assertThat(SourceVersion.isName(c, SourceVersion.RELEASE_17))
                    .as("%s is a Java name and not a keyword", c)
                    .isTrue());
    List<String> quotedValues = AWKWARD_VALUES.stream().map(v -> "\"" + v + "\"").toList();
    List<String> expectedWireValues = new ArrayList<>(quotedValues);
    expectedWireValues.add("null");
    assertThat(constants.values()).containsExactlyElementsOf(expectedWireValues);
    assertThat(constants)
        .containsEntry("PCM_LE", "\"PCM-LE\"")
        .containsEntry("DEFAULT", "\"default\"")
        .containsEntry("CLASS", "\"class\"")
        .containsEntry("A_B", "\"a b\"")
        .containsEntry("UNKNOWN_TO_SDK_VERSION", "null");
    assertThat(keyOf(constants, "\"PCM_LE\"")).isNotEqualTo("PCM_LE").startsWith("PCM_LE");
    assertThat(keyOf(constants, "\"UNKNOWN_TO_SDK_VERSION\""))
        .isNotEqualTo("UNKNOWN_TO_SDK_VERSION");
    assertThat(keyOf(constants, "\"1080p\"")).isEqualTo("VALUE_1080P");
    assertThat(keyOf(constants, "\"-\"")).isEqualTo("VALUE_");
    assertThat(keyOf(constants, "\"WIRE_VALUES\"")).isEqualTo("WIRE_VALUES_VALUE");
    assertThat(keyOf(constants, "\"BY_VALUE\"")).isEqualTo("BY_VALUE_VALUE");
    assertThat(source).contains("WIRE_VALUES = List.of(" + String.join(", ", quotedValues) + ");");
  }

  @Test
  void memberJsonNamesThatAreKeywordsGetSafeFieldNames() {
    String source = source(awkwardFiles(), "Holder");

    Pattern field = Pattern.compile("^  private final \\S+ ([A-Za-z_$][A-Za-z0-9_$]*);$");
    List<String> fields =
        source
            .lines()
            .map(field::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .filter(f -> !f.equals("extras"))
            .toList();
    assertThat(fields)
        .hasSize(AWKWARD_MEMBERS.size() + 1)
        .doesNotHaveDuplicates()
        .allSatisfy(
            f ->
                assertThat(SourceVersion.isName(f, SourceVersion.RELEASE_17))
                    .as("%s is a Java name and not a keyword", f)
                    .isTrue())
        .contains("defaultValue", "classValue", "builderValue", "extrasValue", "mode");
    assertThat(source)
        .contains("private final String defaultValue;")
        .contains("public String defaultValue() {")
        .contains("private final String classValue;")
        .contains("public Builder classValue(String classValue) {")
        // The descriptor keeps the JSON name next to the Java name.
        .contains("\"M0\", \"default\", \"defaultValue\"")
        .contains("\"M1\", \"class\", \"classValue\"")
        .contains("\"M4\", \"extras\", \"extrasValue\"")
        .doesNotContain(" default;", " class;", " default(", " class(");
    // "Class" lower-cases to the same name as "class" and must not collide with it.
    assertThat(source).containsPattern("\"M2\", \"Class\", \"(?!classValue\")[A-Za-z_$0-9]+\"");
  }

  @Test
  void awkwardNamesGiveSourcesThatParse() throws IOException {
    assertThat(parseErrors(awkwardFiles())).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static String source(List<JavaFile> files, String typeName) {
    return files.stream()
        .filter(f -> f.typeSpec().name().equals(typeName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no file for " + typeName))
        .toString();
  }

  private static String keyOf(Map<String, String> map, String value) {
    return map.entrySet().stream()
        .filter(e -> e.getValue().equals(value))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no constant for " + value));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The syntax errors javac reports for the files, parsed only: the runtime classes they refer to
   * are not on this module's classpath, so they are not compiled.
   */
  private static List<String> parseErrors(List<JavaFile> files) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task =
        (JavacTask)
            ToolProvider.getSystemJavaCompiler()
                .getTask(
                    null,
                    null,
                    diagnostics,
                    List.of("--release", "17", "-proc:none"),
                    null,
                    files.stream().map(JavaFile::toJavaFileObject).toList());
    task.parse();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(
            d ->
                (d.getSource() == null ? "" : d.getSource().getName())
                    + ":"
                    + d.getLineNumber()
                    + ": "
                    + d.getMessage(null))
        .toList();
  }
}
