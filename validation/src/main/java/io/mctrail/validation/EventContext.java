package io.mctrail.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.mctrail.model.cloudtrail.CloudTrailEvent;
import io.mctrail.model.cloudtrail.MediaConvertPayloads;
import io.mctrail.model.runtime.OperationDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One event under validation: the JSON tree as it was read (every pointer refers to it), the typed
 * event (read on first use), and the MediaConvert operation it records. Used by one thread, for one
 * event.
 */
public final class EventContext {

  /**
   * Why the record could not be read into the typed model.
   *
   * @param pointer where the value the model could not read is
   * @param message the model's reason
   */
  public record ReadFailure(String pointer, String message) {}

  /** Reads the typed event from a tree: the event, or why it cannot be read. */
  interface TypedReader {
    /** The typed event; throws {@link ReadFailureException} when it cannot be read. */
    CloudTrailEvent read(JsonNode root) throws ReadFailureException;
  }

  /** A record the typed model cannot read. */
  static final class ReadFailureException extends Exception {
    private final ReadFailure failure;

    ReadFailureException(ReadFailure failure) {
      super(failure.message(), null, false, false);
      this.failure = failure;
    }
  }

  /**
   * A string of a payload ({@code requestParameters} or {@code responseElements}): where it is, the
   * member it is the value of (or an element of), and the string. Its path is made when asked for,
   * which a check does for a finding: the walk that finds the strings makes none.
   */
  public static final class PayloadString {
    private final TreePath parent;
    private final String name;
    private final int index;
    private final String member;
    private final String value;
    private TreePath path;

    private PayloadString(TreePath parent, String name, int index, String member, String value) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.member = member;
      this.value = value;
    }

    /** Where it is. */
    public TreePath path() {
      TreePath p = path;
      if (p == null) {
        p = index >= 0 ? parent.child(index) : name != null ? parent.child(name) : parent;
        path = p;
      }
      return p;
    }

    /**
     * The member it is the value of (or an element of), or {@code null} when the payload itself is
     * the string.
     */
    public String member() {
      return member;
    }

    /** The string. */
    public String value() {
      return value;
    }

    /**
     * True when the path goes through a member named one of {@code names}, without making the path.
     */
    public boolean isUnder(java.util.Set<String> names) {
      if (name != null && names.contains(name)) {
        return true;
      }
      for (TreePath p = parent; p != null; p = p.parent()) {
        String token = p.token();
        if (token != null && names.contains(token)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return path() + "=" + value;
    }
  }

  private static final String[] PAYLOADS = {"requestParameters", "responseElements"};

  private final JsonNode root;
  private final TypedReader reader;
  private List<PayloadString> payloadStrings;
  private final ValidatorConfig config;
  private final OperationDescriptor operation;
  private boolean read;
  private CloudTrailEvent typed;
  private ReadFailure failure;

  EventContext(JsonNode root, TypedReader reader, ValidatorConfig config) {
    this.root = root;
    this.reader = reader;
    this.config = config;
    this.operation =
        MediaConvertPayloads.operation(
            root.path("eventSource").asText(null), root.path("eventName").asText(null));
  }

  /** The event as it was read. */
  public JsonNode root() {
    return root;
  }

  /**
   * The typed event, or {@code null} when the JSON cannot be read into the model ({@link
   * #typedFailure()} says why). Read on first use: the checks of the default profile work on the
   * tree and never ask for it.
   */
  public CloudTrailEvent typed() {
    readTyped();
    return typed;
  }

  /** Why the record cannot be read into the typed model, or {@code null} when it can. */
  public ReadFailure typedFailure() {
    readTyped();
    return failure;
  }

  private void readTyped() {
    if (!read) {
      read = true;
      try {
        typed = reader.read(root);
      } catch (ReadFailureException e) {
        failure = e.failure;
      }
    }
  }

  public ValidatorConfig config() {
    return config;
  }

  /** The MediaConvert operation of the event, or {@code null} for any other record. */
  public OperationDescriptor operation() {
    return operation;
  }

  /** True when {@code eventSource} is MediaConvert's. */
  public boolean isMediaConvert() {
    return MediaConvertPayloads.EVENT_SOURCE.equals(root.path("eventSource").asText(null));
  }

  /** A text member of the root, or {@code null}. */
  public String text(String field) {
    JsonNode n = root.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /**
   * Every string of the payloads, in document order, found by one walk that the checks looking at
   * strings share.
   */
  public List<PayloadString> payloadStrings() {
    if (payloadStrings == null) {
      List<PayloadString> out = new ArrayList<>();
      for (String side : PAYLOADS) {
        JsonNode payload = root.get(side);
        if (payload == null) {
          continue;
        }
        TreePath path = TreePath.ROOT.child(side);
        if (payload.isTextual()) {
          out.add(new PayloadString(path, null, -1, null, payload.textValue()));
        } else if (payload.isContainerNode()) {
          strings(payload, path, null, out);
        }
      }
      payloadStrings = Collections.unmodifiableList(out);
    }
    return payloadStrings;
  }

  private static void strings(
      JsonNode node, TreePath path, String member, List<PayloadString> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue();
        if (value.isTextual()) {
          out.add(new PayloadString(path, e.getKey(), -1, e.getKey(), value.textValue()));
        } else if (value.isContainerNode()) {
          strings(value, path.child(e.getKey()), e.getKey(), out);
        }
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isTextual()) {
          out.add(new PayloadString(path, null, i, member, value.textValue()));
        } else if (value.isContainerNode()) {
          strings(value, path.child(i), member, out);
        }
      }
    }
  }

  /** {@code requestParameters} when it is an object, otherwise {@code null}. */
  public JsonNode request() {
    JsonNode n = root.get("requestParameters");
    return n != null && n.isObject() ? n : null;
  }

  /** {@code responseElements} when it is an object, otherwise {@code null}. */
  public JsonNode response() {
    JsonNode n = root.get("responseElements");
    return n != null && n.isObject() ? n : null;
  }
}
