package io.mctrail.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A line diff of two texts, short enough for a test failure message: a summary line (sizes, the
 * first differing line numbers) and hunks of the changed lines with {@value #CONTEXT} lines of
 * context, each line shown with its expected and actual line numbers:
 *
 * <pre>
 * expected (120 lines) and actual (121 lines) differ: first difference at expected line 42, actual line 42; 1 line(s) removed, 2 line(s) added
 * &#64;&#64; expected 39-45, actual 39-46 &#64;&#64;
 *    39  39 |   private final Integer bitrate;
 *    40  40 |
 *    41  41 |   private final String name;
 * -  42     |   old text
 * +      42 |   new text
 * +      43 |   another new line
 *    43  44 |
 * ...
 * </pre>
 *
 * <p>Line ends are normalized ({@code \r\n} and {@code \r} read as {@code \n}). The output stops
 * after {@value #MAX_OUTPUT_LINES} diff lines.
 */
final class LineDiff {

  /** Unchanged lines shown around each change. */
  static final int CONTEXT = 3;

  /** Diff lines shown at most, before the rest is summarized. */
  static final int MAX_OUTPUT_LINES = 60;

  /** Beyond this many cells the changed middle is shown as replaced wholesale, without LCS. */
  private static final long MAX_LCS_CELLS = 4_000_000L;

  private LineDiff() {}

  /** The diff of {@code expected} and {@code actual}, or empty when their lines are equal. */
  static Optional<String> of(String expected, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    List<Op> ops = editScript(a, b);
    if (ops.stream().allMatch(op -> op.kind == Kind.EQUAL)) {
      return Optional.empty();
    }
    return Optional.of(render(a, b, ops));
  }

  /** The lines of a text, with normalized line ends; a final line end gives a final "" line. */
  static List<String> lines(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    return Arrays.asList(normalized.split("\n", -1));
  }

  private enum Kind {
    EQUAL,
    REMOVED,
    ADDED
  }

  /** One line of the edit script; {@code a} and {@code b} are 0-based indexes, -1 if absent. */
  private record Op(Kind kind, int a, int b) {}

  private static List<Op> editScript(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      ops.add(new Op(Kind.EQUAL, i, i));
    }
    middle(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, ops);
    for (int i = suffix; i > 0; i--) {
      ops.add(new Op(Kind.EQUAL, a.size() - i, b.size() - i));
    }
    return ops;
  }

  /** The edit script of a[aFrom, aTo) against b[bFrom, bTo), by longest common subsequence. */
  private static void middle(
      List<String> a, List<String> b, int aFrom, int aTo, int bFrom, int bTo, List<Op> ops) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if ((long) (n + 1) * (m + 1) > MAX_LCS_CELLS) {
      for (int i = aFrom; i < aTo; i++) {
        ops.add(new Op(Kind.REMOVED, i, -1));
      }
      for (int j = bFrom; j < bTo; j++) {
        ops.add(new Op(Kind.ADDED, -1, j));
      }
      return;
    }
    // lcs[i][j]: the LCS length of a[aFrom + i, aTo) and b[bFrom + j, bTo).
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(aFrom + i).equals(b.get(bFrom + j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(aFrom + i).equals(b.get(bFrom + j))) {
        ops.add(new Op(Kind.EQUAL, aFrom + i++, bFrom + j++));
      } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
        ops.add(new Op(Kind.ADDED, -1, bFrom + j++));
      } else {
        ops.add(new Op(Kind.REMOVED, aFrom + i++, -1));
      }
    }
  }

  private static String render(List<String> a, List<String> b, List<Op> ops) {
    int width = String.valueOf(Math.max(a.size(), b.size())).length();
    int firstChange = 0;
    while (ops.get(firstChange).kind == Kind.EQUAL) {
      firstChange++;
    }
    long removed = ops.stream().filter(op -> op.kind == Kind.REMOVED).count();
    long added = ops.stream().filter(op -> op.kind == Kind.ADDED).count();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "expected (%d lines) and actual (%d lines) differ: first difference at expected line"
                + " %d, actual line %d; %d line(s) removed, %d line(s) added%n",
            a.size(),
            b.size(),
            lineNumberAt(ops, firstChange, true),
            lineNumberAt(ops, firstChange, false),
            removed,
            added));

    int shown = 0;
    int index = 0;
    while (index < ops.size()) {
      // The next hunk: from CONTEXT lines before a change to CONTEXT lines after the last change
      // that follows it closer than 2 * CONTEXT + 1 unchanged lines.
      int start = index;
      while (start < ops.size() && ops.get(start).kind == Kind.EQUAL) {
        start++;
      }
      if (start == ops.size()) {
        break;
      }
      int end = start;
      int lastChange = start;
      while (end < ops.size()) {
        if (ops.get(end).kind != Kind.EQUAL) {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      int from = Math.max(index, start - CONTEXT);
      int to = Math.min(ops.size(), lastChange + CONTEXT + 1);
      out.append(
          String.format(
              "@@ expected %s, actual %s @@%n",
              range(ops, from, to, true), range(ops, from, to, false)));
      for (int k = from; k < to; k++) {
        if (shown == MAX_OUTPUT_LINES) {
          long left =
              ops.subList(k, ops.size()).stream().filter(op -> op.kind != Kind.EQUAL).count();
          out.append(
              String.format("... diff truncated; %d more changed line(s) not shown%n", left));
          return out.toString();
        }
        Op op = ops.get(k);
        String marker =
            switch (op.kind) {
              case EQUAL -> " ";
              case REMOVED -> "-";
              case ADDED -> "+";
            };
        String text = op.kind == Kind.ADDED ? b.get(op.b) : a.get(op.a);
        out.append(
            String.format(
                "%s %s %s | %s%n",
                marker,
                number(op.a, width),
                number(op.b, width),
                visible(text, op.kind != Kind.EQUAL)));
        shown++;
      }
      index = to;
    }
    return out.toString();
  }

  /** The 1-based line number, on one side, where the op at {@code index} sits. */
  private static int lineNumberAt(List<Op> ops, int index, boolean expectedSide) {
    int count = 0;
    for (int k = 0; k < index; k++) {
      Op op = ops.get(k);
      if (expectedSide ? op.a >= 0 : op.b >= 0) {
        count++;
      }
    }
    return count + 1;
  }

  private static String range(List<Op> ops, int from, int to, boolean expectedSide) {
    int first = -1;
    int last = -1;
    for (int k = from; k < to; k++) {
      int line = expectedSide ? ops.get(k).a : ops.get(k).b;
      if (line >= 0) {
        first = first < 0 ? line : first;
        last = line;
      }
    }
    if (first < 0) {
      return "none (insertion before line " + lineNumberAt(ops, from, expectedSide) + ")";
    }
    return first == last ? String.valueOf(first + 1) : (first + 1) + "-" + (last + 1);
  }

  private static String number(int index, int width) {
    String n = index < 0 ? "" : String.valueOf(index + 1);
    return " ".repeat(width - n.length()) + n;
  }

  /** Changed lines show tabs and trailing spaces, which would be invisible otherwise. */
  private static String visible(String text, boolean changed) {
    if (!changed) {
      return text;
    }
    String shown = text.replace("\t", "\\t");
    int trailing = shown.length() - shown.stripTrailing().length();
    return trailing == 0 ? shown : shown + "<-- " + trailing + " trailing space(s)";
  }
}
