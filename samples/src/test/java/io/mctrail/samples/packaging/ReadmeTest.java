package io.mctrail.samples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README tells a service how to depend on mctrail: the Maven coordinates, with the BOM, of this
 * version and of artifacts that are published; and Java snippets that compile as they are, with the
 * imports they give, against the published modules.
 */
class ReadmeTest {

  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");
  private static final Pattern TYPE =
      Pattern.compile("(?m)^(?:public |abstract |final )*(?:class|interface|record|enum) (\\w+)");

  @TempDir Path out;

  @Test
  void usingTheLibraryImportsTheBomOfThisVersion() throws IOException {
    String section = section("## Using the library");
    List<String> xml = blocks(section, "xml");

    assertThat(xml).as("the xml blocks of 'Using the library'").isNotEmpty();
    assertThat(String.join("\n", xml).replaceAll("\\s+", ""))
        .contains(
            "<groupId>io.mctrail</groupId><artifactId>mctrail-bom</artifactId><version>"
                + BuildFiles.version()
                + "</version><type>pom</type><scope>import</scope>");
  }

  @Test
  void theReadmeNamesEveryPublishedArtifactAndNoOther() throws IOException {
    List<String> published =
        BuildFiles.publishedModules().stream().map(BuildFiles::artifactId).toList();
    String section = section("## Using the library");
    List<String> named = new ArrayList<>();
    Matcher m = Pattern.compile("<artifactId>([\\w-]+)</artifactId>").matcher(section);
    while (m.find()) {
      named.add(m.group(1));
    }

    assertThat(named).isNotEmpty();
    assertThat(published).allMatch(a -> named.contains(a) || section.contains("`" + a + "`"));
    List<String> publishedAndBom = new ArrayList<>(published);
    publishedAndBom.add("mctrail-bom");
    assertThat(named).allMatch(publishedAndBom::contains);
  }

  /**
   * The Java snippets of the README but the Spark job's: those need Spark on the class path, and
   * mctrail-spark's {@code ReadmeSparkSnippetTest} compiles them.
   */
  static Stream<String> javaSnippets() throws IOException {
    return blocks(readme(), "java").stream().filter(s -> !s.contains("import org.apache.spark."));
  }

  @ParameterizedTest
  @MethodSource("javaSnippets")
  void everyJavaSnippetCompilesWithTheImportsItGives(String snippet) throws IOException {
    assertThat(snippet).as("a snippet that opens with its imports").startsWith("import ");
    JavaFileObject source = asCompilationUnit(snippet);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  List.of(
                      "-proc:none",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      out.toString()),
                  null,
                  List.of(source))
              .call();
      assertThat(compiled).as("compiling the snippet%n%s%n%s", snippet, messages).isTrue();
    }
  }

  /**
   * A snippet that declares a type compiles as it is; statements go into a method of a class, after
   * the snippet's imports.
   */
  static JavaFileObject asCompilationUnit(String snippet) {
    Matcher type = TYPE.matcher(snippet);
    String name;
    String code;
    if (type.find()) {
      name = type.group(1);
      code = snippet;
    } else {
      name = "ReadmeSnippet";
      List<String> imports = new ArrayList<>();
      List<String> body = new ArrayList<>();
      for (String line : snippet.lines().toList()) {
        (body.isEmpty() && (line.startsWith("import ") || line.isBlank()) ? imports : body)
            .add(line);
      }
      code =
          String.join("\n", imports)
              + "\nclass ReadmeSnippet {\n  static void snippet() throws Exception {\n"
              + String.join("\n", body)
              + "\n  }\n}\n";
    }
    String unit = code;
    return new SimpleJavaFileObject(Path.of(name + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return unit;
      }
    };
  }

  static String readme() throws IOException {
    return Files.readString(BuildFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The README from a heading to the next heading of the same level. */
  static String section(String heading) throws IOException {
    String readme = readme();
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README heading %s", heading).isNotNegative();
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = readme.indexOf("\n" + level, start + heading.length() + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  static List<String> blocks(String markdown, String language) {
    List<String> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        found.add(m.group(2));
      }
    }
    return found;
  }
}
