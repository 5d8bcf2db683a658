package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SettingsFixtures.anyOutput;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.settings.ShapedNode;
import io.mctrail.testkit.shape.SafeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Values outside the AWS model's constraints: a required member missing, a number out of range, a
 * string too long or too short or not matching its pattern, an enum value the model does not know,
 * a value of a type the model cannot read. Each is found by the constraints layer in the default
 * profile and, in the strict profile, by the JSON Schema layer as well: the schema mutations are
 * the same defects with both layers' findings expected.
 */
final class ConstraintMutations {

  /** Longest string a size mutation writes. */
  private static final int LONGEST = 2000;

  /** Values that break most patterns: a symbol, a letter outside ASCII, a control character. */
  private static final List<String> PATTERN_BREAKERS = List.of("#", "é", "\t", "#é\t", "");

  /** The operations whose requests have required members. */
  static final List<String> WITH_REQUIRED =
      List.of(
          "CreateJob",
          "CreateJobTemplate",
          "CreatePreset",
          "CreateQueue",
          "GetJob",
          "GetJobTemplate",
          "GetPreset",
          "GetQueue",
          "DeleteQueue",
          "CancelJob",
          "TagResource",
          "UntagResource",
          "AssociateCertificate",
          "ListTagsForResource",
          "PutPolicy",
          "UpdateQueue");

  private ConstraintMutations() {}

