package io.mctrail.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.EventScope;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * CloudTrail records of other services, as a log file holds them beside MediaConvert's: S3 object
 * reads and writes, STS role sessions, KMS decryptions, EC2 and IAM reads, Lambda invocations and
 * CloudWatch metrics, each with the envelope of its record format and small request and response
 * payloads (one to three kilobytes). {@code mctrail check} reads them and skips them.
 */
final class OtherServices {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String HEX = "0123456789abcdef";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final List<String> KINDS =
      List.of(
          "s3:GetObject",
          "s3:PutObject",
          "sts:AssumeRole",
          "kms:Decrypt",
          "ec2:DescribeInstances",
          "iam:GetRole",
          "lambda:Invoke",
          "monitoring:PutMetricData");
  private static final List<String> AGENTS =
      List.of(
          "aws-sdk-java/2.25.16 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10",
          "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12",
          "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2 prompt/off",
          "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.638]");

  private OtherServices() {}

  /** A record of another service in {@code scope}. */
  static ObjectNode record(EventScope scope, RandomGenerator r) {
    String kind = KINDS.get(Draws.index(r, KINDS.size()));
    String service = kind.substring(0, kind.indexOf(':'));
    String name = kind.substring(kind.indexOf(':') + 1);
    boolean data = service.equals("s3") || service.equals("lambda");

    ObjectNode e = F.objectNode();
    e.put("eventVersion", scope.eventVersion());
    e.set("userIdentity", identity(scope, r));
    e.put("eventTime", scope.eventTime().toString());
    e.put("eventSource", service + ".amazonaws.com");
    e.put("eventName", name);
    e.put("awsRegion", scope.region());
    e.put(
        "sourceIPAddress",
        Draws.longBetween(r, 3, 223)
            + "."
            + Draws.longBetween(r, 0, 255)
            + "."
            + Draws.longBetween(r, 0, 255)
            + "."
            + Draws.longBetween(r, 1, 254));
    e.put("userAgent", AGENTS.get(Draws.index(r, AGENTS.size())));
    payloads(e, service, name, scope, r);
    e.put("requestID", chars(UPPER, 16, r));
    e.put("eventID", uuid(r));
    e.put(
        "readOnly",
        name.startsWith("Get") || name.startsWith("Describe") || name.equals("Decrypt"));
    if (data) {
      ArrayNode resources = e.putArray("resources");
      resources
          .addObject()
          .put("type", service.equals("s3") ? "AWS::S3::Object" : "AWS::Lambda::Function")
          .put("ARN", resourceArn(service, scope, r));
    }
    e.put("eventType", "AwsApiCall");
    e.put("managementEvent", !data);
    e.put("recipientAccountId", scope.account());
    e.put("eventCategory", data ? "Data" : "Management");
    e.putObject("tlsDetails")
        .put("tlsVersion", "TLSv1.3")
        .put("cipherSuite", "TLS_AES_128_GCM_SHA256")
        .put("clientProvidedHostHeader", service + "." + scope.region() + ".amazonaws.com");
    return e;
  }

  private static ObjectNode identity(EventScope scope, RandomGenerator r) {
    ObjectNode id = F.objectNode();
    String roleId = "AROA" + chars(UPPER, 17, r);
    String role = Draws.chance(r, 50) ? "transcode-worker" : "media-pipeline";
    String session = "session-" + chars(HEX, 8, r);
    id.put("type", "AssumedRole");
    id.put("principalId", roleId + ":" + session);
    id.put("arn", "arn:aws:sts::" + scope.account() + ":assumed-role/" + role + "/" + session);
    id.put("accountId", scope.account());
    id.put("accessKeyId", "ASIA" + chars(UPPER, 16, r));
    ObjectNode context = id.putObject("sessionContext");
    context
        .putObject("sessionIssuer")
        .put("type", "Role")
        .put("principalId", roleId)
        .put("arn", "arn:aws:iam::" + scope.account() + ":role/" + role)
        .put("accountId", scope.account())
        .put("userName", role);
    context
        .putObject("attributes")
        .put(
            "creationDate",
            scope.eventTime().minusSeconds(Draws.longBetween(r, 5, 3000)).toString())
        .put("mfaAuthenticated", "false");
    return id;
  }

