package io.mctrail.codegen.shape;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one in-memory model that every output of the generator is made from: JSON Schema, Java
 * classes, descriptors (and through them constraint annotations and testkit bounds). Both model
 * readers produce it.
 *
 * @param serviceId a short service id (for example {@code MediaConvert})
 * @param apiVersion the API version (for example {@code 2017-08-29})
 * @param documentation the service's documentation
 * @param shapes every shape by name, in name order
 * @param operations every operation by name, in name order
 */
public record ShapeModel(
    String serviceId,
    String apiVersion,
    String documentation,
    Map<String, Shape> shapes,
    Map<String, Operation> operations) {

  public ShapeModel {
    shapes = Collections.unmodifiableMap(new TreeMap<>(shapes));
    operations = Collections.unmodifiableMap(new TreeMap<>(operations));
  }

  /** The shape with this name; fails when the model does not define it. */
  public Shape shape(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new ModelException("shape " + name + " is referenced but not defined");
    }
    return shape;
  }

  /** Every structure shape, in name order. */
  public List<Shape.Structure> structures() {
    return shapes.values().stream()
        .filter(Shape.Structure.class::isInstance)
        .map(Shape.Structure.class::cast)
        .toList();
  }

  /** Every enum shape, in name order. */
  public List<Shape.Enum> enums() {
    return shapes.values().stream()
        .filter(Shape.Enum.class::isInstance)
        .map(Shape.Enum.class::cast)
        .toList();
  }

  /** Shape counts by kind, for reports and tests. */
  public Map<String, Integer> countsByKind() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Shape shape : shapes.values()) {
      String kind;
      if (shape instanceof Shape.Structure) {
        kind = "structure";
      } else if (shape instanceof Shape.Enum) {
        kind = "enum";
      } else if (shape instanceof Shape.ListOf) {
        kind = "list";
      } else if (shape instanceof Shape.MapOf) {
        kind = "map";
      } else {
        kind = ((Shape.Simple) shape).kind().name().toLowerCase(java.util.Locale.ROOT);
      }
      counts.merge(kind, 1, Integer::sum);
    }
    return counts;
  }

  /** Checks that every reference names a defined shape; fails with the first dangling one. */
  public ShapeModel checkReferences() {
    for (Shape shape : shapes.values()) {
      if (shape instanceof Shape.Structure s) {
        s.members().forEach(m -> shape(m.target()));
      } else if (shape instanceof Shape.ListOf l) {
        shape(l.member());
      } else if (shape instanceof Shape.MapOf m) {
        shape(m.key());
        shape(m.value());
      }
    }
    for (Operation op : operations.values()) {
      if (op.input() != null) {
        shape(op.input());
      }
      if (op.output() != null) {
        shape(op.output());
      }
    }
    return this;
  }
}
