/**
 * The validator of MediaConvert CloudTrail events ({@link io.mctrail.validation.Validator}), its
 * findings and rules, and the report writers ({@code io.mctrail.validation.report}). The layers'
 * checks are internal.
 */
module io.mctrail.validation {
  requires transitive io.mctrail.model;
  // Items of inputs, which the report's ItemCheck turns into entries.
  requires transitive io.mctrail.records;
  requires io.mctrail.schema;
  requires org.hibernate.validator;
  // The JUnit XML report is written with StAX.
  requires java.xml;

  exports io.mctrail.validation;
  exports io.mctrail.validation.report;
}
