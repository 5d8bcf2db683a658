package io.mctrail.model.runtime;

/**
 * The {@code toString} of generated structures: the set members by JSON name, redacted ones as
 * their marker (the value was never read), unknown fields by name only.
 */
public final class StructureText {

  private StructureText() {}

  /** For example {@code DashIsoGroupSettings{segmentLength=30, encryption=***}}. */
  public static String of(Structure s) {
    StringBuilder b = new StringBuilder(s.descriptor().shapeName()).append('{');
    String sep = "";
    StructureExtras extras = s.extras();
    for (MemberDescriptor<?> m : s.descriptor().members()) {
      String marker = extras.redactions().get(m.jsonName());
      Object value = marker != null ? marker : m.get(s);
      if (value == null && extras.explicitNulls().contains(m.jsonName())) {
        value = "null";
      }
      if (value != null) {
        b.append(sep).append(m.jsonName()).append('=').append(value);
        sep = ", ";
      }
    }
    if (!extras.unknownFields().isEmpty()) {
      b.append(sep).append("unknownFields=").append(extras.unknownFields().keySet());
    }
    return b.append('}').toString();
  }
}
