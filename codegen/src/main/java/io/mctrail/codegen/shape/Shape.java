package io.mctrail.codegen.shape;

import java.util.List;
import java.util.Optional;

/**
 * One shape of an API model, in the form both readers produce. A shape is a structure, an enum, a
 * list, a map, or a simple value (string, number, boolean, timestamp, document).
 */
public sealed interface Shape
    permits Shape.Structure, Shape.Enum, Shape.ListOf, Shape.MapOf, Shape.Simple {

  /** The shape's name in the model, without namespace (for example {@code H264Settings}). */
  String name();

  /** The model's documentation of the shape, or an empty string. */
  String documentation();

  /** A structure: named members, some of them required. */
  record Structure(String name, String documentation, List<Member> members, boolean exception)
      implements Shape {
    public Structure {
      members = List.copyOf(members);
    }

    /** The member with this JSON name, if the structure has one. */
    public Optional<Member> memberByJsonName(String jsonName) {
      return members.stream().filter(m -> m.jsonName().equals(jsonName)).findFirst();
    }
  }

  /** A string enum: the values the model knows, in model order. */
  record Enum(String name, String documentation, List<String> values) implements Shape {
    public Enum {
      values = List.copyOf(values);
    }
  }

  /** A list of one member shape, with optional size bounds. */
  record ListOf(String name, String documentation, String member, Constraints constraints)
      implements Shape {}

  /** A map from string keys to one value shape, with optional size bounds. */
  record MapOf(String name, String documentation, String key, String value, Constraints constraints)
      implements Shape {}

  /** A simple value shape and the constraints the model states on it. */
  record Simple(String name, String documentation, SimpleKind kind, Constraints constraints)
      implements Shape {}
}
