package io.mctrail.codegen.java;

/** Model documentation made safe for a Javadoc comment. */
final class Javadoc {

  private Javadoc() {}

  /** The text with HTML and comment delimiters escaped; a fallback when it is empty. */
  static String of(String documentation, String fallback) {
    String text = documentation == null || documentation.isBlank() ? fallback : documentation;
    return text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("*/", "*&#47;")
            .replace("@", "&#64;")
            .replace("\\u", "\\\\u")
            .strip()
        + "\n";
  }
}
