package org.threadline.core.matching;

import java.util.Arrays;
import java.util.Map;

/**
 * The lexicon's Chinese words as a trie, so that the parser walks a run of characters one at a
 * time instead of cutting out and looking up every substring. Edges are kept in one
 * open-addressing table keyed by (node, character). Immutable after construction.
 */
final class HanWordTrie {
  /** The root node. */
  static final int ROOT = 0;

  private final long[] keys;
  private final int[] targets;
  private final int mask;
  private final LexiconEntry[] entries;

  /** A trie of the given words. */
  HanWordTrie(Map<String, LexiconEntry> words) {
    int chars = 0;
    for (String w : words.keySet()) {
      chars += w.length();
    }
    int size = Integer.highestOneBit(Math.max(16, chars * 2)) * 2;
    this.keys = new long[size];
    this.targets = new int[size];
    this.mask = size - 1;
    Arrays.fill(keys, -1L);
    LexiconEntry[] found = new LexiconEntry[chars + 1];
    int nodes = 1;
    for (Map.Entry<String, LexiconEntry> w : words.entrySet()) {
      int node = ROOT;
      String word = w.getKey();
      for (int i = 0; i < word.length(); i++) {
        int next = child(node, word.charAt(i));
        if (next < 0) {
          next = nodes++;
          put(node, word.charAt(i), next);
        }
        node = next;
      }
      found[node] = w.getValue();
    }
    this.entries = Arrays.copyOf(found, nodes);
  }

  /** The node reached from {@code node} by {@code c}, or -1. */
  int child(int node, char c) {
    long key = ((long) node << 16) | c;
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return targets[slot];
      }
      if (k == -1L) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The word ending at {@code node}, or null. */
  LexiconEntry entry(int node) {
    return entries[node];
  }

  private void put(int node, char c, int target) {
    long key = ((long) node << 16) | c;
    int slot = slot(key);
    while (keys[slot] != -1L) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    targets[slot] = target;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
