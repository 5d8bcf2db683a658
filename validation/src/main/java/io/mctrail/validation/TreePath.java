package io.mctrail.validation;

/**
 * Where a walk of a JSON tree is: a chain of reference tokens from the root. Extending it costs one
 * small object and no string; the RFC 6901 JSON Pointer is built only when asked for, which a check
 * does when it reports a finding. Safe to share between threads (the pointer is computed at most
 * once per thread and is the same string).
 */
public final class TreePath {

  /** The root of the tree: the pointer {@code ""}. */
  public static final TreePath ROOT = new TreePath(null, null, -1, "");

  private final TreePath parent;
  private final String name;
  private final int index;
  private String pointer;

  private TreePath(TreePath parent, String name, int index, String pointer) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.pointer = pointer;
  }

  /** A path at an existing pointer, for a walk that starts below the root. */
  public static TreePath at(String pointer) {
    return pointer.isEmpty() ? ROOT : new TreePath(null, null, -1, pointer);
  }

  /** The path of a member of the object here. */
  public TreePath child(String member) {
    return new TreePath(this, member, -1, null);
  }

  /** The path of an element of the array here. */
  public TreePath child(int element) {
    return new TreePath(this, null, element, null);
  }

  /** The last reference token: a member name, an index, or {@code null} at the start. */
  public String token() {
    return name != null ? name : index >= 0 ? Integer.toString(index) : null;
  }

  /** The path one level up, or {@code null} at the start. */
  public TreePath parent() {
    return parent;
  }

  /** The JSON Pointer of this path (escaped, built once). */
  public String pointer() {
    String p = pointer;
    if (p == null) {
      p =
          name != null
              ? JsonPointers.append(parent.pointer(), name)
              : parent.pointer() + "/" + index;
      pointer = p;
    }
    return p;
  }

  /** The JSON Pointer of a member of the object here, without extending the path. */
  public String pointer(String member) {
    return JsonPointers.append(pointer(), member);
  }

  @Override
  public String toString() {
    return pointer();
  }
}
