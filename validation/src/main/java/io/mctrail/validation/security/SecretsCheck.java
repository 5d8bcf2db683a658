package io.mctrail.validation.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.facts.SecretMembers;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.validation.Check;
import io.mctrail.validation.EventContext;
import io.mctrail.validation.Findings;
import io.mctrail.validation.Rule;
import io.mctrail.validation.TreePath;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Secrets in clear in a MediaConvert record's payloads.
 *
 * <p>What is a secret comes from the AWS model. Searching its members for names like *Key*,
 * *Password*, *Secret*, *Token* finds one that holds key material: {@code
 * StaticKeyProvider.staticKeyValue}, the AES content key itself ({@link
 * SecurityRules#SECRET_IN_CLEAR}). The others are not secrets: {@code encryptedDecryptionKey} is a
 * data key encrypted by KMS (the model asks for "the encrypted version of the data key"), {@code
 * kmsKeyArn} and {@code certificateArn} are ARNs, {@code credentialsSecretName} names a Secrets
 * Manager secret, {@code clientRequestToken} and {@code nextToken} are an idempotency and a paging
 * token, {@code keyFormat} and {@code keyFormatVersions} are DRM signalling. A member the model
 * does not know that is named like a password or a private key is treated as a secret too.
 *
 * <p>CloudTrail does not log MediaConvert's DRM settings: it writes {@code "***"} for the whole
 * {@code encryption} object of an output group. SPEKE settings (key server URL, resource id, system
 * ids, certificate ARN) are not secrets by themselves, but they say where the keys of the content
 * come from; an encryption object in clear is {@link SecurityRules#ENCRYPTION_IN_CLEAR}, a warning,
 * and a static key in it is also the error above.
 */
public final class SecretsCheck implements Check {

  /** The member that holds a DRM content key. */
  static final String STATIC_KEY_VALUE = SecretMembers.STATIC_KEY_VALUE;

  /** Names of members the model does not have that would hold a secret if they appeared. */
  static final Pattern SECRET_NAME = SecretMembers.SECRET_NAME;

  /** Names that say the member refers to a secret rather than holding it. */
  private static final Pattern REFERENCE_NAME = SecretMembers.REFERENCE_NAME;

  /** The output group settings whose {@code encryption} CloudTrail writes as "***". */
  static final Set<String> GROUP_SETTINGS = SecretMembers.ENCRYPTED_GROUP_SETTINGS;

  private static final List<Rule> RULES =
      List.of(SecurityRules.SECRET_IN_CLEAR, SecurityRules.ENCRYPTION_IN_CLEAR);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void check(EventContext event, Findings findings) {
    if (!event.isMediaConvert()) {
      return;
    }
    for (String side : SIDES) {
      JsonNode payload = event.root().get(side);
      if (payload != null && payload.isContainerNode()) {
        walk(payload, TreePath.ROOT.child(side), findings);
      }
    }
  }

  private static final List<String> SIDES = List.of("requestParameters", "responseElements");

  /** One walk of a payload: members holding a secret, and output groups' encryption in clear. */
  private static void walk(JsonNode node, TreePath path, Findings findings) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        JsonNode value = e.getValue();
        if (isSecretName(name) && isInClear(value)) {
          findings.add(
              SecurityRules.SECRET_IN_CLEAR,
              path.pointer(name),
              null,
              name + " holds a secret in clear; CloudTrail should have redacted it",
              "a redaction marker",
              "a value in clear");
        }
        if (value.isContainerNode()) {
          TreePath child = path.child(name);
          if (value.isObject() && GROUP_SETTINGS.contains(name)) {
            encryption(name, value, child, findings);
          }
          walk(value, child, findings);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isContainerNode()) {
          walk(value, path.child(i), findings);
        }
      }
    }
  }

  private static void encryption(
      String group, JsonNode settings, TreePath path, Findings findings) {
    JsonNode encryption = settings.get(SecretMembers.ENCRYPTION);
    if (encryption != null && encryption.isObject() && !encryption.isEmpty()) {
      findings.add(
          SecurityRules.ENCRYPTION_IN_CLEAR,
          path.pointer(SecretMembers.ENCRYPTION),
          group
              + ".encryption is in clear; CloudTrail writes \"***\" for the DRM settings"
              + " of an output group");
    }
  }

  static boolean isSecretName(String name) {
    if (!mayBeSecretName(name)) {
      return false;
    }
    // Member names come from a small vocabulary; the regular expressions run once per name.
    Boolean known = SECRET_NAMES.get(name);
    if (known == null) {
      known =
          STATIC_KEY_VALUE.equals(name)
              || (SECRET_NAME.matcher(name).matches() && !REFERENCE_NAME.matcher(name).matches());
      if (SECRET_NAMES.size() < 10_000) {
        SECRET_NAMES.put(name, known);
      }
    }
    return known;
  }

  /**
   * False for most names, cheaply: every word of {@link #SECRET_NAME} holds "ss" (password, passwd,
   * passphrase), "ecr" (secret...) or "iva" (privatekey), in any case, and {@link
   * #STATIC_KEY_VALUE} holds "ey".
   */
  static boolean mayBeSecretName(String name) {
    for (int i = 0; i + 1 < name.length(); i++) {
      char a = fold(name.charAt(i));
      char b = fold(name.charAt(i + 1));
      if ((a == 's' && b == 's') || (a == 'e' && b == 'y')) {
        return true;
      }
      if (i + 2 < name.length()) {
        char c = fold(name.charAt(i + 2));
        if ((a == 'e' && b == 'c' && c == 'r') || (a == 'i' && b == 'v' && c == 'a')) {
          return true;
        }
      }
    }
    return false;
  }

  /** An ASCII letter in lower case; any other character as it is. */
  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static final Map<String, Boolean> SECRET_NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Neither null, nor empty, nor a redaction marker. */
  static boolean isInClear(JsonNode value) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (value.isTextual()) {
      return !value.asText().isEmpty() && !RedactionMarker.isMarker(value.asText());
    }
    return !value.isContainerNode() || !value.isEmpty();
  }
}
