package org.threadline.core.geo;

import java.util.Arrays;

/**
 * A character trie whose edges live in one open-addressing hash table keyed by (node, char), and
 * whose nodes carry int values. Built once; reads allocate nothing and are safe from many threads
 * after construction.
 */
final class FormTrie {
  private long[] keys = new long[1 << 12];
  private int[] targets = new int[1 << 12];
  private int edges;
  private int nodes = 1;
  private int[][] values = new int[1 << 10][];
  private final int[] rootChildren = newRoot();

  private static int[] newRoot() {
    int[] root = new int[65536];
    Arrays.fill(root, -1);
    return root;
  }

  /** The root node. */
  static final int ROOT = 0;

  /** Adds {@code value} at the node for {@code key}. */
  void add(String key, int value) {
    int node = ROOT;
    for (int i = 0; i < key.length(); i++) {
      int next = child(node, key.charAt(i));
      if (next < 0) {
        next = nodes++;
        if (nodes > values.length) {
          values = Arrays.copyOf(values, values.length * 2);
        }
        put(node, key.charAt(i), next);
      }
      node = next;
    }
    int[] old = values[node];
    if (old == null) {
      values[node] = new int[] {value};
    } else {
      for (int v : old) {
        if (v == value) {
          return;
        }
      }
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = value;
      values[node] = grown;
    }
  }

  /** The child of {@code node} along {@code c}, or -1. */
  int child(int node, char c) {
    if (node == ROOT) {
      // Most walks end at the first character: the root's children are one array read away.
      return rootChildren[c];
    }
    long key = edgeKey(node, c);
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return targets[slot];
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The values stored at {@code node}, or null. */
  int[] values(int node) {
    return values[node];
  }

  /** The node reached by the whole of {@code key}, or -1. */
  int find(String key) {
    int node = ROOT;
    for (int i = 0; i < key.length() && node >= 0; i++) {
      node = child(node, key.charAt(i));
    }
    return node;
  }

  private void put(int node, char c, int target) {
    if (node == ROOT) {
      rootChildren[c] = target;
      return;
    }
    if ((edges + 1) * 2 > keys.length) {
      rehash();
    }
    long key = edgeKey(node, c);
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    targets[slot] = target;
    edges++;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[oldKeys.length * 2];
    targets = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        targets[slot] = oldTargets[i];
      }
    }
  }

  // +1 keeps the key of (root, '\0') away from the empty-slot marker 0.
  private static long edgeKey(int node, char c) {
    return (((long) node) << 16 | c) + 1;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
