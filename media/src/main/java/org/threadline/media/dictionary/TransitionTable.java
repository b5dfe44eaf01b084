package org.threadline.media.dictionary;

import java.util.Arrays;

/**
 * The goto function of {@link PhraseAutomaton} for every state but the root: (state, char) to
 * state, in one open-addressing array of longs. Key and target share one long (key in the high
 * 40 bits, target in the low 24), so a lookup touches one cache line: the hot loop with 100,000
 * names is bound by memory, not by arithmetic. Holds up to 2^24 states.
 */
final class TransitionTable {
  static final int MAX_STATES = 1 << 24;
  private static final long EMPTY = -1L;
  private static final int TARGET_BITS = 24;
  private static final long TARGET_MASK = (1L << TARGET_BITS) - 1;
  /** The target recorded in a cache line for "no such transition". */
  private static final int MISSING = (int) TARGET_MASK;
  /** 2^15 lines of 8 bytes: 256 KB, about an L2 cache. */
  private static final int CACHE_BITS = 15;

  private long[] slots;
  private int mask;
  private int shift;
  private int size;

  TransitionTable(int expected) {
    allocate(Math.max(16, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) << 1));
  }

  /**
   * The target of (state, c), or -1, looked up first in {@code cache}: a small direct-mapped
   * table the caller keeps for itself (one per thread), holding recent answers. Text repeats the
   * same few thousand (state, char) pairs, which then come from the cache in L2 rather than from
   * a table of tens of megabytes.
   */
  int get(int state, char c, long[] cache) {
    long key = ((long) state << 16) | c;
    int line = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - CACHE_BITS));
    long cached = cache[line];
    if (cached >>> TARGET_BITS == key) {
      int t = (int) (cached & TARGET_MASK);
      return t == MISSING ? -1 : t;
    }
    int t = get(state, c);
    cache[line] = (key << TARGET_BITS) | (t < 0 ? MISSING : t);
    return t;
  }

  /** A fresh cache for {@link #get(int, char, long[])}. */
  static long[] newCache() {
    long[] cache = new long[1 << CACHE_BITS];
    Arrays.fill(cache, EMPTY);
    return cache;
  }

  /** The target of (state, c), or -1. */
  int get(int state, char c) {
    long key = ((long) state << 16) | c;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long entry = slots[slot];
      if (entry == EMPTY) {
        return -1;
      }
      if (entry >>> TARGET_BITS == key) {
        return (int) (entry & TARGET_MASK);
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds (state, c) -> target; the pair must not be there yet. */
  void put(int state, char c, int target) {
    if (target >= MAX_STATES - 1 || state >= MAX_STATES - 1) {
      throw new IllegalStateException("more than " + MAX_STATES + " automaton states");
    }
    if ((size + 1) * 2 > slots.length) {
      long[] old = slots;
      allocate(slots.length * 2);
      for (long entry : old) {
        if (entry != EMPTY) {
          insert(entry);
        }
      }
    }
    insert((((long) state << 16 | c) << TARGET_BITS) | target);
    size++;
  }

  private void insert(long entry) {
    long key = entry >>> TARGET_BITS;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (slots[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = entry;
  }

  private void allocate(int capacity) {
    slots = new long[capacity];
    Arrays.fill(slots, EMPTY);
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }
}
