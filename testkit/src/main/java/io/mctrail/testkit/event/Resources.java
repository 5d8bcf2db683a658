package io.mctrail.testkit.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import io.mctrail.testkit.settings.ValidSettings;
import io.mctrail.testkit.shape.ShapeGenerators;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * MediaConvert's resources as its API returns them: a job, job template, preset or queue drawn
 * within the model's constraints, then given what MediaConvert sets itself (an ARN of the scope's
 * region and account, an id or name, creation and update times in one of CloudTrail's timestamp
 * forms) and settings valid by MediaConvert's rules.
 */
final class Resources {

  static final List<String> QUEUES = List.of("Default", "Priority", "Batch", "Live-Clips");
  static final List<String> TEMPLATES =
      List.of("hls-ladder", "dash-abr", "mp4-proxy", "broadcast-mxf", "cmaf-drm");
  static final List<String> PRESETS =
      List.of(
          "System-Avc_16x9_1080p_29_97fps_8500kbps",
          "System-Ott_Hls_Ts_Avc_Aac_16x9_1280x720p_30Hz_3.5Mbps",
          "web-720p",
          "proxy-480p");
  static final List<String> ROLES =
      List.of(
          "role/MediaConvertRole",
          "role/service-role/MediaConvert_Default_Role",
          "role/transcoder");
  private static final String JOB_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Resources() {}

  /** A value of a structure drawn within the model's constraints, as JSON. */
  static ObjectNode drawn(StructureDescriptor<?> descriptor, RandomGenerator random) {
    return CloudTrailJson.object(ShapeGenerators.standard().structure(descriptor).generate(random));
  }

  /** A value of the named structure drawn within the model's constraints, as JSON. */
  static ObjectNode drawn(String shape, RandomGenerator random) {
    return drawn(
        io.mctrail.model.mediaconvert.MediaConvertShapes.ALL.get(shape).structure(), random);
  }

  /** A job id as MediaConvert makes them: the epoch millis of its creation, a dash, six letters. */
  static String jobId(Instant created, RandomGenerator random) {
    return created.toEpochMilli() + "-" + Identities.chars(JOB_ID_CHARS, 6, random);
  }

  /** A resource name: a familiar one, or one drawn. */
  static String name(List<String> familiar, String prefix, RandomGenerator random) {
    return Draws.chance(random, 50)
        ? prefix + "-" + Identities.chars(JOB_ID_CHARS, 6, random)
        : Identities.pick(familiar, random);
  }

  /** A time in one of the forms CloudTrail writes timestamps in, as JSON. */
  static JsonNode timestamp(Instant at, RandomGenerator random) {
    Timestamp.Form[] forms = Timestamp.Form.values();
    Timestamp.Form form = forms[Draws.index(random, forms.length)];
    Instant written =
        form == Timestamp.Form.EPOCH_MILLIS || form == Timestamp.Form.EPOCH_MILLIS_STRING
            ? at
            : Instant.ofEpochSecond(at.getEpochSecond());
    return CloudTrailJson.tree(Timestamp.of(written, form));
  }

  /**
   * When a resource a call just made was created: the call completes shortly after, so up to two
   * seconds before {@code eventTime}, with milliseconds.
   */
  static Instant justCreated(EventScope scope, RandomGenerator random) {
    return scope.eventTime().minusMillis(Draws.longBetween(random, 0, 2000));
  }

  /** When a resource a call reads was created: up to a year before the call. */
  static Instant earlier(EventScope scope, RandomGenerator random) {
    return scope.eventTime().minusSeconds(Draws.longBetween(random, 60, 365L * 24 * 3600));
  }

  /** The queue as a request names it: by name or by ARN. */
  static String queueReference(String name, EventScope scope, RandomGenerator random) {
    return Draws.chance(random, 50) ? scope.mediaConvertArn("queues/" + name) : name;
  }

