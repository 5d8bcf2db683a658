package io.mctrail.validation.security;

import io.mctrail.validation.Layer;
import io.mctrail.validation.Rule;
import io.mctrail.validation.Severity;
import java.util.List;

/**
 * The rules of the security layer: secrets left in clear in a record. Every finding of this layer
 * points at the value and never quotes it.
 */
public final class SecurityRules {

  private static final String REDACTION =
      "CloudTrail redaction practice: MediaConvert records carry \"***\" in place of DRM"
          + " encryption settings (AWS Elemental MediaConvert User Guide, Logging MediaConvert API"
          + " calls with CloudTrail, example CreateJob: dashIsoGroupSettings.encryption = \"***\");"
          + " other services write \"HIDDEN_DUE_TO_SECURITY_REASONS\"";

  public static final Rule SECRET_IN_CLEAR =
      Rule.of(
          Layer.SECURITY,
          "secret-in-clear",
          Severity.ERROR,
          "A member that holds key material or a password (StaticKeyProvider.staticKeyValue, the"
              + " DRM content key, or a member named like a password or private key) has a value"
              + " in clear where CloudTrail writes a redaction marker.",
          "AWS MediaConvert API model: StaticKeyProvider.staticKeyValue (\"Use a 32-character"
              + " hexidecimal string to specify Key Value\"); "
              + REDACTION);
  public static final Rule ENCRYPTION_IN_CLEAR =
      Rule.of(
          Layer.SECURITY,
          "encryption-in-clear",
          Severity.WARNING,
          "An output group's DRM encryption settings (hlsGroupSettings, dashIsoGroupSettings,"
              + " cmafGroupSettings or msSmoothGroupSettings encryption) are in clear: CloudTrail"
              + " writes \"***\" in their place, and they name the key server, the content's"
              + " resource id and the certificate that protect it.",
          "AWS MediaConvert API model: HlsEncryptionSettings, DashIsoEncryptionSettings,"
              + " CmafEncryptionSettings, MsSmoothEncryptionSettings, SpekeKeyProvider(Cmaf); "
              + REDACTION);
  public static final Rule CREDENTIALS_IN_URL =
      Rule.of(
          Layer.SECURITY,
          "credentials-in-url",
          Severity.WARNING,
          "A URL in requestParameters or responseElements carries credentials (user:password@"
              + " or a query parameter such as X-Amz-Signature, X-Amz-Credential,"
              + " X-Amz-Security-Token, Signature, AWSAccessKeyId, sig, token, password): anyone"
              + " who reads the log can use them until they expire.",
          "RFC 3986 section 3.2.1 (userinfo: \"Use of the format user:password in the userinfo"
              + " field is deprecated\"); Amazon S3 API Reference, Authenticating requests: using"
              + " query parameters (presigned URLs); AWS MediaConvert API model: Input.fileInput"
              + " accepts HTTP(S) URLs");
  public static final Rule REDACTION_REVEALED =
      Rule.of(
          Layer.SECURITY,
          "redaction-revealed",
          Severity.ERROR,
          "The response echoes in clear a value that the request redacted (a marker in"
              + " requestParameters, a value at the same place in the echoed job, job template,"
              + " preset or queue).",
          "AWS MediaConvert API model: CreateJob/CreateJobTemplate/CreatePreset/CreateQueue and"
              + " Update* responses echo the request; "
              + REDACTION);
  public static final Rule ACCESS_KEY_IN_PAYLOAD =
      Rule.of(
          Layer.SECURITY,
          "access-key-in-payload",
          Severity.WARNING,
          "A string in a MediaConvert record's payloads holds an AWS access key id (AKIA.../"
              + "ASIA...) or a string shaped like a secret access key (40 random base64"
              + " characters): MediaConvert's API takes no credentials, so someone pasted them.",
          "IAM User Guide, Unique identifier prefixes (AKIA: access key, ASIA: temporary access"
              + " key) and Managing access keys; AWS MediaConvert API model (no member takes"
              + " credentials: the service uses the job's IAM role)");

  /** Every rule of the layer, in catalogue order. */
  public static final List<Rule> ALL =
      List.of(
          SECRET_IN_CLEAR,
          ENCRYPTION_IN_CLEAR,
          CREDENTIALS_IN_URL,
          REDACTION_REVEALED,
          ACCESS_KEY_IN_PAYLOAD);

  private SecurityRules() {}
}
