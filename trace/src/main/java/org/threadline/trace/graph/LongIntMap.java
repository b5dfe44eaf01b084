package org.threadline.trace.graph;

import java.util.Arrays;

/**
 * A map from long keys to int values with open addressing: the node index of a (party, product)
 * pair, for millions of pairs without a boxed object per entry.
 */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    values = new int[cap];
    mask = cap - 1;
  }

  /** The value for the key, or -1. */
  int get(long key) {
    int i = slot(key);
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** The value for the key, putting {@code value} first when the key is absent. */
  int putIfAbsent(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
    return value;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }
}
