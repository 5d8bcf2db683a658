package io.mctrail.testkit.mutation;

import static io.mctrail.testkit.mutation.SettingsFixtures.anyOutput;
import static io.mctrail.testkit.mutation.SettingsFixtures.appended;
import static io.mctrail.testkit.mutation.SettingsFixtures.audio;
import static io.mctrail.testkit.mutation.SettingsFixtures.child;
import static io.mctrail.testkit.mutation.SettingsFixtures.group;
import static io.mctrail.testkit.mutation.SettingsFixtures.groupSettings;
import static io.mctrail.testkit.mutation.SettingsFixtures.input;
import static io.mctrail.testkit.mutation.SettingsFixtures.output;
import static io.mctrail.testkit.mutation.SettingsFixtures.video;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mctrail.model.facts.DocumentedStatements;
import io.mctrail.model.facts.GroupContainers;
import io.mctrail.model.facts.SettingsMembers;
import io.mctrail.model.runtime.ValueType;
import io.mctrail.testkit.Draws;
import io.mctrail.testkit.settings.ShapedNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The semantic mutations that are one site and one edit, as data: the table {@value #RESOURCE}
 * (beside this class) says, for each rule, where the defect goes, what to set before the repair,
 * what to change after it, and where the finding is expected; this class reads it and makes each
 * row a mutation. The table's header explains its fields.
 */
final class MutationTable {

  /** The table, a resource of this package. */
  static final String RESOURCE = "semantic-mutations.txt";

  /**
   * One mutation of the table.
   *
   * @param rule the id of the rule it breaks, which names it
   * @param description what the defect is
   * @param site where it goes
   * @param prepare the edits before the repair
   * @param breach the edits after the repair
   * @param expect the member of the site where the finding is, or {@code "."} for the site
   */
  record Row(
      String rule, String description, String site, String prepare, String breach, String expect) {}

  private MutationTable() {}

  /**
   * Every mutation of the table, in its order, but those of a documented rule that the model the
   * build read does not state ({@link #unstated()}): the rules the documentation states follow the
   * model, and the table is written for the pinned model's.
   */
  static List<Mutation> mutations() {
    return rows().stream().filter(r -> stated(r.rule())).map(MutationTable::mutation).toList();
  }

  /** The rows of a documented rule the model the build read does not state; none on the pinned. */
  static List<String> unstated() {
    return rows().stream().map(Row::rule).filter(rule -> !stated(rule)).toList();
  }

  /**
   * True unless {@code rule} is a documented rule ({@code semantics.documented-…}, with the suffix
   * {@code -2} … of a second statement of one member and form) of no statement the model states.
   */
  private static boolean stated(String rule) {
    if (!rule.startsWith(DOCUMENTED)) {
      return true;
    }
    String name = rule.substring("semantics.".length()).replaceFirst("-[0-9]+$", "");
    return DocumentedStatements.all().stream()
        .anyMatch(s -> s.evaluable() && s.ruleName().equals(name));
  }

  private static final String DOCUMENTED = "semantics.documented-";

  /** The rows of the table, in its order. */
  static List<Row> rows() {
    try (InputStream in = MutationTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a table's lines. */
  static List<Row> parse(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    String rule = null;
    String description = null;
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        if (rule != null) {
          rows.add(row(rule, description, fields));
        }
        rule = text;
        description = null;
        fields = new LinkedHashMap<>();
      } else if (rule == null) {
        throw new IllegalArgumentException("a field before any rule: " + text);
      } else if (description == null) {
        description = text;
      } else {
        String[] kv = text.split("\\s+", 2);
        if (fields.put(kv[0], kv.length > 1 ? kv[1] : "") != null) {
          throw new IllegalArgumentException(rule + " has two " + kv[0]);
        }
      }
    }
    if (rule != null) {
      rows.add(row(rule, description, fields));
    }
    return rows;
  }

  private static Row row(String rule, String description, Map<String, String> fields) {
    for (String field : fields.keySet()) {
      if (!List.of("site", "prepare", "breach", "expect").contains(field)) {
        throw new IllegalArgumentException(rule + " has an unknown field " + field);
      }
    }
    if (description == null || !fields.containsKey("site") || !fields.containsKey("expect")) {
      throw new IllegalArgumentException(rule + " needs a description, a site and an expect");
    }
    return new Row(
        rule,
        description,
        fields.get("site"),
        fields.getOrDefault("prepare", ""),
        fields.getOrDefault("breach", ""),
        fields.get("expect"));
  }

  /** The mutation of one row. */
  static Mutation mutation(Row row) {
    return SemanticMutations.semantic(
        row.rule(),
        row.description(),
        (settings, r) -> {
          ShapedNode node = site(row.site(), settings, r);
          edit(node, row.prepare(), r);
          return (edit, rr) -> {
            edit(node, row.breach(), rr);
            String pointer = edit.pointer(node);
            if (!row.expect().equals(".")) {
              for (String token : row.expect().split("/")) {
                pointer = Pointers.append(pointer, token);
              }
            }
            return List.of(pointer);
          };
        });
  }

  /** The site's object in {@code settings}, found or made. */
  static ShapedNode site(String site, ShapedNode settings, RandomGenerator r) {
    String[] words = site.split("\\s+");
    String kind = words[0];
    String argument = words.length > 1 ? words[1] : null;
    List<String> types = null;
    if (words.length == 4 && words[2].equals("in")) {
      types = groupTypes(words[3]);
    } else if (kind.equals("group") && words.length == 3) {
      return path(site("group " + argument, settings, r), words[2], r);
    } else if (words.length != (kind.equals("input") && argument == null ? 1 : 2)) {
      throw new IllegalArgumentException("a site of an unknown form: " + site);
    }
    return switch (kind) {
      case "video" -> video(outputOf(settings, types, r), videoCodecs(argument), r);
      case "audio" -> audio(outputOf(settings, types, r), argument, r);
      case "output" -> path(outputOf(settings, types, r), argument, r);
      case "group" -> {
        ShapedNode group = group(settings, groupTypes(argument), r);
        String type = group.child("outputGroupSettings").text("type");
        yield groupSettings(group, SettingsMembers.OUTPUT_GROUP.member(type), r);
      }
      case "caption" -> caption(outputOf(settings, types, r), argument, r);
      case "input" -> argument == null ? input(settings, r) : path(input(settings, r), argument, r);
      case "settings" -> path(settings, argument, r);
      default -> throw new IllegalArgumentException("a site of an unknown kind: " + site);
    };
  }

  private static ShapedNode outputOf(ShapedNode settings, List<String> types, RandomGenerator r) {
    return types == null ? anyOutput(settings, r) : output(group(settings, types, r), r);
  }

  /** The object at {@code path} under {@code node}, made if need be; a list gives its first. */
  private static ShapedNode path(ShapedNode node, String path, RandomGenerator r) {
    for (String member : path.split("/")) {
      if (node.type(member).kind() == ValueType.Kind.LIST) {
        List<ShapedNode> elements = node.list(member);
        node = elements.isEmpty() ? appended(node, member, r) : elements.get(0);
      } else {
        node = child(node, member, r);
      }
    }
    return node;
  }

  /** The object at {@code path} under {@code node}; an absent one is made empty, not drawn. */
  private static ShapedNode under(ShapedNode node, String path) {
    for (String member : path.split("/")) {
      if (node.child(member) == null) {
        node.setNode(member, JsonNodeFactory.instance.objectNode());
      }
      node = node.child(member);
    }
    return node;
  }

  /**
   * The destination settings of a caption description of the output whose destination type is
   * {@code type}, made so: its settings object is the one {@code type} takes.
   */
  private static ShapedNode caption(ShapedNode output, String type, RandomGenerator r) {
    return caption(output, 0, type, r);
  }

  /**
   * The destination settings of the output's caption description {@code index} (made, with those
   * before it, if need be), of destination type {@code type}.
   */
  static ShapedNode caption(ShapedNode output, int index, String type, RandomGenerator r) {
    path(output, "captionDescriptions", r); // the list, with its first description
    while (output.list("captionDescriptions").size() <= index) {
      appended(output, "captionDescriptions", r);
    }
    ShapedNode description = output.list("captionDescriptions").get(index);
    ShapedNode destination = child(description, "destinationSettings", r);
    SettingsMembers.CAPTION_DESTINATION.members().forEach(destination::remove);
    destination.set("destinationType", type);
    return child(destination, SettingsMembers.CAPTION_DESTINATION.member(type), r);
  }

  /** {@code @streaming}, or a list of group types. */
  static List<String> groupTypes(String types) {
    return types.equals("@streaming")
        ? List.copyOf(GroupContainers.PACKAGE_CONTAINER.keySet())
        : Arrays.asList(types.split(","));
  }

  /** {@code @member}: the video codecs whose settings have it in the model; or a list. */
  static List<String> videoCodecs(String codecs) {
    if (codecs.startsWith("@")) {
      SettingsMembers video = SettingsMembers.VIDEO_CODEC;
      return video.membersHaving(codecs.substring(1)).stream().map(video::valueOf).toList();
    }
    return Arrays.asList(codecs.split(","));
  }

  /** Applies the {@code ;}-separated edits to the site. */
  static void edit(ShapedNode node, String edits, RandomGenerator r) {
    for (String raw : edits.split(";")) {
      String e = raw.strip();
      if (e.isEmpty()) {
        continue;
      }
      if (e.startsWith("-")) {
        node.remove(pick(e.substring(1).split("/"), r));
        continue;
      }
      int eq = e.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("an edit of an unknown form: " + e);
      }
      String member = e.substring(0, eq);
      String value = e.substring(eq + 1);
      int slash = member.lastIndexOf('/');
      if (slash > 0) {
        // a member of an object under the site, made if need be
        edit(under(node, member.substring(0, slash)), member.substring(slash + 1) + "=" + value, r);
        continue;
      }
      if (member.endsWith("?")) {
        member = member.substring(0, member.length() - 1);
        if (!node.hasMember(member)) {
          continue;
        }
      }
      if (value.equals("*")) {
        node.setNode(member, node.draw(member, r));
      } else if (value.equals("+")) {
        node.ensure(member, r);
      } else if (value.startsWith("#")) {
        node.setNumber(member, number(value.substring(1), r));
      } else if (value.equals("@packageContainers")) {
        List<String> containers = List.copyOf(GroupContainers.PACKAGE_CONTAINER.values());
        node.set(member, containers.get(Draws.index(r, containers.size())));
      } else {
        node.set(member, pick(value.split("/"), r));
      }
    }
  }

  /** {@code N}, {@code N/M/…} (one drawn), {@code A..B} or {@code A..B+F} (a whole draw plus F). */
  private static double number(String value, RandomGenerator r) {
    int range = value.indexOf("..");
    if (range < 0) {
      return Double.parseDouble(pick(value.split("/"), r));
    }
    String high = value.substring(range + 2);
    double plus = 0;
    int sign = high.indexOf('+');
    if (sign >= 0) {
      plus = Double.parseDouble(high.substring(sign + 1));
      high = high.substring(0, sign);
    }
    long low = Long.parseLong(value.substring(0, range));
    return Draws.longBetween(r, low, Long.parseLong(high)) + plus;
  }

  private static String pick(String[] values, RandomGenerator r) {
    return values.length == 1 ? values[0] : values[Draws.index(r, values.length)];
  }
}
