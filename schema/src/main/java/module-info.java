/**
 * JSON Schema 2020-12 for every MediaConvert shape, the CloudTrail envelope and one event per
 * operation, and {@link io.mctrail.schema.McTrailSchemas}, a loader of ready networknt schemas.
 *
 * <p>An open module: the schema files are resources in its packages, which networknt reads through
 * the class loader ({@code classpath:} locations), and a named module's class loader gives out only
 * the resources of its open packages.
 */
open module io.mctrail.schema {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.networknt.schema;

  exports io.mctrail.schema;
}