  /** The defects, with the constraints layer's findings (default profile). */
  static List<Mutation> constraints() {
    List<Mutation> m = new ArrayList<>(mutations(false));
    m.add(
        DefinedMutation.of(
            "constraints.null-element",
            "a null value in the userMetadata map of the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              ((ObjectNode) copy.path("requestParameters"))
                  .withObjectProperty("userMetadata")
                  .putNull("mctrail-null");
              ((ObjectNode) copy.path("responseElements").path("job"))
                  .withObjectProperty("userMetadata")
                  .putNull("mctrail-null");
              return new Defect()
                  .expect(
                      "constraints.null-element", "/requestParameters/userMetadata/mctrail-null")
                  .expect(
                      "constraints.null-element",
                      "/responseElements/job/userMetadata/mctrail-null");
            }));
    return m;
  }

  /** The same defects, with the findings of both layers (strict profile). */
  static List<Mutation> schema() {
    return mutations(true);
  }

  private static List<Mutation> mutations(boolean strict) {
    List<Mutation> m = new ArrayList<>();
    m.add(
        mutation(
            strict ? "schema.required" : "constraints.required",
            "a member the model requires removed from the request",
            MutationEvents.of(WITH_REQUIRED),
            (copy, e, r) -> {
              Site site =
                  PayloadSites.pick(
                      PayloadSites.request(copy, e).stream()
                          .filter(s -> s.descriptor().required() && !s.member().equals("settings"))
                          .toList(),
                      r);
              Pointers.remove(copy, site.pointer());
              Defect d = new Defect().detail(site.member());
              if (strict) {
                d.strict().expect("schema.required", site.pointer());
              }
              return d.expect("constraints.required", site.pointer());
            }));
    m.add(
        mutation(
            strict ? "schema.range" : "constraints.range",
            "an integer just outside the model's range, in the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              for (Site site : ConsistencyMutations.shuffled(integers(copy, e), r)) {
                JsonNode outside = outOfRange(site.type());
                if (outside != null) {
                  return twice(copy, site, outside, strict, "schema.range", "constraints.range");
                }
              }
              Site priority = priority(copy);
              return twice(
                  copy, priority, IntNode.valueOf(51), strict, "schema.range", "constraints.range");
            }));
    m.add(
        mutation(
            strict ? "schema.size" : "constraints.size",
            "a string longer or shorter than the model allows, in the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              List<Site> sites =
                  PayloadSites.plain(
                      copy,
                      e,
                      s ->
                          s.type().kind() == ValueType.Kind.STRING
                              && s.type().pattern() == null
                              && s.value().isTextual()
                              && wrongLength(s.type()) != null);
              Site site = PayloadSites.pick(sites, r);
              if (site == null) {
                site = nameModifier(copy, e, r);
              }
              Defect d =
                  twice(
                      copy,
                      site,
                      TextNode.valueOf(wrongLength(site.type())),
                      strict,
                      "schema.size",
                      "constraints.size");
              return d;
            }));
    m.add(
        mutation(
            strict ? "schema.pattern" : "constraints.pattern",
            "a string that does not match the model's pattern, in the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              for (Site site :
                  ConsistencyMutations.shuffled(
                      PayloadSites.plain(
                          copy,
                          e,
                          s ->
                              s.type().kind() == ValueType.Kind.STRING
                                  && s.type().pattern() != null
                                  && s.value().isTextual()),
                      r)) {
                String broken = patternBreaker(site.type());
                if (broken != null) {
                  return twice(
                      copy,
                      site,
                      TextNode.valueOf(broken),
                      strict,
                      "schema.pattern",
                      "constraints.pattern");
                }
              }
              Site site = fileInput(copy, e, r);
              return twice(
                  copy,
                  site,
                  TextNode.valueOf("#"),
                  strict,
                  "schema.pattern",
                  "constraints.pattern");
            }));
    m.add(
        mutation(
            strict ? "schema.enum" : "constraints.enum",
            "an enum value the model does not know, in the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              Site site =
                  PayloadSites.pick(
                      PayloadSites.plain(
                          copy,
                          e,
                          s -> s.type().kind() == ValueType.Kind.ENUM && s.value().isTextual()),
                      r);
              if (site == null) {
                site = statusUpdateInterval(copy);
              }
              return twice(
                  copy,
                  site,
                  TextNode.valueOf("MCTRAIL_UNKNOWN_VALUE"),
                  strict,
                  "schema.enum",
                  "constraints.enum");
            }));
    m.add(
        mutation(
            strict ? "schema.type" : "constraints.unreadable",
            "a fraction where the model has an integer, in the request and its echo",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              Site site =
                  PayloadSites.pick(
                      integers(copy, e).stream()
                          .filter(
                              s -> s.type().min() == null || !s.type().min().equals(s.type().max()))
                          .toList(),
                      r);
              if (site == null) {
                site = priority(copy);
              }
              // Half a unit toward the middle of the range: a fraction, but not out of range.
              long whole = site.value().asLong();
              boolean atMax =
                  site.type().max() != null
                      && BigDecimal.valueOf(whole).compareTo(site.type().max()) >= 0;
              DoubleNode fraction = DoubleNode.valueOf(atMax ? whole - 0.5 : whole + 0.5);
              Pointers.set(copy, site.pointer(), fraction);
              if (site.echo() != null) {
                Pointers.set(copy, site.echo(), fraction);
              }
              // The model stops reading at the first value it cannot read: the request's.
              Defect d = new Defect().expect("constraints.unreadable", site.pointer());
              if (strict) {
                d.strict().expectWithEcho("schema.type", site);
              }
              return d;
            }));
    return m;
  }

  private static Mutation mutation(
      String name,
      String description,
      io.mctrail.testkit.Gen<ConsistentEvent> events,
      DefinedMutation.Injection injection) {
    return DefinedMutation.of(name, description, events, injection);
  }

  /** Sets {@code value} at the site and its echo; expects both layers' rules where asked. */
  private static Defect twice(
      ObjectNode copy,
      Site site,
      JsonNode value,
      boolean strict,
      String schemaRule,
      String constraintRule) {
    Pointers.set(copy, site.pointer(), value);
    if (site.echo() != null) {
      Pointers.set(copy, site.echo(), value.deepCopy());
    }
    Defect d = new Defect().detail(site.member());
    if (strict) {
      d.strict().expectWithEcho(schemaRule, site);
    }
    return d.expectWithEcho(constraintRule, site);
  }

  private static List<Site> integers(ObjectNode copy, ConsistentEvent e) {
    return PayloadSites.plain(
        copy,
        e,
        s ->
            (s.type().kind() == ValueType.Kind.INTEGER || s.type().kind() == ValueType.Kind.LONG)
                && s.value().isIntegralNumber());
  }

  /** An integer just outside the type's range, or {@code null} when it has none to leave. */
  static JsonNode outOfRange(ValueType type) {
    BigDecimal intMax = BigDecimal.valueOf(Integer.MAX_VALUE);
    BigDecimal intMin = BigDecimal.valueOf(Integer.MIN_VALUE);
    BigDecimal value = null;
    if (type.max() != null && type.max().compareTo(intMax) < 0) {
      value = type.max().add(BigDecimal.ONE);
    } else if (type.min() != null && type.min().compareTo(intMin) > 0) {
      value = type.min().subtract(BigDecimal.ONE);
    }
    if (value == null) {
      return null;
    }
    return type.kind() == ValueType.Kind.LONG
        ? LongNode.valueOf(value.longValue())
        : IntNode.valueOf(value.intValue());
  }

  /** A string one character too long or too short for the type, or {@code null}. */
  static String wrongLength(ValueType type) {
    if (type.max() != null && type.max().intValue() < LONGEST) {
      return "a".repeat(type.max().intValue() + 1);
    }
    if (type.min() != null && type.min().intValue() > 0) {
      return "a".repeat(type.min().intValue() - 1);
    }
    return null;
  }

  /** A string the type's length allows and its pattern does not, or {@code null}. */
  static String patternBreaker(ValueType type) {
    int min = type.min() == null ? 0 : type.min().intValue();
    int max = type.max() == null ? Integer.MAX_VALUE : type.max().intValue();
    for (String breaker : PATTERN_BREAKERS) {
      String candidate =
          breaker.length() >= min ? breaker : breaker + "#".repeat(min - breaker.length());
      if (candidate.length() <= max
          && !type.matchesPattern(candidate)
          && SafeText.isSafe(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The request's priority and its echo, made present (a valid 0) on both sides. */
  private static Site priority(ObjectNode copy) {
    ObjectNode request = (ObjectNode) copy.get("requestParameters");
    ObjectNode job = (ObjectNode) copy.path("responseElements").path("job");
    request.put("priority", 0);
    job.put("priority", 0);
    return site(
        request,
        "CreateJobRequest",
        "priority",
        "/requestParameters/priority",
        "/responseElements/job/priority");
  }

  /** The request's status update interval and its echo, made present on both sides. */
  private static Site statusUpdateInterval(ObjectNode copy) {
    ObjectNode request = (ObjectNode) copy.get("requestParameters");
    ObjectNode job = (ObjectNode) copy.path("responseElements").path("job");
    request.put("statusUpdateInterval", "SECONDS_60");
    job.put("statusUpdateInterval", "SECONDS_60");
    return site(
        request,
        "CreateJobRequest",
        "statusUpdateInterval",
        "/requestParameters/statusUpdateInterval",
        "/responseElements/job/statusUpdateInterval");
  }

  /** An output's name modifier, made present in the request's settings and echoed. */
  private static Site nameModifier(ObjectNode copy, ConsistentEvent e, RandomGenerator r) {
    JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
    ShapedNode output = anyOutput(edit.settings(), r);
    output.ensure("nameModifier", r);
    edit.repair(r);
    edit.echo();
    String pointer = edit.pointer(output, "nameModifier");
    return site(output.json(), "Output", "nameModifier", pointer, JobSettingsEdit.echoOf(pointer));
  }

  /** An input's file, made present in the request's settings and echoed. */
  private static Site fileInput(ObjectNode copy, ConsistentEvent e, RandomGenerator r) {
    JobSettingsEdit edit = JobSettingsEdit.of(copy, e);
    ShapedNode in = input(edit.settings(), r);
    in.set("fileInput", "s3://media-in/clips/clip.mp4");
    in.remove("videoGenerator");
    edit.repair(r);
    edit.echo();
    String pointer = edit.pointer(in, "fileInput");
    return site(in.json(), "Input", "fileInput", pointer, JobSettingsEdit.echoOf(pointer));
  }

  private static Site site(
      ObjectNode parent, String shape, String member, String pointer, String echo) {
    return new Site(
        pointer,
        parent,
        member,
        io.mctrail.model.mediaconvert.MediaConvertShapes.ALL
            .get(shape)
            .structure()
            .memberByJsonName(member),
        echo);
  }
}
