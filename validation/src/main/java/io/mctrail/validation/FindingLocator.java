package io.mctrail.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.mctrail.records.Utf8;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where in a record's JSON bytes the values that findings' pointers name are: one streaming
 * pass that follows only the members and elements on the way to a pointer and skips every other
 * subtree, so it costs a tokenizing pass and no tree. It is run only for records with findings.
 *
 * <p>A pointer that names nothing in the record (a member that is missing) is placed at the deepest
 * value on its way that is there; a syntax finding is placed where reading stopped (the first
 * ill-formed UTF-8 byte, or where the parser failed with the validator's read limits and duplicate
 * names refused), or by its pointer when reading did not stop.
 */
final class FindingLocator {

  private static final String SYNTAX = Layer.SYNTAX.prefix() + ".";

  private final JsonFactory factory;
  private final JsonFactory strict;

  /** A locator reading with {@code factory}'s limits. */
  FindingLocator(JsonFactory factory) {
    this.factory = factory;
    this.strict = factory.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** A node of the tree of wanted pointers, with where its value was found. */
  private static final class Node {
    final Node parent;
    Map<String, Node> children;
    long offset = -1;

    Node(Node parent) {
      this.parent = parent;
    }

    Node child(String token) {
      return children == null ? null : children.get(token);
    }

    Node add(String token) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(token, t -> new Node(this));
    }
  }

  /** The place within {@code json} of each finding, in order; empty when there is none. */
  List<Location> locate(byte[] json, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    Node root = new Node(null);
    Node[] targets = new Node[findings.size()];
    int[] wanted = {1};
    boolean syntax = false;
    for (int i = 0; i < targets.length; i++) {
      Finding f = findings.get(i);
      syntax |= f.rule().startsWith(SYNTAX);
      Node node = root;
      List<String> tokens = tokens(f.pointer());
      for (String token : tokens) {
        int before = node.children == null ? 0 : node.children.size();
        node = node.add(token);
        if (node.parent.children.size() > before) {
          wanted[0]++;
        }
      }
      targets[i] = node;
    }
    long stop = syntax ? Utf8.firstInvalid(json) : -1;
    if (stop < 0) {
      stop = walk(json, root, wanted, syntax);
    }
    long[] offsets = new long[targets.length];
    for (int i = 0; i < targets.length; i++) {
      if (stop >= 0 && findings.get(i).rule().startsWith(SYNTAX)) {
        offsets[i] = Math.min(stop, json.length);
        continue;
      }
      Node node = targets[i];
      while (node.offset < 0 && node.parent != null) {
        node = node.parent;
      }
      offsets[i] = Math.max(0, node.offset);
    }
    return locations(json, offsets);
  }

  /**
   * Streams {@code json}, setting the offset of every wanted node found; the offset where reading
   * stopped on an error ({@code -1} when it did not). Without {@code untilStopped}, it ends as soon
   * as every wanted node is found.
   */
  private long walk(byte[] json, Node root, int[] wanted, boolean untilStopped) {
    try (JsonParser p = (untilStopped ? strict : factory).createParser(json)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          return -1;
        }
        // The containers being read, each with the node it stands for and its next index.
        List<Node> nodes = new ArrayList<>();
        List<int[]> indexes = new ArrayList<>();
        found(p, root, t, nodes, indexes, wanted);
        while (!nodes.isEmpty()) {
          if (wanted[0] == 0 && !untilStopped) {
            return -1;
          }
          t = p.nextToken();
          if (t == null) {
            break;
          }
          int top = nodes.size() - 1;
          if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            nodes.remove(top);
            indexes.remove(top);
            continue;
          }
          Node parent = nodes.get(top);
          int[] index = indexes.get(top);
          String token;
          if (t == JsonToken.FIELD_NAME) {
            token = p.currentName();
            t = p.nextToken();
          } else {
            token = Integer.toString(index[0]++);
          }
          found(p, parent.child(token), t, nodes, indexes, wanted);
        }
        if (untilStopped && p.nextToken() != null) {
          return p.currentTokenLocation().getByteOffset(); // trailing tokens
        }
        return -1;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long offset = at == null ? -1 : at.getByteOffset();
        return offset >= 0 ? offset : Math.max(0, p.currentLocation().getByteOffset());
      }
    } catch (IOException e) {
      return -1;
    }
  }

  /** The value starting at token {@code t} is that of {@code node} ({@code null}: not wanted). */
  private static void found(
      JsonParser p, Node node, JsonToken t, List<Node> nodes, List<int[]> indexes, int[] wanted)
      throws IOException {
    if (node == null) {
      if (t != null && t.isStructStart()) {
        p.skipChildren();
      }
      return;
    }
    if (node.offset < 0) {
      node.offset = p.currentTokenLocation().getByteOffset();
      wanted[0]--;
    }
    if (t != null && t.isStructStart()) {
      if (node.children == null) {
        p.skipChildren();
      } else {
        nodes.add(node);
        indexes.add(new int[1]);
      }
    }
  }

  /** The reference tokens of an RFC 6901 pointer; none for {@code ""} or a malformed pointer. */
  static List<String> tokens(String pointer) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /** The line and column of each offset, from one pass over the bytes up to the last of them. */
  static List<Location> locations(byte[] json, long[] offsets) {
    long[] sorted = offsets.clone();
    Arrays.sort(sorted);
    Map<Long, Location> at = new HashMap<>();
    long line = 1;
    long lineStart = 0;
    int i = 0;
    for (long target : sorted) {
      for (; i < target && i < json.length; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      at.putIfAbsent(target, new Location(line, target - lineStart + 1, target));
    }
    List<Location> result = new ArrayList<>(offsets.length);
    for (long offset : offsets) {
      result.add(at.get(offset));
    }
    return List.copyOf(result);
  }
}