  private static void payloads(
      ObjectNode e, String service, String name, EventScope scope, RandomGenerator r) {
    ObjectNode request = F.objectNode();
    ObjectNode response = null;
    String bucket = "media-" + scope.account() + "-" + scope.region();
    switch (name) {
      case "GetObject", "PutObject" -> {
        request.put("bucketName", bucket);
        request.put("Host", bucket + ".s3." + scope.region() + ".amazonaws.com");
        request.put("key", "out/segment-" + Draws.longBetween(r, 1, 99999) + ".ts");
        if (name.equals("PutObject")) {
          request.put("x-amz-server-side-encryption", "aws:kms");
          response = F.objectNode();
          response.put("x-amz-server-side-encryption", "aws:kms");
          response.put("x-amz-version-id", chars(UPPER, 32, r));
        }
        e.putObject("additionalEventData")
            .put("SignatureVersion", "SigV4")
            .put("CipherSuite", "TLS_AES_128_GCM_SHA256")
            .put(
                "bytesTransferredIn",
                name.equals("PutObject") ? Draws.longBetween(r, 1, 1 << 24) : 0)
            .put(
                "bytesTransferredOut",
                name.equals("GetObject") ? Draws.longBetween(r, 1, 1 << 24) : 0)
            .put("AuthenticationMethod", "AuthHeader")
            .put("x-amz-id-2", chars(UPPER, 60, r));
      }
      case "AssumeRole" -> {
        request.put("roleArn", "arn:aws:iam::" + scope.account() + ":role/transcode-worker");
        request.put("roleSessionName", "session-" + chars(HEX, 8, r));
        request.put("durationSeconds", 3600);
        response = F.objectNode();
        response
            .putObject("credentials")
            .put("accessKeyId", "ASIA" + chars(UPPER, 16, r))
            .put("sessionToken", chars(UPPER, 120, r))
            .put("expiration", scope.eventTime().plusSeconds(3600).toString());
        response
            .putObject("assumedRoleUser")
            .put("assumedRoleId", "AROA" + chars(UPPER, 17, r))
            .put(
                "arn",
                "arn:aws:sts::" + scope.account() + ":assumed-role/transcode-worker/session");
      }
      case "Decrypt" -> {
        request.put("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
        request
            .putObject("encryptionContext")
            .put("aws:s3:arn", "arn:aws:s3:::" + bucket + "/out/" + chars(HEX, 12, r));
      }
      case "DescribeInstances" -> {
        ObjectNode ids = request.putObject("instancesSet");
        ArrayNode items = ids.putArray("items");
        int n = Draws.size(r, 1, 4);
        for (int i = 0; i < n; i++) {
          items.addObject().put("instanceId", "i-" + chars(HEX, 17, r));
        }
        request.putObject("filterSet");
      }
      case "GetRole" -> request.put("roleName", "transcode-worker");
      case "Invoke" ->
          request.put(
              "functionName",
              "arn:aws:lambda:"
                  + scope.region()
                  + ":"
                  + scope.account()
                  + ":function:on-job-complete");
      case "PutMetricData" -> {
        request.put("namespace", "MediaPipeline");
        ArrayNode data = request.putArray("metricData");
        int n = Draws.size(r, 1, 6);
        for (int i = 0; i < n; i++) {
          data.addObject()
              .put("metricName", "JobsSubmitted" + i)
              .put("value", Draws.longBetween(r, 0, 500))
              .put("unit", "Count");
        }
      }
      default -> throw new IllegalStateException("no payloads for " + service + ":" + name);
    }
    e.set("requestParameters", request);
    e.set("responseElements", response == null ? F.nullNode() : response);
  }

  private static String resourceArn(String service, EventScope scope, RandomGenerator r) {
    return service.equals("s3")
        ? "arn:aws:s3:::media-"
            + scope.account()
            + "-"
            + scope.region()
            + "/out/"
            + chars(HEX, 12, r)
        : "arn:aws:lambda:" + scope.region() + ":" + scope.account() + ":function:on-job-complete";
  }

  /** A random UUID drawn from {@code r}, lowercase. */
  static String uuid(RandomGenerator r) {
    return (chars(HEX, 8, r)
            + "-"
            + chars(HEX, 4, r)
            + "-4"
            + chars(HEX, 3, r)
            + "-a"
            + chars(HEX, 3, r)
            + "-"
            + chars(HEX, 12, r))
        .toLowerCase(Locale.ROOT);
  }

  /** {@code n} characters drawn from {@code alphabet}. */
  static String chars(String alphabet, int n, RandomGenerator r) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(Draws.index(r, alphabet.length())));
    }
    return b.toString();
  }
}
