package io.mctrail.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready networknt {@link Schema}s for mctrail's generated JSON Schemas (draft 2020-12), loaded from
 * the classpath and never from the network: every {@code $id} under {@value #BASE_URI} maps to
 * {@code classpath:io/mctrail/schema/}.
 *
 * <p>One instance is thread-safe; schemas are built once and cached. {@link #shared()} is the
 * instance most callers want.
 */
public final class McTrailSchemas {

  /** The base of every schema's {@code $id}. */
  public static final String BASE_URI = "https://schemas.mctrail.io/";

  private static final String RESOURCE_DIR = "io/mctrail/schema/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final McTrailSchemas SHARED = new McTrailSchemas();

  private final SchemaRegistry registry;
  private final JsonNode index;
  private final Map<String, Schema> cache = new ConcurrentHashMap<>();

  /** A new loader with its own registry and cache. */
  public McTrailSchemas() {
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaIdResolvers(
                    resolvers -> resolvers.mapPrefix(BASE_URI, "classpath:" + RESOURCE_DIR)));
    this.index = readResource("operations.json");
  }

  /** The instance shared by the whole JVM. */
  public static McTrailSchemas shared() {
    return SHARED;
  }

  /** The eventSource the operation schemas are bound to. */
  public String eventSource() {
    return index.path("eventSource").asText();
  }

  /** The names of the operations that have an event schema, in name order. */
  public List<String> operations() {
    List<String> ops = new ArrayList<>();
    index.path("operations").forEach(op -> ops.add(op.asText()));
    return Collections.unmodifiableList(ops);
  }

  /** The event schema of an operation (CloudTrail's {@code eventName}), if there is one. */
  public Optional<Schema> forOperation(String eventName) {
    if (eventName == null || !operations().contains(eventName)) {
      return Optional.empty();
    }
    return Optional.of(load("events/" + eventName + ".schema.json"));
  }

  /** The schema of the CloudTrail envelope alone (any record). */
  public Schema envelope() {
    return load(index.path("envelope").asText());
  }

  /** The schema of one shape of the service model, by its name in the model. */
  public Schema shape(String shapeName) {
    return load(index.path("shapes").asText() + "#/$defs/" + shapeName);
  }

  /** The JSON text of a schema file, for example {@code events/CreateJob.schema.json}. */
  public JsonNode document(String relativePath) {
    return readResource(relativePath);
  }

  /** The file of the event schema of an operation, relative to {@link #BASE_URI}. */
  public static String operationFile(String eventName) {
    return "events/" + eventName + ".schema.json";
  }

  /** The file of the service's shapes schema, relative to {@link #BASE_URI}. */
  public String shapesFile() {
    return index.path("shapes").asText();
  }

  /** The file of the envelope schema, relative to {@link #BASE_URI}. */
  public String envelopeFile() {
    return index.path("envelope").asText();
  }

  private Schema load(String relative) {
    return cache.computeIfAbsent(
        relative,
        r -> {
          Schema schema = registry.getSchema(SchemaLocation.of(BASE_URI + r));
          schema.initializeValidators();
          return schema;
        });
  }

  private static JsonNode readResource(String relative) {
    try (InputStream in =
        McTrailSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + relative)) {
      if (in == null) {
        throw new IllegalStateException(
            "the schema resource " + RESOURCE_DIR + relative + " is not on the classpath");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
