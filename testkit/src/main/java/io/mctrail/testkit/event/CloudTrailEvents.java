package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.cloudtrail.MediaConvertPayloads;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.Gen;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Consistent CloudTrail records of MediaConvert calls, for every operation of the model.
 *
 * <pre>{@code
 * Gen<ConsistentEvent> createJobs = CloudTrailEvents.of("CreateJob");
 * ConsistentEvent event = createJobs.sample(42);   // the same event on every machine
 * }</pre>
 *
 * <p>The envelope is drawn for every identity type and every record format from 1.05 to 1.11, with
 * the fields each format added (managementEvent from 1.06, eventCategory from 1.07, tlsDetails and
 * addendum from 1.08, vpcEndpointAccountId from 1.09, eventContext and inScopeOf in 1.11). Its
 * account, region, time and {@code readOnly} agree with the payloads and the operation.
 */
public final class CloudTrailEvents {

  /** Failed calls among {@link #any()}, in per cent: an error code and no response. */
  static final int FAILED_PERCENT = 3;

  static final List<String> USER_AGENTS =
      List.of(
          "console.amazonaws.com",
          "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2 prompt/off",
          "aws-sdk-java/2.25.16 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10",
          "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12",
          "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64",
          "aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.11.1");
  static final List<String> ERRORS =
      List.of(
          "AccessDeniedException",
          "BadRequestException",
          "NotFoundException",
          "ConflictException",
          "TooManyRequestsException");

  private CloudTrailEvents() {}

  /** Every MediaConvert operation of the model, in name order. */
  public static List<String> operations() {
    return List.copyOf(MediaConvertOperations.ALL.keySet());
  }

  /** Consistent, successful records of {@code operation}. */
  public static Gen<ConsistentEvent> of(String operation) {
    if (!MediaConvertOperations.ALL.containsKey(operation)) {
      throw new IllegalArgumentException("not a MediaConvert operation: " + operation);
    }
    return random -> event(operation, EventScope.scopes().generate(random), false, random);
  }

  /**
   * Consistent, successful records of {@code operation} in the scopes {@code scopes} draws: the
   * records of one log file share its account and region, and their times lie in its few minutes.
   * Every name, id, ARN and time of a record follows its scope, as with {@link #of(String)}.
   */
  public static Gen<ConsistentEvent> of(String operation, Gen<EventScope> scopes) {
    if (!MediaConvertOperations.ALL.containsKey(operation)) {
      throw new IllegalArgumentException("not a MediaConvert operation: " + operation);
    }
    return random -> event(operation, scopes.generate(random), false, random);
  }

  /** Consistent records of failed calls of {@code operation}: an error code and no response. */
  public static Gen<ConsistentEvent> failed(String operation) {
    if (!MediaConvertOperations.ALL.containsKey(operation)) {
      throw new IllegalArgumentException("not a MediaConvert operation: " + operation);
    }
    return random -> event(operation, EventScope.scopes().generate(random), true, random);
  }

  /** {@link #failed(String)} in the scopes {@code scopes} draws. */
  public static Gen<ConsistentEvent> failed(String operation, Gen<EventScope> scopes) {
    if (!MediaConvertOperations.ALL.containsKey(operation)) {
      throw new IllegalArgumentException("not a MediaConvert operation: " + operation);
    }
    return random -> event(operation, scopes.generate(random), true, random);
  }

  /**
   * Consistent records of any operation: CreateJob (the record with the most to check) a quarter of
   * the time, every operation otherwise, and a few failed calls.
   */
  public static Gen<ConsistentEvent> any() {
    List<String> operations = operations();
    return random -> {
      String operation =
          Draws.index(random, 4) == 0
              ? "CreateJob"
              : operations.get(Draws.index(random, operations.size()));
      boolean failed = Draws.chance(random, FAILED_PERCENT);
      return event(operation, EventScope.scopes().generate(random), failed, random);
    };
  }

