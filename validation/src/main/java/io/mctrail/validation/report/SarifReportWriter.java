package io.mctrail.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import io.mctrail.validation.Validator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report in SARIF 2.1.0 (OASIS), for code-scanning tools: one run whose tool is {@code mctrail}
 * with the rule catalogue as its rules, and one result per finding.
 *
 * <p>A result's physical location is the input file ({@code artifactLocation.uri}); SARIF has no
 * place for a JSON Pointer inside a file, so the pointer is the {@code fullyQualifiedName} of its
 * logical location, and the result's property bag carries {@code recordIndex}, {@code pointer},
 * {@code eventName}, {@code eventID} and, when the finding has them, {@code relatedPointer}, {@code
 * expected} and {@code actual}. A related pointer is also a related location. The run's property
 * bag carries the summary counts ({@code files}, {@code events}, {@code skipped}).
 */
public final class SarifReportWriter implements ReportWriter {

  /** The schema a SARIF 2.1.0 log names in {@code $schema}. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

  /** The tool name in {@code tool.driver.name}. */
  public static final String TOOL_NAME = "mctrail";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final List<Rule> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();

  /** A writer describing mctrail's whole rule catalogue ({@link Validator#catalogue()}). */
  public SarifReportWriter() {
    this(Validator.catalogue());
  }

  /** A writer describing {@code rules} as the tool's rules. */
  public SarifReportWriter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (int i = 0; i < this.rules.size(); i++) {
      ruleIndex.putIfAbsent(this.rules.get(i).id(), i);
    }
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (ReportStream stream = open(out)) {
      AbstractReportStream.replay(report, stream);
    }
  }

  /** A report that writes each finding's result as its event is added, and the totals last. */
  @Override
  public ReportStream open(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA_URI);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    writeTool(g);
    g.writeArrayFieldStart("results");
    return new AbstractReportStream() {
      @Override
      void write(EventReport event) throws IOException {
        for (Finding finding : event.findings()) {
          writeResult(g, event, finding);
        }
      }

      @Override
      void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("files", s.files());
        g.writeNumberField("events", s.events());
        g.writeNumberField("skipped", s.skipped());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
      }
    };
  }

  private void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", TOOL_NAME);
    g.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.summary() == null ? rule.id() : rule.summary());
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(rule.defaultSeverity()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("layer", rule.layer().prefix());
      if (rule.source() != null) {
        g.writeStringField("source", rule.source());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeResult(JsonGenerator g, EventReport event, Finding f) throws IOException {
    String uri = artifactUri(event.source());
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    Integer index = ruleIndex.get(f.rule());
    if (index != null) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    writeLocation(g, null, uri, f.pointer(), null);
    g.writeEndArray();
    if (f.relatedPointer() != null) {
      g.writeArrayFieldStart("relatedLocations");
      writeLocation(g, 1, uri, f.relatedPointer(), "the other side of the comparison");
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeNumberField("recordIndex", event.index());
    g.writeStringField("pointer", f.pointer());
    writeIfPresent(g, "relatedPointer", f.relatedPointer());
    writeIfPresent(g, "eventName", event.eventName());
    writeIfPresent(g, "eventID", event.eventID());
    writeIfPresent(g, "expected", f.expected());
    writeIfPresent(g, "actual", f.actual());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLocation(
      JsonGenerator g, Integer id, String uri, String pointer, String message) throws IOException {
    g.writeStartObject();
    if (id != null) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", pointer);
    g.writeEndObject();
    g.writeEndArray();
    if (message != null) {
      g.writeObjectFieldStart("message");
      g.writeStringField("text", message);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeIfPresent(JsonGenerator g, String field, String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * The source as an RFC 3986 URI reference: separators as {@code /}, a Windows drive path as a
   * {@code file:} URI, and every other character outside the unreserved and path sets
   * percent-encoded as UTF-8 (a {@code :} too, lest a relative path read as a scheme).
   */
  static String artifactUri(String source) {
    String path = source.replace('\\', '/');
    StringBuilder b = new StringBuilder();
    if (path.length() >= 3
        && Character.isLetter(path.charAt(0))
        && path.charAt(0) < 128
        && path.charAt(1) == ':'
        && path.charAt(2) == '/') {
      b.append("file:///").append(path, 0, 2);
      path = path.substring(2);
    } else if (path.startsWith("//")) {
      b.append("file:");
    }
    for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
