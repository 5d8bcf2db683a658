package io.mctrail.model.cloudtrail;

import io.mctrail.model.mediaconvert.MediaConvertOperations;
import io.mctrail.model.runtime.OperationDescriptor;
import io.mctrail.model.runtime.PayloadResolver;
import io.mctrail.model.runtime.StructureDescriptor;
import java.util.Map;
import java.util.Set;

/**
 * Types a CloudTrail record's {@code requestParameters} and {@code responseElements}: for {@code
 * eventSource} {@value #EVENT_SOURCE} and an {@code eventName} of the model, the operation's input
 * and output structures; for any other record, free-form JSON.
 */
public final class MediaConvertPayloads implements PayloadResolver {

  /** The eventSource of MediaConvert's records. */
  public static final String EVENT_SOURCE = "mediaconvert.amazonaws.com";

  /** The one instance. */
  public static final MediaConvertPayloads INSTANCE = new MediaConvertPayloads();

  private static final Set<String> KEYS = Set.of("eventSource", "eventName");

  private MediaConvertPayloads() {}

  @Override
  public Set<String> keys() {
    return KEYS;
  }

  @Override
  public StructureDescriptor<?> resolve(Map<String, String> strings, String memberJsonName) {
    OperationDescriptor op = operation(strings.get("eventSource"), strings.get("eventName"));
    if (op == null) {
      return null;
    }
    return switch (memberJsonName) {
      case "requestParameters" -> op.input();
      case "responseElements" -> op.output();
      default -> null;
    };
  }

  /** The MediaConvert operation of a record, or {@code null} when it is not one. */
  public static OperationDescriptor operation(String eventSource, String eventName) {
    if (!EVENT_SOURCE.equals(eventSource) || eventName == null) {
      return null;
    }
    return MediaConvertOperations.ALL.get(eventName);
  }
}