  private static ConsistentEvent event(
      String operation, EventScope scope, boolean failed, RandomGenerator r) {
    OperationDescriptor op = MediaConvertOperations.ALL.get(operation);
    JsonNodeFactory f = JsonNodeFactory.instance;
    String type = Identities.type(r);
    ObjectNode identity = Identities.identity(type, scope, r);
    Payloads payloads = Payloads.draw(operation, scope, r);

    ObjectNode event = f.objectNode();
    event.put("eventVersion", scope.eventVersion());
    event.set("userIdentity", identity);
    event.put("eventTime", Timestamp.iso(scope.eventTime()).text());
    event.put("eventSource", MediaConvertPayloads.EVENT_SOURCE);
    event.put("eventName", operation);
    event.put("awsRegion", scope.region());
    if (type.equals("AWSService")) {
      String service = identity.get("invokedBy").asText();
      event.put("sourceIPAddress", service);
      event.put("userAgent", service);
    } else {
      event.put("sourceIPAddress", sourceAddress(r));
      event.put("userAgent", Identities.pick(USER_AGENTS, r));
    }
    if (failed) {
      String code = Identities.pick(ERRORS, r);
      event.put("errorCode", code);
      event.put("errorMessage", "The request failed: " + code);
    }
    event.set("requestParameters", payloads.request() == null ? f.nullNode() : payloads.request());
    event.set(
        "responseElements",
        failed || payloads.response() == null ? f.nullNode() : payloads.response());
    event.put("requestID", Identities.uuid(r));
    event.put("eventID", Identities.uuid(r));
    if (Draws.chance(r, 95)) {
      event.put("readOnly", op.isReadOnly());
    }
    event.put("eventType", "AwsApiCall");
    if (scope.atLeast("1.06")) {
      event.put("managementEvent", true);
    }
    event.put("recipientAccountId", scope.account());
    if (Draws.chance(r, 5)) {
      event.put("sharedEventID", Identities.uuid(r));
    }
    if (Draws.chance(r, 5)) {
      event.put("vpcEndpointId", "vpce-" + Identities.hex(17, r));
      if (scope.atLeast("1.09")) {
        event.put("vpcEndpointAccountId", scope.account());
      }
    }
    if (scope.atLeast("1.07")) {
      event.put("eventCategory", "Management");
    }
    if (scope.atLeast("1.08")) {
      if (Draws.chance(r, 80)) {
        event
            .putObject("tlsDetails")
            .put("tlsVersion", Draws.chance(r, 50) ? "TLSv1.3" : "TLSv1.2")
            .put(
                "cipherSuite",
                Draws.chance(r, 50) ? "TLS_AES_128_GCM_SHA256" : "ECDHE-RSA-AES128-GCM-SHA256")
            .put("clientProvidedHostHeader", "mediaconvert." + scope.region() + ".amazonaws.com");
      }
      if (Draws.chance(r, 10)) {
        event.put("sessionCredentialFromConsole", "true");
      }
      if (Draws.chance(r, 5)) {
        event
            .putObject("addendum")
            .put("reason", "DELIVERY_DELAY")
            .put("originalRequestID", Identities.uuid(r))
            .put("originalEventID", Identities.uuid(r));
      }
    }
    if (scope.atLeast("1.11") && Draws.chance(r, 20)) {
      ObjectNode context = event.putObject("eventContext");
      context.putObject("requestContext").put("aws:RequestedRegion", scope.region());
      context.putObject("tagContext");
    }
    return new ConsistentEvent(operation, scope, failed ? null : payloads.echo(), event);
  }

  /** An IPv4 or IPv6 address, "AWS Internal", or a service's DNS name. */
  static String sourceAddress(RandomGenerator r) {
    return switch (Draws.index(r, 10)) {
      case 0, 1 -> {
        StringBuilder b = new StringBuilder("2600:1f18");
        for (int i = 0; i < 6; i++) {
          b.append(':').append(Long.toHexString(Draws.longBetween(r, 0, 0xffff)));
        }
        yield b.toString();
      }
      case 2 -> "AWS Internal";
      case 3 -> Identities.pick(Identities.SERVICES, r);
      default ->
          Draws.longBetween(r, 1, 223)
              + "."
              + Draws.longBetween(r, 0, 255)
              + "."
              + Draws.longBetween(r, 0, 255)
              + "."
              + Draws.longBetween(r, 1, 254);
    };
  }
}
