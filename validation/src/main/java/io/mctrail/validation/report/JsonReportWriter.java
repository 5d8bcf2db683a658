package io.mctrail.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mctrail.validation.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, the contract of the architecture brief that other tools rely on:
 *
 * <pre>{@code
 * {"summary": {"files": 1, "events": 1, "skipped": 0, "errors": 1, "warnings": 0, "infos": 0},
 *  "events": [
 *    {"source": "trail.json", "index": 0, "eventName": "CreateJob", "eventID": "…",
 *     "findings": [
 *       {"rule": "…", "severity": "ERROR", "pointer": "/responseElements/…",
 *        "relatedPointer": "/requestParameters/…", "message": "…", "expected": "…", "actual": "…"}
 *     ]}
 *  ]}
 * }</pre>
 *
 * <p>Every event validated is listed, with or without findings, so {@code events} has {@code
 * summary.events} entries and a consumer can count passing events itself. {@code eventName} and
 * {@code eventID} are always present ({@code null} for a record that does not parse); {@code
 * relatedPointer}, {@code expected} and {@code actual} are present only when the finding has them.
 * Written by a streaming generator, so a large report is never held as a tree; {@link #open} holds
 * the events in a temporary file until the summary is known.
 */
public final class JsonReportWriter implements ReportWriter {

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

  private static void writeSummary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", s.files());
    g.writeNumberField("events", s.events());
    g.writeNumberField("skipped", s.skipped());
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
    for (Finding f : event.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("pointer", f.pointer());
      writeIfPresent(g, "relatedPointer", f.relatedPointer());
      g.writeStringField("message", f.message());
      writeIfPresent(g, "expected", f.expected());
      writeIfPresent(g, "actual", f.actual());
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
