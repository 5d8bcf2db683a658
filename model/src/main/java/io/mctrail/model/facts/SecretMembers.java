package io.mctrail.model.facts;

import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The members of MediaConvert's payloads that hold secrets, or that CloudTrail redacts: what must
 * not be in clear in a record. The validator's security checks judge records by these names, and
 * the testkit redacts the records it makes and plants the secrets its mutations leave in clear by
 * them.
 *
 * <p>Searching the AWS model's members for names like *Key*, *Password*, *Secret*, *Token* finds
 * one that holds key material: {@code StaticKeyProvider.staticKeyValue}, the AES content key
 * itself. CloudTrail also writes {@code "***"} for the whole {@code encryption} object (the DRM
 * settings) of an output group; which group settings have one is read from the model.
 */
public final class SecretMembers {

  /** The member that holds a DRM content key ({@code StaticKeyProvider.staticKeyValue}). */
  public static final String STATIC_KEY_VALUE = "staticKeyValue";

  /** The member of an output group's settings that CloudTrail writes as {@code "***"}. */
  public static final String ENCRYPTION = "encryption";

  /**
   * Names of members the model does not have that would hold a secret if they appeared: like a
   * password or a private key.
   */
  public static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|passphrase|secretkey|secretaccesskey|privatekey|clientsecret)"
              + ".*");

  /** Names that say the member refers to a secret rather than holding it. */
  public static final Pattern REFERENCE_NAME = Pattern.compile(".*(Arn|Name|Id|Ids)");

  /**
   * The members of {@code OutputGroupSettings} whose settings have an {@link #ENCRYPTION} object,
   * read from the model (the streaming groups' settings: HLS, DASH ISO, CMAF, Microsoft Smooth); a
   * HashSet, whose lookup compares the cached hash of a name first.
   */
  public static final Set<String> ENCRYPTED_GROUP_SETTINGS = encryptedGroupSettings();

  private SecretMembers() {}

  private static Set<String> encryptedGroupSettings() {
    List<String> out = new ArrayList<>();
    SettingsMembers groups = SettingsMembers.OUTPUT_GROUP;
    for (String member : groups.members()) {
      ValueType shape = MediaConvertShapes.ALL.get(groups.shapeOf(member));
      if (shape != null && shape.structure().memberByJsonName(ENCRYPTION) != null) {
        out.add(member);
      }
    }
    return Collections.unmodifiableSet(new HashSet<>(out));
  }
}
