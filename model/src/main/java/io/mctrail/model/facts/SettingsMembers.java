package io.mctrail.model.facts;

import io.mctrail.model.mediaconvert.MediaConvertShapes;
import io.mctrail.model.runtime.MemberDescriptor;
import io.mctrail.model.runtime.StructureDescriptor;
import io.mctrail.model.runtime.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which settings member goes with each value of a selector: a codec and its settings object ({@code
 * VideoCodecSettings}: {@code H_264} with {@code h264Settings}, {@code AudioCodecSettings}: {@code
 * AAC} with {@code aacSettings}), an output group type and its group settings ({@code
 * OutputGroupSettings}), a container and its container settings ({@code ContainerSettings}), a
 * caption destination type and its destination settings ({@code CaptionDestinationSettings}).
 *
 * <p>Derived, when the class is first used, from the shapes generated from the AWS model the build
 * read ({@link MediaConvertShapes}): each of these structures has one enum member, the selector,
 * and a structure member per value that has settings. A value goes with the structure member whose
 * name, in lower case and without underscores, is the value's followed by nothing, {@code settings}
 * or {@code destinationsettings} ({@code H_264} and {@code h264Settings}, {@code
 * FILE_GROUP_SETTINGS} and {@code fileGroupSettings}, {@code BURN_IN} and {@code
 * burninDestinationSettings}). Where the model does not follow that rule the pair is in {@link
 * #IRREGULAR}; a value whose settings the service does not require is in {@link #OPTIONAL}. A value
 * with no member (the codec {@code PASSTHROUGH} of the pinned model, the container {@code WEBM})
 * takes no settings object.
 */
public final class SettingsMembers {

  /**
   * The pairs the name rule does not find, by structure and value: the captions the model embeds
   * with SCTE-20 are set by the embedded destination's settings (CaptionDestinationSettings.
   * EmbeddedDestinationSettings: "Settings related to CEA/EIA-608 and CEA/EIA-708 (also called
   * embedded or ancillary) captions").
   */
  public static final Map<String, Map<String, String>> IRREGULAR =
      Map.of(
          "CaptionDestinationSettings",
          Map.of(
              "EMBEDDED_PLUS_SCTE20", "embeddedDestinationSettings",
              "SCTE20_PLUS_EMBEDDED", "embeddedDestinationSettings"));

  /**
   * Values whose settings member is optional, by structure: a video passed through is not encoded,
   * and the model calls its {@code passthroughSettings}, where it has them, "Optional settings when
   * you set Codec to the value Passthrough".
   */
  public static final Map<String, Set<String>> OPTIONAL =
      Map.of("VideoCodecSettings", Set.of("PASSTHROUGH"));

  // Before the instances below, which read it when the class is initialised.
  private static final List<String> SUFFIXES = List.of("", "settings", "destinationsettings");

  /** {@code VideoCodecSettings}: video codec to its settings object. */
  public static final SettingsMembers VIDEO_CODEC = derive("VideoCodecSettings");

  /** {@code AudioCodecSettings}: audio codec to its settings object. */
  public static final SettingsMembers AUDIO_CODEC = derive("AudioCodecSettings");

  /** {@code OutputGroupSettings}: output group type to its group settings object. */
  public static final SettingsMembers OUTPUT_GROUP = derive("OutputGroupSettings");

  /** {@code ContainerSettings}: container to its container settings object. */
  public static final SettingsMembers CONTAINER = derive("ContainerSettings");

  /** {@code CaptionDestinationSettings}: destination type to its destination settings object. */
  public static final SettingsMembers CAPTION_DESTINATION = derive("CaptionDestinationSettings");

  private final String structure;
  private final String selector;
  private final ValueType selectorType;
  private final Map<String, String> memberByValue;
  private final Map<String, String> shapeByMember;
  private final Set<String> optional;

  private SettingsMembers(
      String structure,
      String selector,
      ValueType selectorType,
      Map<String, String> memberByValue,
      Map<String, String> shapeByMember,
      Set<String> optional) {
    this.structure = structure;
    this.selector = selector;
    this.selectorType = selectorType;
    this.memberByValue = Collections.unmodifiableMap(memberByValue);
    this.shapeByMember = Collections.unmodifiableMap(shapeByMember);
    this.optional = optional;
  }

  /**
   * The pairs of one structure of the generated model.
   *
   * @param structure the shape's name, for example {@code VideoCodecSettings}
   * @throws IllegalArgumentException when the shape is not a structure with exactly one enum member
   */
  public static SettingsMembers derive(String structure) {
    ValueType type = MediaConvertShapes.ALL.get(structure);
    if (type == null || type.kind() != ValueType.Kind.STRUCTURE) {
      throw new IllegalArgumentException("no structure " + structure + " in the model");
    }
    StructureDescriptor<?> descriptor = type.structure();
    MemberDescriptor<?> selector = null;
    Map<String, MemberDescriptor<?>> settings = new TreeMap<>();
    for (MemberDescriptor<?> m : descriptor.members()) {
      if (m.type().kind() == ValueType.Kind.ENUM) {
        if (selector != null) {
          throw new IllegalArgumentException(
              structure + " has two enum members: " + selector.jsonName() + ", " + m.jsonName());
        }
        selector = m;
      } else if (m.type().kind() == ValueType.Kind.STRUCTURE) {
        settings.put(normalize(m.jsonName()), m);
      }
    }
    if (selector == null) {
      throw new IllegalArgumentException(structure + " has no enum member");
    }
    Map<String, String> irregular = IRREGULAR.getOrDefault(structure, Map.of());
    Map<String, String> byValue = new TreeMap<>();
    Map<String, String> shapes = new TreeMap<>();
    for (String value : selector.type().enumValues()) {
      MemberDescriptor<?> member = null;
      String named = irregular.get(value);
      if (named != null) {
        member = descriptor.memberByJsonName(named);
      } else {
        for (String suffix : SUFFIXES) {
          member = settings.get(normalize(value) + suffix);
          if (member != null) {
            break;
          }
        }
      }
      if (member != null) {
        byValue.put(value, member.jsonName());
        shapes.put(member.jsonName(), member.type().shapeName());
      }
    }
    return new SettingsMembers(
        structure,
        selector.jsonName(),
        selector.type(),
        byValue,
        shapes,
        OPTIONAL.getOrDefault(structure, Set.of()));
  }

  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The structure's shape name, for example {@code VideoCodecSettings}. */
  public String structure() {
    return structure;
  }

  /** The JSON name of the selector member, for example {@code codec}. */
  public String selector() {
    return selector;
  }

  /** Every value the model knows for the selector, in model order. */
  public List<String> values() {
    return selectorType.enumValues();
  }

  /** Whether the model knows {@code value} for the selector. */
  public boolean knows(String value) {
    return selectorType.isKnownEnumValue(value);
  }

  /** The values that have a settings member, in the order of their names. */
  public List<String> valuesWithSettings() {
    return List.copyOf(memberByValue.keySet());
  }

  /** The settings member that goes with {@code value}, or {@code null} when it has none. */
  public String member(String value) {
    return value == null ? null : memberByValue.get(value);
  }

  /** Whether {@code value} requires its settings member: it has one and it is not optional. */
  public boolean requiresMember(String value) {
    return member(value) != null && !optional.contains(value);
  }

  /** Every value that has a settings member, to that member, in the order of the values' names. */
  public Map<String, String> byValue() {
    return memberByValue;
  }

  /** The settings members, one per value that has one, in the order of the values' names. */
  public List<String> members() {
    List<String> out = new ArrayList<>();
    for (String member : memberByValue.values()) {
      if (!out.contains(member)) {
        out.add(member);
      }
    }
    return out;
  }

  /**
   * The settings members whose structure has a member named {@code jsonName}, in the order of
   * {@link #members()}: for example the video codecs with a {@code framerateControl}.
   */
  public List<String> membersHaving(String jsonName) {
    List<String> out = new ArrayList<>();
    for (String member : members()) {
      ValueType shape = MediaConvertShapes.ALL.get(shapeOf(member));
      if (shape != null && shape.structure().memberByJsonName(jsonName) != null) {
        out.add(member);
      }
    }
    return List.copyOf(out);
  }

  /** The value that goes with the settings {@code member}, or {@code null}. */
  public String valueOf(String member) {
    for (Map.Entry<String, String> e : memberByValue.entrySet()) {
      if (e.getValue().equals(member)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The structure shape of the settings {@code member}, for example {@code H264Settings}. */
  public String shapeOf(String member) {
    return shapeByMember.get(member);
  }

  @Override
  public String toString() {
    return structure + "." + selector + " " + memberByValue;
  }
}
