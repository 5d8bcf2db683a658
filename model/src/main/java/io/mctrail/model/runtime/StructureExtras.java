package io.mctrail.model.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a structure read from JSON holds beyond its members' values, so that writing it gives back
 * what was read: fields the model does not know, members whose value CloudTrail replaced by a
 * {@link RedactionMarker}, and members written as an explicit {@code null}. Keys are JSON names.
 * Immutable.
 */
public final class StructureExtras {

  /** No unknown field, no redaction, no explicit null. */
  public static final StructureExtras EMPTY = new StructureExtras(Map.of(), Map.of(), Set.of());

  private final Map<String, JsonNode> unknownFields;
  private final Map<String, String> redactions;
  private final Set<String> explicitNulls;

  private StructureExtras(
      Map<String, JsonNode> unknownFields, Map<String, String> redactions, Set<String> nulls) {
    this.unknownFields = unknownFields;
    this.redactions = redactions;
    this.explicitNulls = nulls;
  }

  /** Fields the model does not know, by JSON name, in the order they were read. */
  public Map<String, JsonNode> unknownFields() {
    return unknownFields;
  }

  /** Members whose value was a redaction marker: JSON name to the marker. */
  public Map<String, String> redactions() {
    return redactions;
  }

  /** Members written as {@code null}, by JSON name. */
  public Set<String> explicitNulls() {
    return explicitNulls;
  }

  /** True when nothing is recorded. */
  public boolean isEmpty() {
    return unknownFields.isEmpty() && redactions.isEmpty() && explicitNulls.isEmpty();
  }

  /**
   * These extras without any redaction or explicit null of the member {@code jsonName} (it was
   * given a value); {@code this} when there is none.
   */
  public StructureExtras withoutMember(String jsonName) {
    if (!redactions.containsKey(jsonName) && !explicitNulls.contains(jsonName)) {
      return this;
    }
    return toBuilder().clearMember(jsonName).build();
  }

  /** A builder holding a copy of these extras. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.unknownFields.putAll(unknownFields);
    b.redactions.putAll(redactions);
    b.explicitNulls.addAll(explicitNulls);
    return b;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StructureExtras e
        && unknownFields.equals(e.unknownFields)
        && redactions.equals(e.redactions)
        && explicitNulls.equals(e.explicitNulls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unknownFields, redactions, explicitNulls);
  }

  @Override
  public String toString() {
    return "StructureExtras{unknownFields="
        + unknownFields.keySet()
        + ", redactions="
        + redactions
        + ", explicitNulls="
        + explicitNulls
        + "}";
  }

  /** Builds {@link StructureExtras}. */
  public static final class Builder {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();
    private final Map<String, String> redactions = new LinkedHashMap<>();
    private final Set<String> explicitNulls = new LinkedHashSet<>();

    private Builder() {}

    /** Keeps a field the model does not know. */
    public Builder unknownField(String jsonName, JsonNode value) {
      unknownFields.put(jsonName, value);
      return this;
    }

    /** Records that a member's value was the redaction marker {@code marker}. */
    public Builder redaction(String jsonName, String marker) {
      if (!RedactionMarker.isMarker(marker)) {
        throw new IllegalArgumentException("not a redaction marker: " + marker);
      }
      redactions.put(jsonName, marker);
      explicitNulls.remove(jsonName);
      return this;
    }

    /** Records that a member was written as {@code null}. */
    public Builder explicitNull(String jsonName) {
      explicitNulls.add(jsonName);
      redactions.remove(jsonName);
      return this;
    }

    /** Forgets what is recorded about a member (it was given a value). */
    public Builder clearMember(String jsonName) {
      redactions.remove(jsonName);
      explicitNulls.remove(jsonName);
      return this;
    }

    /** The extras, or {@link StructureExtras#EMPTY} when nothing is recorded. */
    public StructureExtras build() {
      if (unknownFields.isEmpty() && redactions.isEmpty() && explicitNulls.isEmpty()) {
        return EMPTY;
      }
      return new StructureExtras(
          Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields)),
          Collections.unmodifiableMap(new LinkedHashMap<>(redactions)),
          Collections.unmodifiableSet(new LinkedHashSet<>(explicitNulls)));
    }
  }
}