  /** A job: id and ARN, role, queue, creation time, valid settings, and a status. */
  static ObjectNode job(EventScope scope, Instant created, boolean submitted, RandomGenerator r) {
    ShapedNode job = ShapedNode.of(drawn("Job", r), "Job");
    String id = jobId(created, r);
    job.set("arn", scope.mediaConvertArn("jobs/" + id))
        .set("id", id)
        .setNode("createdAt", timestamp(created, r))
        .set("role", scope.iamArn(Identities.pick(ROLES, r)))
        .set("queue", scope.mediaConvertArn("queues/" + name(QUEUES, "queue", r)))
        .setNode("settings", ValidSettings.jobJson().generate(r));
    if (job.has("jobTemplate")) {
      job.set("jobTemplate", name(TEMPLATES, "template", r));
    }
    if (submitted) {
      job.set("status", "SUBMITTED");
      job.json().putObject("timing").set("submitTime", timestamp(created, r));
    } else {
      ShapedNode timing = job.child("timing");
      if (timing != null) {
        // submitted when created, then started, then finished
        Instant at = created;
        for (String member : List.of("submitTime", "startTime", "finishTime")) {
          if (timing.has(member)) {
            timing.setNode(member, timestamp(at, r));
            at = at.plusSeconds(1 + Draws.index(r, 600));
          }
        }
      }
    }
    return job.json();
  }

  /** A job template: name and ARN, creation and update times, valid template settings. */
  static ObjectNode jobTemplate(EventScope scope, Instant created, String name, RandomGenerator r) {
    ShapedNode t = ShapedNode.of(drawn("JobTemplate", r), "JobTemplate");
    t.set("arn", scope.mediaConvertArn("jobTemplates/" + name))
        .set("name", name)
        .setNode("createdAt", timestamp(created, r))
        .setNode("lastUpdated", timestamp(created, r))
        .setNode("settings", ValidSettings.templateJson().generate(r));
    if (t.has("queue")) {
      t.set("queue", scope.mediaConvertArn("queues/" + name(QUEUES, "queue", r)));
    }
    return t.json();
  }

  /** A preset: name and ARN, creation and update times, valid preset settings. */
  static ObjectNode preset(EventScope scope, Instant created, String name, RandomGenerator r) {
    ShapedNode p = ShapedNode.of(drawn("Preset", r), "Preset");
    p.set("arn", scope.mediaConvertArn("presets/" + name))
        .set("name", name)
        .setNode("createdAt", timestamp(created, r))
        .setNode("lastUpdated", timestamp(created, r))
        .setNode("settings", ValidSettings.presetJson().generate(r));
    return p.json();
  }

  /** A queue: name and ARN, creation and update times. */
  static ObjectNode queue(EventScope scope, Instant created, String name, RandomGenerator r) {
    ShapedNode q = ShapedNode.of(drawn("Queue", r), "Queue");
    q.set("arn", scope.mediaConvertArn("queues/" + name))
        .set("name", name)
        .setNode("createdAt", timestamp(created, r))
        .setNode("lastUpdated", timestamp(created, r));
    return q.json();
  }

  /** The ARN of some MediaConvert resource of the scope, as TagResource and its kin take. */
  static String taggable(EventScope scope, RandomGenerator r) {
    return switch (Draws.index(r, 4)) {
      case 0 -> scope.mediaConvertArn("queues/" + name(QUEUES, "queue", r));
      case 1 -> scope.mediaConvertArn("jobTemplates/" + name(TEMPLATES, "template", r));
      case 2 -> scope.mediaConvertArn("presets/" + name(PRESETS, "preset", r));
      default -> scope.mediaConvertArn("jobs/" + jobId(earlier(scope, r), r));
    };
  }

  /** An ACM certificate ARN of the scope, as AssociateCertificate takes. */
  static String certificate(EventScope scope, RandomGenerator r) {
    return scope.arn("acm", scope.region(), "certificate/" + Identities.uuid(r));
  }
}
