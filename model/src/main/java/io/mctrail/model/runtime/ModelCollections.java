package io.mctrail.model.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Unmodifiable copies of the collections generated classes hold. Unlike {@code List.copyOf}, they
 * keep {@code null} elements, which CloudTrail may write and a lossless model must keep.
 */
public final class ModelCollections {

  private ModelCollections() {}

  /** An unmodifiable copy of {@code list}, or {@code null}. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy of {@code map} in its iteration order, or {@code null}. */
  public static <V> Map<String, V> map(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** An unmodifiable list of {@code f} applied to each element (nulls stay null), or null. */
  public static <T, R> List<R> mapList(List<T> list, Function<T, R> f) {
    if (list == null) {
      return null;
    }
    List<R> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(t == null ? null : f.apply(t));
    }
    return Collections.unmodifiableList(out);
  }
}
