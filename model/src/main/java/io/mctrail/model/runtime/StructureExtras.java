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
 * {@link RedactionMarker}, members written as an explicit {@code null}, and elements of its lists
 * and values of its maps that CloudTrail replaced by a marker (such an element is {@code null} in
 * the collection). Keys are JSON names, or, for elements, JSON Pointers relative to the structure.
 * Immutable.
 */
public final class StructureExtras {

  /** No unknown field, no redaction, no explicit null. */
  public static final StructureExtras EMPTY =
      new StructureExtras(Map.of(), Map.of(), Set.of(), Map.of());

  private final Map<String, JsonNode> unknownFields;
  private final Map<String, String> redactions;
  private final Set<String> explicitNulls;
  private final Map<String, String> redactedElements;
  private final boolean empty;

  private StructureExtras(
      Map<String, JsonNode> unknownFields,
      Map<String, String> redactions,
      Set<String> nulls,
      Map<String, String> redactedElements) {
    this.unknownFields = unknownFields;
    this.redactions = redactions;
    this.explicitNulls = nulls;
    this.redactedElements = redactedElements;
    this.empty =
        unknownFields.isEmpty()
            && redactions.isEmpty()
            && nulls.isEmpty()
            && redactedElements.isEmpty();
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

  /**
   * Elements of lists and values of maps whose value was a redaction marker, in the order they were
   * read: the element's JSON Pointer relative to this structure (the member's JSON name, then the
   * index or key of each level, as in {@code /outputGroups/0} or {@code /audioSelectors/Audio
   * Selector 1}) to the marker. The element itself is {@code null} in its collection.
   */
  public Map<String, String> redactedElements() {
    return redactedElements;
  }

  /** True when nothing is recorded. */
  public boolean isEmpty() {
    return empty;
  }

  /**
   * These extras without any redaction or explicit null of the member {@code jsonName}, nor of an
   * element of it (it was given a value); {@code this} when there is none.
   */
  public StructureExtras withoutMember(String jsonName) {
    if (empty) {
      return this; // every setter of every builder asks: the usual answer, at once
    }
    if (!redactions.containsKey(jsonName)
        && !explicitNulls.contains(jsonName)
        && !hasRedactedElementIn(jsonName)) {
      return this;
    }
    return toBuilder().clearMember(jsonName).build();
  }

  private boolean hasRedactedElementIn(String jsonName) {
    if (redactedElements.isEmpty()) {
      return false;
    }
    String prefix = memberPointer(jsonName) + "/";
    for (String pointer : redactedElements.keySet()) {
      if (pointer.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The JSON Pointer of the member {@code jsonName} relative to its structure, the start of the
   * pointers of {@link #redactedElements()}: {@code /} and the name, {@code ~} and {@code /}
   * escaped.
   */
  public static String memberPointer(String jsonName) {
    return "/" + jsonName.replace("~", "~0").replace("/", "~1");
  }

  /** A builder holding a copy of these extras. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.unknownFields.putAll(unknownFields);
    b.redactions.putAll(redactions);
    b.explicitNulls.addAll(explicitNulls);
    b.redactedElements.putAll(redactedElements);
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
        && explicitNulls.equals(e.explicitNulls)
        && redactedElements.equals(e.redactedElements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unknownFields, redactions, explicitNulls, redactedElements);
  }

  @Override
  public String toString() {
    return "StructureExtras{unknownFields="
        + unknownFields.keySet()
        + ", redactions="
        + redactions
        + ", explicitNulls="
        + explicitNulls
        + (redactedElements.isEmpty() ? "" : ", redactedElements=" + redactedElements)
        + "}";
  }

  /** Builds {@link StructureExtras}. */
  public static final class Builder {
    private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();
    private final Map<String, String> redactions = new LinkedHashMap<>();
    private final Set<String> explicitNulls = new LinkedHashSet<>();
    private final Map<String, String> redactedElements = new LinkedHashMap<>();

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

    /**
     * Records that an element of a list or a value of a map was the redaction marker {@code
     * marker}: {@code pointer} is the element's JSON Pointer relative to the structure, starting
     * with the {@link #memberPointer member's}.
     */
    public Builder redactedElement(String pointer, String marker) {
      if (!RedactionMarker.isMarker(marker)) {
        throw new IllegalArgumentException("not a redaction marker: " + marker);
      }
      if (!pointer.startsWith("/") || pointer.indexOf('/', 1) < 0) {
        throw new IllegalArgumentException("not the pointer of an element of a member: " + pointer);
      }
      redactedElements.put(pointer, marker);
      return this;
    }

    /** Forgets what is recorded about a member and its elements (it was given a value). */
    public Builder clearMember(String jsonName) {
      redactions.remove(jsonName);
      explicitNulls.remove(jsonName);
      String prefix = memberPointer(jsonName) + "/";
      redactedElements.keySet().removeIf(pointer -> pointer.startsWith(prefix));
      return this;
    }

    /** The extras, or {@link StructureExtras#EMPTY} when nothing is recorded. */
    public StructureExtras build() {
      if (unknownFields.isEmpty()
          && redactions.isEmpty()
          && explicitNulls.isEmpty()
          && redactedElements.isEmpty()) {
        return EMPTY;
      }
      return new StructureExtras(
          Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields)),
          Collections.unmodifiableMap(new LinkedHashMap<>(redactions)),
          Collections.unmodifiableSet(new LinkedHashSet<>(explicitNulls)),
          Collections.unmodifiableMap(new LinkedHashMap<>(redactedElements)));
    }
  }
}
