package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from blocking keys to list names, so that a query is scored against a few
 * likely names rather than all of them.
 *
 * <p>Keys come from the trade name: its whole spelling, its first and last three letters, its
 * letter pairs (so that a typing error still shares most keys), its translated words, and the consonant classes of its first two syllable onsets ({@code daqo}
 * and {@code da quan} both give {@code dj}; {@code hoshine} and {@code he sheng} both give
 * {@code hs}), so that romanisations that drift from pinyin still meet. Names without a trade
 * name are keyed by their places and industries. A query collects the names that share its
 * keys, ranked by the summed rarity of the shared keys, and keeps the best {@code limit}.
 * Thread-safe after construction.
 */
public final class CandidateIndex {
  private final Map<String, int[]> postings;
  private final int size;
  private final int maxPostings;
  /** Share of the best candidate's key weight a name needs to be a candidate. */
  static final float MIN_SHARE = 0.3f;
  private final ThreadLocal<Scratch> scratch;

  /** Indexes the names, whose ids are their positions in the list. */
  public CandidateIndex(List<ParsedName> names) {
    Map<String, List<Integer>> build = new HashMap<>();
    for (int id = 0; id < names.size(); id++) {
      for (String key : keys(names.get(id))) { // not kept on the name: a list holds millions
        build.computeIfAbsent(key, k -> new ArrayList<>(2)).add(id);
      }
    }
    Map<String, int[]> frozen = new HashMap<>(build.size() * 2);
    for (Map.Entry<String, List<Integer>> e : build.entrySet()) {
      frozen.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    this.postings = frozen;
    this.size = names.size();
    // Keys shared by more names than this tell too little to be worth walking (a letter pair
    // common to a hundredth of a large list); small lists use every key.
    this.maxPostings = Math.max(2000, names.size() / 100);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
  }

  /** Number of indexed names. */
  public int size() {
    return size;
  }

  /** The ids of at most {@code limit} candidate names for the query, best first. */
  public int[] candidates(ParsedName query, int limit) {
    Scratch s = scratch.get();
    s.reset();
    for (String key : query.blockingKeys()) {
      int[] ids = postings.get(key);
      if (ids == null || ids.length > maxPostings) {
        continue;
      }
      float w = (float) Math.log(1.0 + (double) size / ids.length);
      boolean strong = isStrong(key);
      for (int id : ids) {
        if (s.score[id] == 0f) {
          s.touched[s.count++] = id;
        }
        s.score[id] += w;
        s.strong[id] |= strong;
      }
    }
    // Names that share only a sliver of the query's letter pairs are not worth scoring: keep
    // those that share a telling key (the spelling, the onsets, a translated word, a place or
    // industry of a name without trade name) or are within reach of the best-sharing name.
    float top = 0f;
    for (int i = 0; i < s.count; i++) {
      top = Math.max(top, s.score[s.touched[i]]);
    }
    int n = 0;
    for (int i = 0; i < s.count; i++) {
      int id = s.touched[i];
      if (s.strong[id] || s.score[id] >= MIN_SHARE * top) {
        s.touched[n++] = id;
      } else {
        s.score[id] = 0f;
        s.strong[id] = false;
      }
    }
    s.count = n;
    if (n <= limit) {
      return Arrays.copyOf(s.touched, n);
    }
    // Partial selection of the best `limit` by accumulated weight.
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      int id = s.touched[i];
      packed[i] = ((long) Float.floatToIntBits(s.score[id]) << 32) | (id & 0xffffffffL);
    }
    Arrays.sort(packed);
    int[] out = new int[limit];
    for (int i = 0; i < limit; i++) {
      out[i] = (int) packed[n - 1 - i];
    }
    return out;
  }

