package io.mctrail.codegen.java;

import java.util.Locale;
import java.util.Set;

/** Java identifiers for model names: valid, not a keyword, not a name the runtime uses. */
final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "_");

  /** Method names of generated classes and their runtime interfaces. */
  private static final Set<String> RESERVED_MEMBERS =
      Set.of(
          "extras",
          "build",
          "builder",
          "toBuilder",
          "descriptor",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "isRedacted",
          "unknownFields",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "DESCRIPTOR");

  /** Static members of generated enums that a constant must not shadow. */
  private static final Set<String> RESERVED_CONSTANTS =
      Set.of("UNKNOWN_TO_SDK_VERSION", "WIRE_VALUES", "BY_VALUE");

  private JavaNames() {}

  /** The field and accessor name of a member with this JSON name. */
  static String member(String jsonName) {
    String id = identifier(jsonName);
    if (Character.isUpperCase(id.charAt(0)) && id.length() > 1 && !isAllUpper(id)) {
      id = Character.toLowerCase(id.charAt(0)) + id.substring(1);
    }
    if (KEYWORDS.contains(id) || RESERVED_MEMBERS.contains(id)) {
      id = id + "Value";
    }
    return id;
  }

  /** A type name for a shape name. */
  static String type(String shapeName) {
    String id = identifier(shapeName);
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** A constant name for a shape name in the shapes registry (kept close to the model's). */
  static String shapeConstant(String shapeName) {
    String id = identifier(shapeName);
    return KEYWORDS.contains(id) ? id + "_" : id;
  }

  /** An enum constant for a wire value. */
  static String enumConstant(String value) {
    String id = identifier(value).toUpperCase(Locale.ROOT);
    if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
      // identifier() put an underscore before the digit; a word reads better.
      id = "VALUE" + id;
    } else if (id.chars().allMatch(c -> c == '_')) {
      id = "VALUE" + id;
    }
    return RESERVED_CONSTANTS.contains(id) ? id + "_VALUE" : id;
  }

  private static String identifier(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    if (b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0))) {
      b.insert(0, '_');
    }
    return b.toString();
  }

  private static boolean isAllUpper(String id) {
    return id.chars().noneMatch(Character::isLowerCase);
  }
}
