package io.mctrail.validation.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import java.util.List;
import java.util.function.Predicate;

/**
 * The forms of the record's identifiers and addresses: eventID, requestID, sourceIPAddress and
 * awsRegion. Documentation samples and anonymised records break these without being wrong in what
 * they record, so they are warnings and the lenient profile switches them off. A field that is
 * missing is left to {@link RecordFieldsCheck}.
 */
public final class IdentifierFormsCheck implements Check {

  private static final List<Rule> RULES =
      List.of(
          EnvelopeRules.EVENT_ID_FORM,
          EnvelopeRules.REQUEST_ID_FORM,
          EnvelopeRules.SOURCE_IP_FORM,
          EnvelopeRules.REGION_FORM);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    JsonNode root = event.root();
    form(root, "eventID", Forms::isUuid, EnvelopeRules.EVENT_ID_FORM, "a GUID", findings);
    // Other services write other request ids (S3's are 16 hexadecimal digits); MediaConvert's
    // REST API answers with a UUID x-amzn-RequestId.
    if (event.isMediaConvert()) {
      form(root, "requestID", Forms::isUuid, EnvelopeRules.REQUEST_ID_FORM, "a UUID", findings);
    }
    form(
        root,
        "sourceIPAddress",
        Forms::isSourceAddress,
        EnvelopeRules.SOURCE_IP_FORM,
        "an IPv4 or IPv6 address, or an AWS service's DNS name",
        findings);
    form(
        root,
        "awsRegion",
        Forms::isRegion,
        EnvelopeRules.REGION_FORM,
        "an AWS Region code such as us-west-2",
        findings);
  }

  private static void form(
      JsonNode root,
      String field,
      Predicate<String> valid,
      Rule rule,
      String expected,
      Findings findings) {
    JsonNode n = root.get(field);
    if (RecordFieldsCheck.isAbsent(n)) {
      return;
    }
    if (!n.isTextual() || !valid.test(n.asText())) {
      findings.add(
          rule, "/" + field, null, field + " is not " + expected, expected, Forms.shown(n));
    }
  }
}
