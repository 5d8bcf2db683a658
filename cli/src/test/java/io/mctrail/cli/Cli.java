package io.mctrail.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import picocli.CommandLine;

/**
 * Runs the {@code mctrail} command in-process, as a user would from a shell, and builds the files
 * it reads. Every run is checked for Java stack traces: none may ever reach the user.
 */
final class Cli {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The seed's one real inconsistency: the DASH ISO destination, response against request. */
  static final String SEED_RULE = "consistency.value-changed";

  static final String SEED_POINTER =
      "/responseElements/job/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings"
          + "/destination";
  static final String SEED_RELATED_POINTER =
      "/requestParameters/settings/outputGroups/0/outputGroupSettings/dashIsoGroupSettings"
          + "/destination";

  static final String SEED_ID = "22ef8e82-ea2c-4014-9a45-16fd11474b31";

  private Cli() {}

  /** What one run of the command gave: its exit code, standard output and standard error. */
  record Run(int exitCode, String out, String err) {

    /** Standard output parsed as JSON (the json and sarif reports, a schema). */
    JsonNode json() {
      return parse(out);
    }

    /** The {@code summary} of a json report. */
    JsonNode summary() {
      return json().get("summary");
    }

    /** The {@code events} of a json report. */
    List<JsonNode> events() {
      List<JsonNode> events = new ArrayList<>();
      json().get("events").forEach(events::add);
      return events;
    }

    /** The rule of every finding of a json report, in report order. */
    List<String> rules() {
      List<String> rules = new ArrayList<>();
      json().get("events").forEach(e -> e.get("findings").forEach(f -> rules.add(text(f, "rule"))));
      return rules;
    }

    /** The last line of standard output: the text report's summary line. */
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  /** Runs {@code mctrail args} with nothing on standard input. */
  static Run mctrail(String... args) {
    return mctrailReading(new byte[0], args);
  }

  /** Runs {@code mctrail args} with {@code stdin} on standard input. */
  static synchronized Run mctrailReading(byte[] stdin, String... args) {
    InputStream systemIn = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      CommandLine cl = McTrailCommand.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exitCode = cl.execute(args);
      Run run = new Run(exitCode, unix(out.toString()), unix(err.toString()));
      assertThat(run.out() + run.err())
          .as("no Java stack trace reaches the user")
          .doesNotContain("at io.mctrail")
          .doesNotContain("Exception in thread")
          .doesNotContain("\tat ");
      return run;
    } finally {
      System.setIn(systemIn);
    }
  }

  private static String unix(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }

  // ------------------------------------------------------------------ events

  /** The fixture {@code events/<name>} as a JSON tree. */
  static ObjectNode event(String name) {
    try (InputStream in = Cli.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture events/" + name);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's CreateJob: one ERROR, {@link #SEED_RULE} at {@link #SEED_POINTER}. */
  static ObjectNode seed() {
    return event("seed-createjob.json");
  }

  /** The {@code n}th of a series of distinct event ids, in CloudTrail's GUID form. */
  static String eventID(int n) {
    return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", n, n);
  }

  /** The seed with another {@code eventID}. */
  static ObjectNode seed(String eventID) {
    return seed().put("eventID", eventID);
  }

  /** A CreateJob without any finding. */
  static ObjectNode clean() {
    return event("createjob-epoch-seconds.json");
  }

  /** A CreateJob whose only findings are WARNINGs: an H.264 profile the model does not know. */
  static ObjectNode onlyWarnings() {
    return event("unknown-enum.json");
  }

  /** A record of AWS Lambda, not of MediaConvert. */
  static ObjectNode otherService() {
    return event("other-service-record.json");
  }

  /** {@code event} on one line. */
  static String compact(JsonNode event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A CloudTrail log file {@code {"Records":[...]}} of these records. */
  static String logFile(JsonNode... records) {
    List<String> each = new ArrayList<>();
    for (JsonNode r : records) {
      each.add(compact(r));
    }
    return "{\"Records\":[" + String.join(",", each) + "]}";
  }

  /** {@code json} as a JSON string literal, as wrappers carry a record. */
  static String quoted(String json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ files

  /** Writes {@code text} to {@code dir/name} (folders created) and returns its path. */
  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(UTF_8));
  }

  /** Writes {@code bytes} to {@code dir/name} (folders created) and returns its path. */
  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ reports

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
    }
  }

  /** {@code xml} parsed by the JDK's DOM parser. */
  static Document xml(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** A text member of {@code node}, or {@code null} when it is missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
