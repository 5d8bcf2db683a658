package io.mctrail.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mctrail.model.McTrailBuild;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import io.mctrail.validation.Rule;
import io.mctrail.validation.RuleCatalog;
import io.mctrail.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The report in SARIF 2.1.0 (OASIS), for code-scanning tools: one run whose tool is {@code mctrail}
 * (its version and {@code informationUri}) with the rule catalogue as its rules (each with its
 * summary as {@code shortDescription}, the summary and source as {@code fullDescription}, and the
 * text of {@code mctrail explain} as {@code help}), and one result per finding.
 *
 * <p>A result's physical location is the input file and the place in it of the value the finding's
 * pointer names: {@code region.startLine} and {@code startColumn} (columns count bytes, the same as
 * characters in ASCII) and {@code byteOffset}, or the file's first line when the place is not known
 * (an input that could not be read). A relative input path is a URI relative to {@code
 * originalUriBaseIds.SRCROOT}, the folder the command ran in; an absolute one is a {@code file:}
 * URI. The pointer is also the {@code fullyQualifiedName} of its logical location, and the result's
 * property bag carries {@code recordIndex}, {@code pointer}, {@code eventName}, {@code eventID}
 * and, when the finding has them, {@code relatedPointer}, {@code expected} and {@code actual}. A
 * related pointer is also a related location. {@code partialFingerprints} holds a hash of the rule,
 * the file, the event's id (its record index when it has none) and the pointer, the same on every
 * run, so a code-scanning service follows a finding from one run to the next. The run's property
 * bag carries the summary counts ({@code files}, {@code events}, {@code skipped}, {@code
 * skippedByReason}).
 */
public final class SarifReportWriter implements ReportWriter {

  /** The schema a SARIF 2.1.0 log names in {@code $schema}. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

  /** The tool name in {@code tool.driver.name}. */
  public static final String TOOL_NAME = "mctrail";

  /** The id of the root that relative input paths are relative to. */
  public static final String ROOT_ID = "SRCROOT";

  /** The key of the finding's fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT = "mctrailFinding/v1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final List<Rule> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final URI root;

  /**
   * A writer describing mctrail's whole rule catalogue ({@link RuleCatalog#rules()}), with relative
   * paths relative to the working folder.
   */
  public SarifReportWriter() {
    this(RuleCatalog.rules());
  }

  /** A writer describing {@code rules} as the tool's rules, relative to the working folder. */
  public SarifReportWriter(List<Rule> rules) {
    this(rules, Path.of("").toAbsolutePath().toUri());
  }

  /**
   * A writer describing {@code rules} as the tool's rules, whose relative input paths are relative
   * to the folder {@code root} (an absolute URI).
   */
  public SarifReportWriter(List<Rule> rules, URI root) {
    this.rules = List.copyOf(rules);
    for (int i = 0; i < this.rules.size(); i++) {
      ruleIndex.putIfAbsent(this.rules.get(i).id(), i);
    }
    String folder = root.toString();
    this.root = root.isAbsolute() && folder.endsWith("/") ? root : URI.create(folder + "/");
    if (!this.root.isAbsolute()) {
      throw new IllegalArgumentException("the root must be an absolute URI: " + root);
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
    g.writeObjectFieldStart("originalUriBaseIds");
    g.writeObjectFieldStart(ROOT_ID);
    g.writeStringField("uri", root.toString());
    g.writeObjectFieldStart("description");
    g.writeStringField("text", "The folder mctrail check ran in: relative input paths start here.");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("results");
    return new AbstractReportStream() {
      @Override
      void write(EventReport event) throws IOException {
        for (int i = 0; i < event.findings().size(); i++) {
          writeResult(g, event, i);
        }
      }

      @Override
      void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("files", s.files());
        g.writeNumberField("events", s.events());
        g.writeNumberField("skipped", s.skipped());
        g.writeObjectFieldStart("skippedByReason");
        for (Map.Entry<String, Long> reason : s.skippedByReason().entrySet()) {
          g.writeNumberField(reason.getKey(), reason.getValue());
        }
        g.writeEndObject();
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
    g.writeStringField("version", McTrailBuild.version());
    if (!McTrailBuild.url().isEmpty()) {
      g.writeStringField("informationUri", McTrailBuild.url());
    }
    g.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      String summary = rule.summary() == null ? rule.id() : rule.summary();
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", summary);
      g.writeEndObject();
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField(
          "text", rule.source() == null ? summary : summary + " Source: " + rule.source() + ".");
      g.writeEndObject();
      g.writeObjectFieldStart("help");
      g.writeStringField("text", rule.explanation());
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

  private void writeResult(JsonGenerator g, EventReport event, int i) throws IOException {
    Finding f = event.findings().get(i);
    String uri = artifactUri(event.source());
    Location at = event.location(i);
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
    writeLocation(g, null, uri, at == null ? Location.START : at, f.pointer(), null);
    g.writeEndArray();
    if (f.relatedPointer() != null) {
      g.writeArrayFieldStart("relatedLocations");
      writeLocation(g, 1, uri, null, f.relatedPointer(), "the other side of the comparison");
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, fingerprint(event, f));
    g.writeEndObject();
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
      JsonGenerator g, Integer id, String uri, Location at, String pointer, String message)
      throws IOException {
    g.writeStartObject();
    if (id != null) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    if (!uri.startsWith("file:")) {
      g.writeStringField("uriBaseId", ROOT_ID);
    }
    g.writeEndObject();
    if (at != null) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.line());
      g.writeNumberField("startColumn", at.column());
      g.writeNumberField("byteOffset", at.offset());
      g.writeEndObject();
    }
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

  /**
   * The finding's fingerprint: the SHA-256, in hex, of its rule, file, event id (or {@code #} and
   * the record index when the event has none) and pointer, so that it is the same on every run that
   * finds it, whatever else the report holds.
   */
  static String fingerprint(EventReport event, Finding f) {
    String id = event.eventID() != null ? event.eventID() : "#" + event.index();
    String key = f.rule() + "\u0000" + event.source() + "\u0000" + id + "\u0000" + f.pointer();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
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
   * The source as an RFC 3986 URI reference: separators as {@code /}, an absolute path (a Windows
   * drive path too) as a {@code file:} URI, a relative one as a relative reference, and every other
   * character outside the unreserved and path sets percent-encoded as UTF-8 (a {@code :} too, lest
   * a relative path read as a scheme).
   */
  static String artifactUri(String source) {
    String path = source.replace('\\', '/');
    StringBuilder b = new StringBuilder();
    if (path.startsWith("/") && !path.startsWith("//")) {
      b.append("file://");
    } else if (path.length() >= 3
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
