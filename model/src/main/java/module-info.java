/**
 * Immutable classes for every MediaConvert shape inside a typed CloudTrail envelope, and the
 * Jackson module ({@link io.mctrail.model.jackson.McTrailModule}) that reads and writes them.
 *
 * <p>An open module: Hibernate Validator reads the constrained members of these classes by
 * reflection, and a service's own frameworks may too.
 */
open module io.mctrail.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  // The generated classes carry javax.annotation.processing.Generated, a source-only annotation.
  requires static transitive java.compiler;

  exports io.mctrail.model;
  exports io.mctrail.model.cloudtrail;
  exports io.mctrail.model.facts;
  exports io.mctrail.model.jackson;
  exports io.mctrail.model.mediaconvert;
  exports io.mctrail.model.runtime;

  provides com.fasterxml.jackson.databind.Module with
      io.mctrail.model.jackson.McTrailModule;
}