  /** The blocking keys of a name. */
  static Set<String> keys(ParsedName name) {
    Set<String> keys = new LinkedHashSet<>();
    List<Term> trade = name.tradeTerms();
    if (!trade.isEmpty()) {
      StringBuilder joined = new StringBuilder();
      for (Term t : trade) {
        joined.append(t.syllables() != null ? String.join("", t.syllables()) : t.key());
        if (t.role() == Term.Role.WORD) {
          keys.add("w:" + t.key());
        }
      }
      String spelling = SoundAlikeSpelling.canonical(joined.toString());
      keys.add("t:" + spelling);
      keys.add("o:" + onsets(spelling));
      if (spelling.length() >= 3) {
        keys.add("p:" + spelling.substring(0, 3));
        keys.add("s:" + spelling.substring(spelling.length() - 3));
      }
      for (int i = 0; i + 2 <= spelling.length(); i++) {
        keys.add("b:" + spelling.substring(i, i + 2));
      }
      // A place may be the trade name on the other side (灵宝麟志 / Lingbao Linzhi); and the
      // place ranks, without making a candidate on its own, the names of that place first
      // among those whose trade names are spelled alike (a typing error in a large list).
      for (Term t : name.terms()) {
        if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
          keys.add("q:" + t.key());
          keys.add("t:" + SoundAlikeSpelling.canonical(t.key()));
          if (t.han() == null && !t.surface().equals(t.key())) {
            keys.add("t:" + SoundAlikeSpelling.canonical(t.surface()));
          }
        }
      }
      return keys;
    }
    for (Term t : name.terms()) {
      switch (t.role()) {
        case REGION, QUALIFIER -> {
          keys.add("r:" + t.key());
          keys.add("t:" + SoundAlikeSpelling.canonical(t.key()));
        }
        case INDUSTRY -> keys.add("i:" + t.key());
        case NUMBER -> keys.add("n:" + t.key());
        default -> keys.add("g:" + t.key());
      }
    }
    return keys;
  }

  private static boolean isStrong(String key) {
    char c = key.charAt(0);
    return c != 'b' && c != 'p' && c != 's' && c != 'q';
  }

  /** Consonant classes of the first two syllable onsets of a Latin spelling. */
  static String onsets(String s) {
    StringBuilder out = new StringBuilder(2);
    int i = 0;
    while (i < s.length() && out.length() < 2) {
      int start = i;
      while (i < s.length() && !isVowel(s.charAt(i))) {
        i++;
      }
      out.append(onsetClass(s.substring(start, i)));
      while (i < s.length() && isVowel(s.charAt(i))) {
        i++;
      }
      // a final n or ng closes the syllable before the next onset (hesheng: he-sheng)
      if (i + 1 < s.length() && s.charAt(i) == 'n' && !isVowel(s.charAt(i + 1))) {
        i += s.startsWith("ng", i) && i + 2 < s.length() && !isVowel(s.charAt(i + 2)) ? 2 : 1;
      }
    }
    return out.toString();
  }

  private static char onsetClass(String c) {
    if (c.isEmpty() || c.equals("w") || c.equals("y")) {
      return 'w';
    }
    if (c.startsWith("zh") || c.startsWith("ch") || c.startsWith("j") || c.startsWith("q")) {
      return 'j';
    }
    if (c.startsWith("sh") || c.startsWith("hs") || c.startsWith("x") || c.startsWith("s")) {
      return 's';
    }
    if (c.startsWith("ts") || c.startsWith("tz") || c.startsWith("z") || c.startsWith("c")) {
      return 'z';
    }
    switch (c.charAt(0)) {
      case 'k': case 'g': return 'g';
      case 't': case 'd': return 'd';
      case 'p': case 'b': return 'b';
      default: return c.charAt(0);
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static final class Scratch {
    final float[] score;
    final boolean[] strong;
    final int[] touched;
    int count;

    Scratch(int size) {
      score = new float[size];
      strong = new boolean[size];
      touched = new int[size];
    }

    void reset() {
      for (int i = 0; i < count; i++) {
        score[touched[i]] = 0f;
        strong[touched[i]] = false;
      }
      count = 0;
    }
  }
}
