package io.mctrail.validation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The test resources' JSON Schemas (draft 2020-12), loaded from the classpath, never the net. */
final class ReportSchemas {

  private static final String BASE = "https://schemas.mctrail.io/report/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers ->
                      resolvers.mapPrefix(BASE, "classpath:io/mctrail/validation/report/")));

  private ReportSchemas() {}

  /** The errors of {@code document} against the schema file {@code name}, formats asserted. */
  static List<String> errors(String name, JsonNode document) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    List<Error> errors =
        schema.validate(
            document, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(Error::toString).toList();
  }
}
