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

  /**
   * An unmodifiable copy of {@code list}, or {@code null}; a list made by {@link #adopt(ArrayList)}
   * is already one, and is kept as it is.
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list instanceof Adopted) {
      return list;
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * An unmodifiable copy of {@code map} in its iteration order, or {@code null}; a map made by
   * {@link #adopt(LinkedHashMap)} is already one, and is kept as it is.
   */
  public static <V> Map<String, V> map(Map<String, V> map) {
    if (map == null || map instanceof AdoptedMap) {
      return map;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * An unmodifiable view of a list that its maker hands over and never touches again, as a reader
   * does with the list it has just filled: generated classes keep it without copying it.
   */
  public static <T> List<T> adopt(ArrayList<T> list) {
    return new Adopted<>(list);
  }

  /** An unmodifiable view of a map its maker hands over; see {@link #adopt(ArrayList)}. */
  public static <V> Map<String, V> adopt(LinkedHashMap<String, V> map) {
    return new AdoptedMap<>(map);
  }

  /** An unmodifiable list over an array list nobody else holds. */
  private static final class Adopted<T> extends java.util.AbstractList<T>
      implements java.util.RandomAccess {
    private final ArrayList<T> list;

    Adopted(ArrayList<T> list) {
      this.list = list;
    }

    @Override
    public T get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  /** An unmodifiable map over a linked hash map nobody else holds. */
  private static final class AdoptedMap<V> extends java.util.AbstractMap<String, V> {
    private final Map<String, V> map;

    AdoptedMap(LinkedHashMap<String, V> map) {
      this.map = Collections.unmodifiableMap(map);
    }

    @Override
    public V get(Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public java.util.Set<Map.Entry<String, V>> entrySet() {
      return map.entrySet();
    }
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
