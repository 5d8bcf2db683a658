package io.mctrail.records;

/** Why an item of an input is counted and not checked. */
public enum SkipReason {
  /** A CloudTrail digest file, which lists log files and holds no record. */
  DIGEST_FILE("CloudTrail digest file"),
  /** A CloudWatch Logs control message, which a subscription sends to test its destination. */
  CONTROL_MESSAGE("CloudWatch Logs control message"),
  /** A record of another AWS service than the one being checked. */
  OTHER_SERVICE("record of another service");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  /** What a report says of the skip, for example {@code CloudTrail digest file}. */
  public String label() {
    return label;
  }
}
