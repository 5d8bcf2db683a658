package io.mctrail.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mctrail.model.McTrailBuild;
import io.mctrail.model.mediaconvert.MediaConvertModelInfo;
import io.mctrail.validation.Finding;
import io.mctrail.validation.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON report, the contract of the architecture brief that other tools rely on, in version
 * {@value #FORMAT_VERSION} of its format:
 *
 * <pre>{@code
 * {"formatVersion": 2,
 *  "tool": {"name": "mctrail", "version": "0.1.0", "commit": "…"},
 *  "model": {"source": "…", "format": "C2J", "apiVersion": "2017-08-29", "sha256": "…",
 *            "shapes": 880, "operations": 29},
 *  "summary": {"files": 1, "events": 1, "skipped": 2, "skippedByReason": {"…": 2},
 *              "errors": 1, "warnings": 0, "infos": 0},
 *  "events": [
 *    {"source": "trail.json", "index": 0, "eventName": "CreateJob", "eventID": "…",
 *     "findings": [
 *       {"rule": "…", "severity": "ERROR", "pointer": "/responseElements/…",
 *        "relatedPointer": "/requestParameters/…", "message": "…", "expected": "…", "actual": "…",
 *        "line": 41, "column": 25, "offset": 1630}
 *     ]}
 *  ]}
 * }</pre>
 *
 * <p>{@code tool} is the build of mctrail that wrote the report and {@code model} the AWS model it
 * read ({@code source} names the artifact and its version, or the file; {@code sha256} is the
 * file's digest). {@code summary.skipped} is the total of {@code summary.skippedByReason}. Every
 * event validated is listed, with or without findings, so {@code events} has {@code summary.events}
 * entries and a consumer can count passing events itself. {@code eventName} and {@code eventID} are
 * always present ({@code null} for a record that does not parse); {@code relatedPointer}, {@code
 * expected} and {@code actual} are present only when the finding has them, and {@code line}, {@code
 * column} (from 1, in bytes) and {@code offset} (from 0, in bytes) of the value the pointer names
 * in the file, as read after decompression, only when the place is known. Version 1, the brief's,
 * had neither {@code formatVersion}, {@code tool}, {@code model}, {@code skippedByReason} nor
 * places. Written by a streaming generator, so a large report is never held as a tree; {@link
 * #open} holds the events in a temporary file until the summary is known.
 */
public final class JsonReportWriter implements ReportWriter {

  /** The version of the report's format, in {@code formatVersion}. */
  public static final int FORMAT_VERSION = 2;

  // The target is the caller's: never closed here.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean pretty;
  private final int spoolMemoryBytes;

  /** A writer that indents its output. */
  public JsonReportWriter() {
    this(true);
  }

  /** A writer that indents its output, or writes it on one line when {@code pretty} is false. */
  public JsonReportWriter(boolean pretty) {
    this(pretty, Spool.DEFAULT_MEMORY_BYTES);
  }

  /** A writer whose streams keep {@code spoolMemoryBytes} of events in memory, the rest on disk. */
  JsonReportWriter(boolean pretty, int spoolMemoryBytes) {
    this.pretty = pretty;
    this.spoolMemoryBytes = spoolMemoryBytes;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (ReportStream stream = open(out)) {
      AbstractReportStream.replay(report, stream);
    }
  }

  /**
   * A report whose events are held in a temporary file (beyond a few megabytes in memory) as they
   * are added, since the summary comes first, and written after it at the end.
   */
  @Override
  public ReportStream open(Writer out) throws IOException {
    return new Stream(out);
  }

  private final class Stream extends AbstractReportStream {
    private final Writer out;
    private final Spool spool = new Spool(spoolMemoryBytes);
    private final JsonGenerator events;
    private final long start;

    Stream(Writer out) throws IOException {
      this.out = out;
      // The events are written as the whole report would have them, after the array's opening.
      events = generator(spool);
      events.writeStartObject();
      events.writeArrayFieldStart("events");
      events.flush();
      start = spool.position();
    }

    @Override
    void write(EventReport event) throws IOException {
      writeEvent(events, event);
    }

    @Override
    void end(Summary summary) throws IOException {
      events.writeEndArray();
      events.writeEndObject();
      events.close();
      JsonGenerator head = generator(out);
      head.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      head.writeStartObject();
      writeBuild(head);
      writeSummary(head, summary);
      head.writeArrayFieldStart("events");
      head.close();
      spool.copyTo(out, start, spool.position());
      out.write('\n');
      out.flush();
    }

    @Override
    public void close() throws IOException {
      spool.close();
    }
  }

  private JsonGenerator generator(Writer target) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(target);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    return g;
  }

  private static void writeBuild(JsonGenerator g) throws IOException {
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", SarifReportWriter.TOOL_NAME);
    g.writeStringField("version", McTrailBuild.version());
    g.writeStringField("commit", McTrailBuild.commit());
    g.writeEndObject();
    g.writeObjectFieldStart("model");
    g.writeStringField("source", MediaConvertModelInfo.description());
    g.writeStringField("format", MediaConvertModelInfo.format());
    g.writeStringField("apiVersion", MediaConvertModelInfo.apiVersion());
    g.writeStringField("sha256", MediaConvertModelInfo.sha256());
    g.writeNumberField("shapes", MediaConvertModelInfo.shapes());
    g.writeNumberField("operations", MediaConvertModelInfo.operations());
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", s.files());
    g.writeNumberField("events", s.events());
    g.writeNumberField("skipped", s.skipped());
    g.writeObjectFieldStart("skippedByReason");
    for (Map.Entry<String, Long> reason : s.skippedByReason().entrySet()) {
      g.writeNumberField(reason.getKey(), reason.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("errors", s.errors());
    g.writeNumberField("warnings", s.warnings());
    g.writeNumberField("infos", s.infos());
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, EventReport event) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", event.source());
    g.writeNumberField("index", event.index());
    g.writeStringField("eventName", event.eventName());
    g.writeStringField("eventID", event.eventID());
    g.writeArrayFieldStart("findings");
    for (int i = 0; i < event.findings().size(); i++) {
      Finding f = event.findings().get(i);
      g.writeStartObject();
      g.writeStringField("rule", f.rule());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("pointer", f.pointer());
      writeIfPresent(g, "relatedPointer", f.relatedPointer());
      g.writeStringField("message", f.message());
      writeIfPresent(g, "expected", f.expected());
      writeIfPresent(g, "actual", f.actual());
      Location at = event.location(i);
      if (at != null) {
        g.writeNumberField("line", at.line());
        g.writeNumberField("column", at.column());
        g.writeNumberField("offset", at.offset());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeIfPresent(JsonGenerator g, String field, String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }
}
