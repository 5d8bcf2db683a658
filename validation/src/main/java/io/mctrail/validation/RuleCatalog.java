package io.mctrail.validation;

import io.mctrail.validation.syntax.SyntaxRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue, made from the rule classes: every rule's id, layer, default severity, what it
 * checks and where it comes from. {@code validation/RULES.md} is this catalogue in Markdown; a test
 * fails when the file is stale, and {@link #main} rewrites it.
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  /** Every rule, in layer order: the syntax rules, then those of every check. */
  public static List<Rule> rules() {
    return Holder.RULES;
  }

  /** The catalogue, made once, when it is first asked for. */
  private static final class Holder {
    static final List<Rule> RULES = make();

    private static List<Rule> make() {
      List<Rule> rules = new ArrayList<>(SyntaxRules.ALL);
      for (Check check : Checks.all()) {
        rules.addAll(check.rules());
      }
      rules.sort(Comparator.comparing(Rule::layer));
      return Collections.unmodifiableList(rules);
    }
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> find(String id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The catalogue in Markdown, as {@code RULES.md} holds it. */
  public static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# mctrail rule catalogue\n\n")
        .append("Generated from the rule classes of `mctrail-validation` by `RuleCatalog`; do not")
        .append(" edit by hand.\nRegenerate with `./mvnw -pl validation -am test")
        .append(" -Dmctrail.rules.update=true`.\n\n")
        .append("Each finding names its rule by id. Severities are the defaults; a configuration")
        .append(" may override them.\n")
        .append("Profiles: `default` runs every layer but `schema`; `strict` runs everything;")
        .append(" `lenient` is `default`\nwithout the envelope rules that anonymised or real")
        .append(" records from the wild break.\n");
    List<Rule> rules = rules();
    b.append("\n").append(rules.size()).append(" rules:");
    for (Layer layer : Layer.values()) {
      long n = rules.stream().filter(r -> r.layer() == layer).count();
      b.append(" ").append(layer.prefix()).append(" ").append(n).append(",");
    }
    b.setLength(b.length() - 1);
    b.append(".\n");
    for (Layer layer : Layer.values()) {
      b.append("\n## ").append(layer.prefix()).append("\n\n");
      b.append("| rule | severity | what it checks | source |\n");
      b.append("|---|---|---|---|\n");
      for (Rule r : rules) {
        if (r.layer() == layer) {
          b.append("| `")
              .append(r.id())
              .append("` | ")
              .append(r.defaultSeverity())
              .append(" | ")
              .append(cell(r.summary()))
              .append(" | ")
              .append(cell(r.source()))
              .append(" |\n");
        }
      }
    }
    return b.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** Writes the catalogue to the path given, {@code RULES.md} by default. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "RULES.md");
    Files.writeString(out, markdown(), StandardCharsets.UTF_8);
  }
}
