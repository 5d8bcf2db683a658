package io.mctrail.testkit.mutation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of mutations: one for every rule of the validator's catalogue that a consistent
 * event can be made to break, each drawing consistent events and injecting one defect with the
 * finding it must give.
 *
 * <pre>{@code
 * for (Mutation mutation : Mutations.all()) {
 *   DefectiveEvent defect = mutation.defects().sample(7);
 *   // validate defect.bytes(); expect defect.expected()
 * }
 * }</pre>
 */
public final class Mutations {

  /**
   * The rules no mutation breaks, and why: they are not about an event, or no event can make the
   * validator report them.
   */
  public static final Map<String, String> RULES_WITHOUT_MUTATION = rulesWithoutMutation();

  private static final List<Mutation> ALL = catalogue();

  private Mutations() {}

  /** Every mutation, in the catalogue's layer order. */
  public static List<Mutation> all() {
    return ALL;
  }

  /** The mutation of a rule (or of the name given), if there is one. */
  public static Optional<Mutation> named(String name) {
    return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  private static List<Mutation> catalogue() {
    List<Mutation> all = new ArrayList<>();
    all.addAll(SyntaxMutations.all());
    all.addAll(ConstraintMutations.schema());
    all.addAll(ConstraintMutations.constraints());
    all.addAll(EnvelopeMutations.all());
    all.addAll(ConsistencyMutations.all());
    all.addAll(SemanticMutations.all());
    all.addAll(OrderMutations.all());
    all.addAll(SecurityMutations.all());
    return Collections.unmodifiableList(all);
  }

  private static Map<String, String> rulesWithoutMutation() {
    Map<String, String> rules = new LinkedHashMap<>();
    rules.put(
        "syntax.record-broken",
        "reported by the command's record reader when it cannot cut a record out of a file (a"
            + " gzip or a log file that ends inside a record); the validator is given one record"
            + " at a time and never reports it");
    rules.put(
        "syntax.input-unreadable",
        "reported by the command for a file or folder it cannot read; not about an event");
    rules.put(
        "schema.invalid",
        "the catch-all of the schema layer for keywords other than type, required, minimum,"
            + " maximum, lengths, pattern and enum; networknt reports every violation of the"
            + " generated schemas under one of those (anyOf, allOf, if/else and $ref report the"
            + " errors of their subschemas): replacing each value of a consistent event of every"
            + " operation by an array, an object, a boolean, a fraction, a string, null, a negative"
            + " number or a redaction marker (43,360 records) never gave it");
    rules.put(
        "syntax.encoding",
        "reported by the command's record reader about a file's encoding (a byte-order mark,"
            + " UTF-16 or UTF-32); the validator is given records already decoded");
    rules.put(
        "syntax.not-a-record",
        "reported by the command for a JSON object with none of a record's members (a file"
            + " that is not a CloudTrail log); not about an event, which one defect leaves a"
            + " record");
    rules.put(
        "syntax.input-empty",
        "reported by the command for a file with no record at all; not about an event");
    rules.put(
        "syntax.check-failed",
        "reported when a check of the validator throws: a defect of mctrail, which no event may"
            + " cause (the properties would find it as an unexpected error)");
    return Collections.unmodifiableMap(rules);
  }
}
