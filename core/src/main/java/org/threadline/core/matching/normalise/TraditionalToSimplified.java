package org.threadline.core.matching.normalise;

import com.ibm.icu.text.Transliterator;

/**
 * Converts Traditional Chinese characters to Simplified ones (合盛矽業 / 合盛硅業 become 合盛硅业),
 * using ICU's {@code Traditional-Simplified} transliterator.
 *
 * <p>The transliterator is run once per character of the CJK Unified Ideographs block when the
 * step is built, into a lookup table: company names need no context-dependent conversion, the
 * table is safe to share between threads, and a lookup is far cheaper than a transliteration.
 */
public final class TraditionalToSimplified implements TextStep {
  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9FFF';
  private final char[] simplified = new char[LAST - FIRST + 1];

  public TraditionalToSimplified() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    for (char c = FIRST; c <= LAST; c++) {
      String s = t.transliterate(String.valueOf(c));
      simplified[c - FIRST] = s.length() == 1 ? s.charAt(0) : c;
    }
    resolveChainsAndCycles();
  }

  // ICU maps a few characters in chains or cycles (苧 to 苎 and 苎 to 苧). Follow each chain to
  // its end, and leave characters of a cycle alone, so that the step is idempotent.
  private void resolveChainsAndCycles() {
    char[] original = simplified.clone();
    for (int i = 0; i < original.length; i++) {
      char c = (char) (FIRST + i);
      char target = original[i];
      int steps = 0;
      while (inRange(target) && original[target - FIRST] != target && steps < 8) {
        target = original[target - FIRST];
        steps++;
        if (target == c) {
          break;
        }
      }
      boolean settled = !inRange(target) || original[target - FIRST] == target;
      simplified[i] = settled && target != c ? target : c;
    }
  }

  private static boolean inRange(char c) {
    return c >= FIRST && c <= LAST;
  }

  @Override
  public String apply(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST && simplified[c - FIRST] != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = simplified[c - FIRST];
      }
    }
    return out == null ? text : new String(out);
  }
}
