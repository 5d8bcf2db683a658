package io.mctrail.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The envelope members a row of the findings table carries besides those of the report entry: the
 * record's {@code eventTime}, {@code recipientAccountId} and {@code awsRegion}, read by a streaming
 * scan of its top-level members that builds nothing (only records with findings are scanned). A
 * member that is not a string, or that a broken record does not reach, is {@code null}.
 *
 * @param eventTime the record's {@code eventTime} as written
 * @param account its {@code recipientAccountId}
 * @param region its {@code awsRegion}
 */
record RecordFields(String eventTime, String account, String region) {

  static final RecordFields NONE = new RecordFields(null, null, null);

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The members of {@code json} (UTF-8): as many as can be read. */
  static RecordFields of(byte[] json) {
    String eventTime = null;
    String account = null;
    String region = null;
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return NONE;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          switch (name) {
            case "eventTime" -> eventTime = p.getText();
            case "recipientAccountId" -> account = p.getText();
            case "awsRegion" -> region = p.getText();
            default -> {}
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // a broken record: the members read before the break
    }
    return new RecordFields(eventTime, account, region);
  }

  /**
   * The day {@link #eventTime()} is on ({@code 2026-11-30} of {@code 2026-11-30T10:15:00Z}:
   * CloudTrail writes it in UTC), or {@code null} when it does not start with a date and a time.
   */
  String eventDay() {
    if (eventTime == null || eventTime.length() < 11 || eventTime.charAt(10) != 'T') {
      return null;
    }
    String day = eventTime.substring(0, 10);
    try {
      return LocalDate.parse(day).toString().equals(day) ? day : null;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
