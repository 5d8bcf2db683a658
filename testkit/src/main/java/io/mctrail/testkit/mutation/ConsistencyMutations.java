package io.mctrail.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.RedactionMarker;
import io.mctrail.model.runtime.Timestamp;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.CloudTrailJson;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.event.CloudTrailForms;
import io.mctrail.testkit.event.ConsistentEvent;
import io.mctrail.testkit.shape.SafeText;
import io.mctrail.testkit.shape.ShapeGenerators;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Defects of the response against the request, and of the resource a call created. */
final class ConsistencyMutations {

  /** Operations whose request always sends settings that the response echoes. */
  static final List<String> WITH_SETTINGS =
      List.of("CreateJob", "CreateJobTemplate", "CreatePreset");

  private ConsistencyMutations() {}

  static List<Mutation> all() {
    List<Mutation> m = new ArrayList<>();
    m.add(
        DefinedMutation.of(
            "consistency.value-changed",
            "an echoed value changed in the response",
            MutationEvents.of(MutationEvents.ECHOING),
            (copy, e, r) -> {
              for (Site site :
                  shuffled(
                      PayloadSites.plain(copy, e, s -> s.echo() != null && s.value().isValueNode()),
                      r)) {
                JsonNode changed = changed(site.type(), site.value(), r);
                if (changed != null) {
                  Pointers.set(copy, site.echo(), changed);
                  return new Defect().expect("consistency.value-changed", site.echo());
                }
              }
              // Every event of these operations echoes a description, a category or a name.
              return fallbackChange(copy, e);
            }));
    m.add(
        DefinedMutation.of(
            "consistency.value-missing",
            "an echoed member left out of the response",
            MutationEvents.of(WITH_SETTINGS),
            (copy, e, r) -> {
              // The settings always have optional members (their output groups, at least).
              Site site =
                  PayloadSites.pick(
                      PayloadSites.request(copy, e).stream()
                          .filter(s -> s.echo() != null && !s.descriptor().required())
                          .toList(),
                      r);
              Pointers.remove(copy, site.echo());
              return new Defect().expect("consistency.value-missing", site.echo());
            }));
    m.add(
        DefinedMutation.of(
            "consistency.service-default",
            "a member the request left out added in the response's echo",
            MutationEvents.of(WITH_SETTINGS),
            (copy, e, r) -> {
              List<Site> objects =
                  PayloadSites.request(copy, e).stream()
                      .filter(
                          s ->
                              s.echo() != null
                                  && s.value().isObject()
                                  && s.type().kind() == ValueType.Kind.STRUCTURE)
                      .toList();
              for (Site site : shuffled(objects, r)) {
                ObjectNode echoed = (ObjectNode) Pointers.at(copy, site.echo());
                for (MemberDescriptor<?> member : shuffled(site.type().structure().members(), r)) {
                  if (!site.value().has(member.jsonName())
                      && !echoed.has(member.jsonName())
                      && isScalar(member.type())) {
                    echoed.set(member.jsonName(), draw(member.type(), e, r));
                    return new Defect()
                        .expect(
                            "consistency.service-default",
                            Pointers.append(site.echo(), member.jsonName()));
                  }
                }
              }
              // Every scalar member of every echoed object set: a field the model does not know.
              String settings = "/responseElements/" + e.echo() + "/settings";
              ((ObjectNode) Pointers.at(copy, settings)).put("serviceDefault", 1);
              return new Defect()
                  .expect(
                      "consistency.service-default", Pointers.append(settings, "serviceDefault"));
            }));
    m.add(
        DefinedMutation.of(
            "consistency.redacted",
            "an echoed value redacted in the response only",
            MutationEvents.of(MutationEvents.ECHOING),
            (copy, e, r) -> {
              Site site =
                  PayloadSites.pick(
                      PayloadSites.request(copy, e).stream()
                          .filter(
                              s ->
                                  s.echo() != null
                                      && !s.isRedacted()
                                      && !s.member().equals("id")
                                      && !s.member().equals("arn"))
                          .toList(),
                      r);
              // Every echoing operation echoes at least the resource's name or its settings.
              Pointers.set(copy, site.echo(), TextNode.valueOf(RedactionMarker.STARS));
              return new Defect().expect("consistency.redacted", site.echo());
            }));
    m.add(
        DefinedMutation.of(
            "consistency.job-id",
            "the job id no longer the last segment of the job ARN",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              ObjectNode job = (ObjectNode) copy.path("responseElements").path("job");
              String id = job.get("id").asText();
              job.put("id", id.substring(0, id.length() - 1) + (id.endsWith("z") ? "y" : "z"));
              return new Defect().expect("consistency.job-id", "/responseElements/job/id");
            }));
    m.add(
        DefinedMutation.of(
            "consistency.created-at",
            "the created resource's createdAt far from eventTime, in the same timestamp form",
            MutationEvents.of(MutationEvents.CREATING),
            (copy, e, r) -> {
              String pointer = "/responseElements/" + e.echo() + "/createdAt";
              Pointers.set(copy, pointer, shifted(Pointers.at(copy, pointer), r));
              return new Defect().expect("consistency.created-at", pointer);
            }));
    m.add(
        DefinedMutation.of(
            "consistency.submit-time",
            "the job's submitTime far from eventTime, in the same timestamp form",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              String pointer = "/responseElements/job/timing/submitTime";
              Pointers.set(copy, pointer, shifted(Pointers.at(copy, pointer), r));
              return new Defect().expect("consistency.submit-time", pointer);
            }));
    m.add(
        DefinedMutation.of(
            "consistency.initial-status",
            "a job just created with a status other than SUBMITTED",
            MutationEvents.createJob(),
            (copy, e, r) -> {
              ((ObjectNode) copy.path("responseElements").path("job"))
                  .put(
                      "status",
                      EnvelopeMutations.pick(
                          List.of("PROGRESSING", "COMPLETE", "CANCELED", "ERROR"), r));
              return new Defect()
                  .expect("consistency.initial-status", "/responseElements/job/status");
            }));
    return m;
  }

  /** Another valid value of {@code type} than {@code value}, or {@code null}. */
  static JsonNode changed(ValueType type, JsonNode value, RandomGenerator r) {
    switch (type.kind()) {
      case ENUM -> {
        List<String> others =
            type.enumValues().stream().filter(v -> !v.equals(value.asText())).toList();
        return others.isEmpty()
            ? null
            : TextNode.valueOf(others.get(Draws.index(r, others.size())));
      }
      case INTEGER, LONG -> {
        BigDecimal v = value.decimalValue();
        BigDecimal up = v.add(BigDecimal.ONE);
        BigDecimal down = v.subtract(BigDecimal.ONE);
        BigDecimal next =
            type.max() == null || up.compareTo(type.max()) <= 0
                ? up
                : type.min() == null || down.compareTo(type.min()) >= 0 ? down : null;
        if (next == null || next.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
          return null;
        }
        return type.kind() == ValueType.Kind.INTEGER
            ? IntNode.valueOf(next.intValue())
            : LongNode.valueOf(next.longValue());
      }
      case DOUBLE -> {
        return DoubleNode.valueOf(value.asDouble() + 0.5);
      }
      case BOOLEAN -> {
        return BooleanNode.valueOf(!value.asBoolean());
      }
      case STRING -> {
        String text = value.asText();
        if (text.startsWith("arn:")) {
          return null;
        }
        for (int i = 0; i < 8; i++) {
          Object drawn = ShapeGenerators.standard().value(type).generate(r);
          if (drawn instanceof String s
              && !s.equals(text)
              && !s.startsWith("arn:")
              && SafeText.isSafe(s)) {
            return TextNode.valueOf(s);
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** The response's echo of a member every event of the echoing operations has: its name. */
  private static Defect fallbackChange(ObjectNode copy, ConsistentEvent e) {
    String pointer = "/responseElements/" + e.echo() + "/name";
    JsonNode name = Pointers.at(copy, pointer);
    if (e.operation().equals("CreateJob") || name.isMissingNode()) {
      // A job has no name: its role, which the request always sends, is the fallback.
      pointer = "/responseElements/" + e.echo() + "/role";
      Pointers.set(copy, pointer, TextNode.valueOf(Pointers.at(copy, pointer).asText() + "-x"));
      return new Defect().expect("consistency.value-changed", pointer);
    }
    Pointers.set(copy, pointer, TextNode.valueOf(name.asText() + "-x"));
    return new Defect().expect("consistency.value-changed", pointer);
  }

  private static boolean isScalar(ValueType type) {
    return switch (type.kind()) {
      case ENUM, INTEGER, LONG, DOUBLE, BOOLEAN -> true;
      default -> false;
    };
  }

  private static JsonNode draw(ValueType type, ConsistentEvent e, RandomGenerator r) {
    JsonNode drawn = CloudTrailJson.tree(ShapeGenerators.standard().value(type).generate(r));
    CloudTrailForms.scopeArns(drawn, e.scope());
    return drawn;
  }

  /** A timestamp moved six minutes to two days away, in the form it was written in. */
  static JsonNode shifted(JsonNode value, RandomGenerator r) {
    Timestamp t =
        value.isNumber()
            ? Timestamp.fromNumber(value.asText())
            : Timestamp.fromString(value.asText());
    long seconds =
        Draws.longBetween(r, Duration.ofMinutes(6).toSeconds(), Duration.ofDays(2).toSeconds());
    Timestamp moved =
        Timestamp.of(
            Draws.chance(r, 50)
                ? t.instant().plusSeconds(seconds)
                : t.instant().minusSeconds(seconds),
            t.form());
    return CloudTrailJson.tree(moved);
  }

  static <T> List<T> shuffled(List<T> values, RandomGenerator r) {
    List<T> out = new ArrayList<>(values);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = Draws.index(r, i + 1);
      T t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }
}
