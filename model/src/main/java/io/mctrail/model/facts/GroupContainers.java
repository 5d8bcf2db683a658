package io.mctrail.model.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which containers each output group type takes, where the AWS model is silent: written by hand
 * from the documentation of {@code JobSettings.OutputGroups} (outputs are grouped by "a common
 * package type"; all unpackaged files "are grouped in a single output group") and of the package
 * containers ({@code ContainerSettings.MpdSettings}, {@code M3u8Settings}, {@code CmfcSettings}:
 * "the segments in your DASH outputs", "the MPEG2-TS segments in your HLS outputs", "the segments
 * in your CMAF outputs"). A streaming group takes the one container of its package; a file group
 * takes every other container the model knows.
 */
public final class GroupContainers {

  /** Streaming group type to the container of its package. */
  public static final Map<String, String> PACKAGE_CONTAINER;

  static {
    Map<String, String> packages = new LinkedHashMap<>();
    packages.put("DASH_ISO_GROUP_SETTINGS", "MPD");
    packages.put("HLS_GROUP_SETTINGS", "M3U8");
    packages.put("CMAF_GROUP_SETTINGS", "CMFC");
    packages.put("MS_SMOOTH_GROUP_SETTINGS", "ISMV");
    PACKAGE_CONTAINER = Collections.unmodifiableMap(packages);
  }

  /** The group type of files that are not a streaming package. */
  public static final String FILE_GROUP = "FILE_GROUP_SETTINGS";

  private GroupContainers() {}

  /** The container of a streaming group's package, or {@code null} for any other group type. */
  public static String packageContainer(String groupType) {
    return groupType == null ? null : PACKAGE_CONTAINER.get(groupType);
  }

  /** The streaming group type whose package {@code container} is, or {@code null}. */
  public static String packageGroup(String container) {
    for (Map.Entry<String, String> e : PACKAGE_CONTAINER.entrySet()) {
      if (e.getValue().equals(container)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Whether {@code groupType} is a streaming (segmented) group: any type but the file group. */
  public static boolean isStreaming(String groupType) {
    return groupType != null && !groupType.equals(FILE_GROUP);
  }

  /**
   * The containers of a file group: every container of the model's {@code ContainerType} but the
   * streaming packages', in model order.
   */
  public static List<String> fileContainers() {
    List<String> out = new ArrayList<>(SettingsMembers.CONTAINER.values());
    out.removeAll(PACKAGE_CONTAINER.values());
    return List.copyOf(out);
  }

  /**
   * The containers an output of a group of {@code groupType} may name: its package's for a
   * streaming group, {@link #fileContainers()} for a file group, none for a type the model does not
   * know.
   */
  public static List<String> containers(String groupType) {
    String container = packageContainer(groupType);
    if (container != null) {
      return List.of(container);
    }
    return FILE_GROUP.equals(groupType) ? fileContainers() : List.of();
  }
}
