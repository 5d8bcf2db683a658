package io.mctrail.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets of the Spark job's API compile against this module and Spark, as a
 * user copies them: their imports, then statements. The other snippets are compiled by the samples
 * module's ReadmeTest, which has no Spark on its class path.
 */
class ReadmeSparkSnippetTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

  @TempDir Path out;

  @Test
  void theReadmesSparkSnippetsCompileWithTheImportsTheyGive() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).contains("import org.apache.spark.")) {
        snippets.add(m.group(1));
      }
    }

    assertThat(snippets).as("the README's Java snippets that use Spark").isNotEmpty();
    for (String snippet : snippets) {
      assertThat(snippet).as("a snippet that opens with its imports").startsWith("import ");
      StringWriter messages = new StringWriter();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
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
                    List.of(unit(snippet)))
                .call();
        assertThat(compiled).as("compiling the snippet%n%s%n%s", snippet, messages).isTrue();
      }
    }
  }

  /** The snippet's imports, then its statements in a method of a class. */
  private static JavaFileObject unit(String snippet) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.lines().toList()) {
      (body.isEmpty() && (line.startsWith("import ") || line.isBlank()) ? imports : body).add(line);
    }
    String code =
        String.join("\n", imports)
            + "\nclass SparkSnippet {\n  static void snippet() throws Exception {\n"
            + String.join("\n", body)
            + "\n  }\n}\n";
    return new SimpleJavaFileObject(
        URI.create("string:///SparkSnippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
