package io.mctrail.codegen.shape;

/** The kinds of simple (non-aggregate, non-enum) shapes the readers produce. */
public enum SimpleKind {
  STRING,
  INTEGER,
  LONG,
  DOUBLE,
  BOOLEAN,
  TIMESTAMP,
  /** Free-form JSON (Smithy {@code document}, C2J {@code "document": true}). */
  DOCUMENT,
  /**
   * The request parameters or response elements of a CloudTrail record: typed by the record's
   * operation where the service is modelled, free-form JSON otherwise ({@code "payload": true} on a
   * C2J document structure).
   */
  PAYLOAD
}
