package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a Latin word into pinyin syllables when it is written in pinyin ({@code daquan} is
 * {@code da quan}), preferring the fewest syllables ({@code xian} stays one syllable).
 */
public final class PinyinSyllables {
  private static final int LONGEST = 6;
  private final Set<String> inventory;

  /** @param inventory the valid toneless syllables */
  public PinyinSyllables(Set<String> inventory) {
    if (inventory.isEmpty()) {
      throw new IllegalArgumentException("the syllable inventory is empty");
    }
    this.inventory = Set.copyOf(inventory);
  }

  /** True when the word is one valid syllable. */
  public boolean isSyllable(String word) {
    return inventory.contains(word);
  }

  /** The syllables of the word, or null when it is not wholly pinyin. */
  public List<String> segment(String word) {
    int n = word.length();
    if (n == 0 || n > 40) {
      return null;
    }
    int[] best = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int i = 0; i < n; i++) {
      if (best[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (int len = 1; len <= LONGEST && i + len <= n; len++) {
        if (inventory.contains(word.substring(i, i + len)) && best[i] + 1 < best[i + len]) {
          best[i + len] = best[i] + 1;
          from[i + len] = i;
        }
      }
    }
    if (best[n] == Integer.MAX_VALUE) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      out.add(0, word.substring(from[end], end));
    }
    return out;
  }
}
