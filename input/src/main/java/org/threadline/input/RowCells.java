package org.threadline.input;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one row of a delimited file as an unmodifiable map in header order: the row's
 * values in an array, looked up through one column index that every row of the file shares. A
 * five-million-row file then costs an array per row instead of a linked hash map built (and copied)
 * per row.
 */
final class RowCells extends AbstractMap<String, String> {
  private final Header columns;
  private final String[] values;

  private RowCells(Header columns, String[] values) {
    this.columns = columns;
    this.values = values;
  }

  /** The column names of one file and the position of each, shared by all its rows. */
  static final class Header {
    private final String[] names;
    private final Map<String, Integer> position;

    Header(List<String> names) {
      this.names = names.toArray(new String[0]);
      this.position = new HashMap<>(names.size() * 2);
      for (int i = 0; i < this.names.length; i++) {
        position.putIfAbsent(this.names[i], i);
      }
    }

    int size() {
      return names.length;
    }

    /** The row's cells; {@code values} (one per column, none null) becomes the row's own. */
    RowCells row(String[] values) {
      if (values.length != names.length) {
        throw new IllegalArgumentException(values.length + " values for " + names.length
            + " columns");
      }
      return new RowCells(this, values);
    }
  }

  /** The values in header order (the array itself: callers only read it). */
  String[] array() {
    return values;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return columns.position.containsKey(key);
  }

  @Override
  public String get(Object key) {
    Integer i = columns.position.get(key);
    return i == null ? null : values[i];
  }

  @Override
  public String getOrDefault(Object key, String defaultValue) {
    Integer i = columns.position.get(key);
    return i == null ? defaultValue : values[i];
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(columns.names[i], values[i]);
          }
        };
      }
    };
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ", ").append(columns.names[i]).append('=').append(values[i]);
    }
    return b.append('}').toString();
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof RowCells other && other.columns == columns) {
      return Arrays.equals(values, other.values);
    }
    return super.equals(o);
  }
}
