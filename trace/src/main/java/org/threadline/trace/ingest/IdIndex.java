package org.threadline.trace.ingest;



/**
 * The position of each id of a table (party ids, flow ids): open addressing over three parallel
 * arrays, so that five million flow ids take no entry or boxed integer object each, and a lookup
 * compares the stored hash before it touches a string.
 */
final class IdIndex {
  private String[] keys;
  private int[] hashes;
  private int[] values;
  private int size;
  private int mask;

  /** An empty index sized for about {@code expected} ids (it grows as needed). */
  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected + (expected >> 1))) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The position of the id, or -1 when it is not in the index. */
  int get(String id) {
    int h = spread(id.hashCode());
    for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(id)) {
        return values[i];
      }
    }
    return -1;
  }

  /**
   * Adds the id at {@code position} unless it is there already.
   *
   * @return -1 when added, else the position the id already has
   */
  int putIfAbsent(String id, int position) {
    if ((size + 1) * 4 > keys.length * 3) {
      grow();
    }
    int h = spread(id.hashCode());
    int i = h & mask;
    for (; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(id)) {
        return values[i];
      }
    }
    keys[i] = id;
    hashes[i] = h;
    values[i] = position;
    size++;
    return -1;
  }

  int size() {
    return size;
  }

  /** String hashes of ids like {@code F123} differ in their low bits only a little: mix them. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    int capacity = oldKeys.length * 2;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }
}
