package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mctrail.model.facts.SecretMembers;
import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.ConsistentEvent;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** The members of a record's request where a value-level defect may go. */
final class PayloadSites {

  /**
   * Members whose values (not only presence) MediaConvert's cross-field rules read: a defect in one
   * of them would break a rule too, so value-level mutations of other layers leave them alone.
   */
  static final Set<String> READ_BY_RULES =
      Set.of(
          "codec",
          "type",
          "container",
          "rateControlMode",
          "codecProfile",
          "entropyEncoding",
          "numberBFramesBetweenReferenceFrames",
          "framerateControl",
          "framerateNumerator",
          "framerateDenominator",
          "parControl",
          "gopSize",
          "gopSizeUnits",
          "gopClosedCadence",
          "slowPal",
          "scanTypeConversionMode",
          "telecine",
          "interlaceMode",
          "cttsVersion",
          "cslgAtom",
          "profile",
          "syntax",
          "bitrate",
          "codingMode",
          "sampleRate",
          "lfeFilter",
          "segmentLength",
          "fragmentLength",
          "minFinalSegmentLength",
          "mpdProfile",
          "segmentControl",
          "timecodeSource",
          "filterEnable",
          "source",
          "audioSourceName",
          "captionSelectorName",
          "audioSelectorNames");

  /**
   * Members that name or time the resource (compared by the envelope and consistency checks as
   * identities, not echoed values), and those CloudTrail redacts.
   */
  static final Set<String> IDENTITIES =
      Set.of(
          "queue",
          "jobTemplate",
          "preset",
          "role",
          "arn",
          "id",
          "name",
          "createdAt",
          "status",
          SecretMembers.ENCRYPTION,
          SecretMembers.STATIC_KEY_VALUE);

  private PayloadSites() {}

  /** Every member of the request, each with the pointer of its echo when the response has one. */
  static List<Site> request(ObjectNode copy, ConsistentEvent event) {
    OperationDescriptor op = MediaConvertOperations.ALL.get(event.operation());
    JsonNode request = copy.path("requestParameters");
    if (op.input() == null || !request.isObject()) {
      return List.of();
    }
    JsonNode echo = event.echo() == null ? null : copy.path("responseElements").path(event.echo());
    String echoPointer = event.echo() == null ? null : "/responseElements/" + event.echo();
    return Site.all(
        request,
        op.input(),
        "/requestParameters",
        echo == null || echo.isMissingNode() ? null : echo,
        echoPointer);
  }

  /** The request's members that {@code filter} accepts and no rule or identity check reads. */
  static List<Site> plain(ObjectNode copy, ConsistentEvent event, Predicate<Site> filter) {
    return request(copy, event).stream()
        .filter(s -> !READ_BY_RULES.contains(s.member()) && !IDENTITIES.contains(s.member()))
        .filter(s -> !s.isRedacted())
        .filter(filter)
        .toList();
  }

  /** One of {@code sites}, or {@code null} when there is none. */
  static Site pick(List<Site> sites, RandomGenerator random) {
    return sites.isEmpty() ? null : sites.get(Draws.index(random, sites.size()));
  }
}
