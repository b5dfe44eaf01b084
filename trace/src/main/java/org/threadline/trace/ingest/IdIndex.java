package org.threadline.trace.ingest;

import java.util.Arrays;

/**
 * The position of each id of a table (party ids, flow ids), for millions of ids: no entry or
 * boxed integer object per id, and one array slot per id holding its hash and its position
 * together, so that adding an id touches one place in memory and a lookup reads a string only
 * when the hashes agree. The ids themselves are kept in the order they were added.
 */
final class IdIndex {
  private static final long EMPTY = 0;

  /** Per slot: the id's hash in the high half, its position plus one in the low half. */
  private long[] slots;
  private String[] ids;
  private int size;
  private int mask;

  /** An empty index sized for about {@code expected} ids (it grows as needed). */
  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected + (expected >> 1))) << 1;
    slots = new long[capacity];
    ids = new String[Math.max(16, expected)];
    mask = capacity - 1;
  }

  /** The position of the id, or -1 when it is not in the index. */
  int get(String id) {
    int h = spread(id.hashCode());
    for (int i = h & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
      long s = slots[i];
      if ((int) (s >>> 32) == h) {
        int position = (int) s - 1;
        if (ids[position].equals(id)) {
          return position;
        }
      }
    }
    return -1;
  }

  /**
   * Adds the id at the next position ({@link #size()}) unless it is there already.
   *
   * @return -1 when added, else the position the id already has
   */
  int add(String id) {
    if ((size + 1) * 4 > slots.length * 3) {
      grow();
    }
    int h = spread(id.hashCode());
    int i = h & mask;
    for (; slots[i] != EMPTY; i = (i + 1) & mask) {
      long s = slots[i];
      if ((int) (s >>> 32) == h) {
        int position = (int) s - 1;
        if (ids[position].equals(id)) {
          return position;
        }
      }
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size] = id;
    size++;
    slots[i] = (long) h << 32 | size;
    return -1;
  }

  /** How many ids the index holds; the next one added gets this position. */
  int size() {
    return size;
  }

  /** String hashes of ids like {@code F123} differ in their low bits only a little: mix them. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long s : old) {
      if (s != EMPTY) {
        int i = (int) (s >>> 32) & mask;
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }
}
