package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SettingsFixtures.child;
import static io.mctrail.testkit.mutation.SettingsFixtures.group;
import static io.mctrail.testkit.mutation.SettingsFixtures.groupSettings;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mctrail.model.facts.SecretMembers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.CloudTrailForms;
import io.mctrail.testkit.settings.ShapedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Secrets left in clear: what CloudTrail should have redacted, and what a response revealed. */
final class SecurityMutations {

  private static final String HEX = "0123456789abcdef";

  private SecurityMutations() {}

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        DefinedMutation.of(
            "security.secret-in-clear",
            "an HLS or CMAF group's encryption with a static key, in clear in the request and the"
                + " response",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
              ShapedNode group =
                  group(edit.settings(), List.of("HLS_GROUP_SETTINGS", "CMAF_GROUP_SETTINGS"), r);
              edit.repair(r);
              String type = group.child("outputGroupSettings").text("type");
              ShapedNode settings =
                  groupSettings(group, SettingsMembers.OUTPUT_GROUP.member(type), r);
              settings.setNode(
                  SecretMembers.ENCRYPTION, settings.draw(SecretMembers.ENCRYPTION, r));
              ShapedNode encryption = settings.child(SecretMembers.ENCRYPTION);
              ShapedNode provider = child(encryption, "staticKeyProvider", r);
              provider.set(SecretMembers.STATIC_KEY_VALUE, key(r));
              CloudTrailForms.scopeArns(encryption.json(), e.scope());
              edit.echo();
              String secret = edit.pointer(provider, SecretMembers.STATIC_KEY_VALUE);
              String clear = edit.pointer(settings, SecretMembers.ENCRYPTION);
              return new Defect()
                  .expect("security.secret-in-clear", secret)
                  .expect("security.secret-in-clear", JobSettingsEdit.echoOf(secret))
                  .expect("security.encryption-in-clear", clear)
                  .expect("security.encryption-in-clear", JobSettingsEdit.echoOf(clear));
            }));
    m.add(
        DefinedMutation.of(
            "security.encryption-in-clear",
            "a DASH or Microsoft Smooth group's DRM settings in clear in the request and the"
                + " response",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
              ShapedNode group =
                  group(
                      edit.settings(),
                      List.of("DASH_ISO_GROUP_SETTINGS", "MS_SMOOTH_GROUP_SETTINGS"),
                      r);
              edit.repair(r);
              String type = group.child("outputGroupSettings").text("type");
              ShapedNode settings =
                  groupSettings(group, SettingsMembers.OUTPUT_GROUP.member(type), r);
              settings.setNode(
                  SecretMembers.ENCRYPTION, settings.draw(SecretMembers.ENCRYPTION, r));
              ShapedNode encryption = settings.child(SecretMembers.ENCRYPTION);
              child(encryption, "spekeKeyProvider", r)
                  .set("resourceId", "title-" + Draws.longBetween(r, 1, 99999));
              CloudTrailForms.scopeArns(encryption.json(), e.scope());
              edit.echo();
              String clear = edit.pointer(settings, SecretMembers.ENCRYPTION);
              return new Defect()
                  .expect("security.encryption-in-clear", clear)
                  .expect("security.encryption-in-clear", JobSettingsEdit.echoOf(clear));
            }));
    m.add(
        DefinedMutation.of(
            "security.credentials-in-url",
            "an input given as a presigned URL, echoed",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
              ShapedNode in = input(edit.settings(), r);
              edit.repair(r);
              in.set("fileInput", presigned(r));
              in.remove("videoGenerator");
              edit.echo();
              String pointer = edit.pointer(in, "fileInput");
              return new Defect()
                  .expect("security.credentials-in-url", pointer)
                  .expect("security.credentials-in-url", JobSettingsEdit.echoOf(pointer));
            }));
    m.add(
        DefinedMutation.of(
            "security.redaction-revealed",
            "a settings member redacted in the request but echoed in clear",
            MutationEvents.of(ConsistencyMutations.WITH_SETTINGS),
            (copy, e, r) -> {
              List<Site> sites =
                  PayloadSites.request(copy, e).stream()
                      .filter(
                          s ->
                              s.echo() != null
                                  && s.pointer().startsWith("/requestParameters/settings/")
                                  && !s.isRedacted())
                      .toList();
              Site site = PayloadSites.pick(sites, r);
              Pointers.set(copy, site.pointer(), TextNode.valueOf(RedactionMarker.STARS));
              return new Defect().expect("security.redaction-revealed", site.echo());
            }));
    m.add(
        DefinedMutation.of(
            "security.access-key-in-payload",
            "an access key id pasted into the job's user metadata, echoed",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              String key =
                  (Draws.chance(r, 50) ? "AKIA" : "ASIA")
                      + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, r);
              ObjectNode request = (ObjectNode) copy.get("requestParameters");
              ObjectNode job = (ObjectNode) copy.path("responseElements").path("job");
              for (ObjectNode side : List.of(request, job)) {
                if (!side.path("userMetadata").isObject()) {
                  side.putObject("userMetadata");
                }
                ((ObjectNode) side.get("userMetadata")).put("uploadedBy", key);
              }
              return new Defect()
                  .expect(
                      "security.access-key-in-payload",
                      "/requestParameters/userMetadata/uploadedBy")
                  .expect(
                      "security.access-key-in-payload",
                      "/responseElements/job/userMetadata/uploadedBy");
            }));
    return m;
  }

  /** A 32-hexadecimal-digit AES key, as StaticKeyProvider.staticKeyValue takes. */
  private static String key(RandomGenerator r) {
    return chars(HEX, 32, r);
  }

  /** A presigned S3 URL over HTTPS, as a caller might give an input. */
  private static String presigned(RandomGenerator r) {
    return "https://media-in.s3.amazonaws.com/clips/clip"
        + Draws.longBetween(r, 1, 999)
        + ".mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240404T174526Z"
        + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
        + chars(HEX, 64, r);
  }

  static String chars(String alphabet, int length, RandomGenerator r) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(Draws.index(r, alphabet.length())));
    }
    return b.toString();
  }
}
