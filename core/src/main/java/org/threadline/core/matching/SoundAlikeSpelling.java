package org.threadline.core.matching;

import java.util.List;

/**
 * How alike two spellings of a trade name are, in [0,1], knowing that one of them is often
 * pinyin and the other a company's own romanisation of it (大全 da quan ~ Daqo, 合盛 he sheng ~
 * Hoshine, 浩林 hao lin ~ Hollin).
 *
 * <p>When one side is pinyin, the other spelling is cut into as many pieces as there are
 * syllables, each piece compared to its syllable: the initial consonants must agree (or be
 * romanisation variants of each other: k/g, t/d, p/b, ts/z/c, ch/q/zh/j, hs/x/s), the finals may
 * drift (vowels cost half a letter, a dropped final g or e costs little). When both sides are
 * valid pinyin with the same number of syllables, a different syllable is a different name
 * (中泰 zhong tai is not 中天 zhong tian), so syllables are compared one by one; pinyin against
 * pinyin of another length, and other spellings, are judged by edit distance (typing errors). An acronym of the syllables' initials (晶澳 jing ao ~
 * JA) also counts. Stateless and thread-safe.
 */
public final class SoundAlikeSpelling {

  /** The similarity of two spellings, with their pinyin syllables where known (else null). */
  public double similarity(String a, List<String> aSyl, String b, List<String> bSyl) {
    return similarity(a, aSyl, b, bSyl, 0.0);
  }

  /**
   * Like {@link #similarity(String, List, String, List)}, but may return any value below
   * {@code floor} as soon as it knows the similarity cannot reach it.
   */
  public double similarity(String a, List<String> aSyl, String b, List<String> bSyl, double floor) {
    String x = canonical(a);
    String y = canonical(b);
    if (x.equals(y)) {
      return 1.0;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0.0;
    }
    boolean bothPinyin = aSyl != null && bSyl != null;
    boolean mayAlign = !bothPinyin && (bSyl != null && bSyl.size() > 1 || aSyl != null && aSyl.size() > 1);
    double lengthBound = 1.0 - (double) Math.abs(x.length() - y.length()) / Math.max(x.length(), y.length());
    if (lengthBound < floor && !mayAlign && !(bothPinyin && aSyl.size() == bSyl.size())) {
      return 0.0;
    }
    if (aSyl != null && bSyl != null && aSyl.size() == bSyl.size() && aSyl.size() > 1) {
      // Both are pinyin: compare syllable by syllable; the edit distance would forgive a
      // different syllable as if it were a typing error.
      double sum = 0;
      for (int i = 0; i < aSyl.size(); i++) {
        String s = canonical(aSyl.get(i));
        String t = canonical(bSyl.get(i));
        sum += s.equals(t) ? 1.0 : 0.35 * syllableSimilarity(s, t);
      }
      return sum / aSyl.size();
    }
    double best = lengthBound < floor ? 0.0 : editSimilarity(x, y, floor);
    if (aSyl != null && bSyl != null) {
      // Both are pinyin with a different number of syllables: other names, or a typing error
      // that the edit distance judges.
      return best;
    }
    if (bSyl != null && bSyl.size() > 1) {
      best = Math.max(best, acronym(x, bSyl));
      if (best < 1.0 && alignBound(x, bSyl) >= floor) {
        best = Math.max(best, aligned(x, bSyl, floor));
      }
    }
    if (aSyl != null && aSyl.size() > 1) {
      best = Math.max(best, acronym(y, aSyl));
      if (best < 1.0 && alignBound(y, aSyl) >= floor) {
        best = Math.max(best, aligned(y, aSyl, floor));
      }
    }
    return best;
  }

  /** Lower case letters and digits, doubled letters single, ü as u. */
  static String canonical(String s) {
    if (isCanonical(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-') {
        continue;
      }
      if (c == 'v' && (prev == 'l' || prev == 'n')) {
        c = 'u';
      }
      if (c == 'ü') {
        c = 'u';
      }
      if (c != prev) {
        out.append(c);
      }
      prev = c;
    }
    return out.toString();
  }

  private static boolean isCanonical(String s) {
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == 'ü' || c == prev || c == 'v' && (prev == 'l' || prev == 'n')) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** 1 - (optimal string alignment distance / longer length). */
  static double editSimilarity(String x, String y) {
    return editSimilarity(x, y, 0.0);
  }

  // As above, but gives up (returning 0) once the distance must exceed what the floor allows.
  private static double editSimilarity(String x, String y, double floor) {
    Scratch scratch = SCRATCH.take();
    try {
      return editSimilarityWith(x, y, floor, scratch);
    } finally {
      SCRATCH.give(scratch);
    }
  }

  private static double editSimilarityWith(String x, String y, double floor, Scratch scratch) {
    int n = x.length();
    int m = y.length();
    if (n == 0 || m == 0) {
      return n == m ? 1.0 : 0.0;
    }
    int allowed = (int) Math.floor((1.0 - floor) * Math.max(n, m) + 1e-9);
    if (floor > 0 && lettersApart(x, y, scratch.letters) > allowed) {
      return 0.0;
    }
    // Three rolling rows: the one before last is needed for transpositions.
    int[] prev2 = scratch.ints(0, m + 1);
    int[] prev = scratch.ints(1, m + 1);
    int[] cur = scratch.ints(2, m + 1);
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = i;
      char xi = x.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char yj = y.charAt(j - 1);
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (xi == yj ? 0 : 1));
        if (i > 1 && j > 1 && xi == y.charAt(j - 2) && x.charAt(i - 2) == yj) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      // A transposition can lower the next row by at most what this row shows, plus one.
      if (rowMin > allowed + 1) {
        return 0.0;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[m] / Math.max(n, m);
  }

  // A lower bound of the edit distance, counted in linear time: each edit adds at most one
  // letter and removes at most one (a transposition neither), so the distance is at least the
  // larger of the letters x has beyond y and those y has beyond x. Letters are counted in 64
  // buckets; letters that share one are counted as one, which only lowers the bound.
  private static int lettersApart(String x, String y, int[] count) {
    for (int i = 0; i < x.length(); i++) {
      count[x.charAt(i) & 63]++;
    }
    for (int i = 0; i < y.length(); i++) {
      count[y.charAt(i) & 63]--;
    }
    int more = 0;
    int fewer = 0;
    for (int b = 0; b < 64; b++) {
      int c = count[b];
      if (c > 0) {
        more += c;
      } else {
        fewer -= c;
      }
      count[b] = 0;
    }
    return Math.max(more, fewer);
  }

  // The first piece scores 0 unless its initial agrees with the first syllable's, which caps
  // the average; a cheap test that spares most alignments of unrelated names. The first piece
  // may end inside the consonants x starts with (b|w against bao|yi), so each of their
  // beginnings is tried.
  private static double alignBound(String x, List<String> syllables) {
    int k = syllables.size();
    String first = canonical(syllables.get(0));
    int xi = initialLength(x, 0, x.length());
    int si = initialLength(first, 0, first.length());
    for (int len = Math.min(1, xi); len <= xi; len++) {
      if (initialSimilarity(x, 0, len, first, 0, si) > 0) {
        return 1.0;
      }
    }
    return (k - 1.0) / k;
  }

  // Cuts x into syllables.size() pieces, maximising the sum of piece-to-syllable similarities.
  // States that cannot reach the floor even if every later syllable matched perfectly are not
  // extended; the optimum is unchanged whenever it reaches the floor.
  private static double aligned(String x, List<String> syllables, double floor) {
    Scratch scratch = SCRATCH.take();
    try {
      return alignedWith(x, syllables, floor, scratch);
    } finally {
      SCRATCH.give(scratch);
    }
  }

  private static double alignedWith(String x, List<String> syllables, double floor, Scratch scratch) {
    int n = x.length();
    int k = syllables.size();
    if (n < k || n > 40) {
      return 0.0;
    }
    double[] best = scratch.doubles((k + 1) * (n + 1));
    java.util.Arrays.fill(best, 0, (k + 1) * (n + 1), -1);
    best[0] = 0;
    double target = floor * k;
    int w = n + 1;
    for (int s = 0; s < k; s++) {
      String syl = canonical(syllables.get(s));
      int si = initialLength(syl, 0, syl.length());
      int maxPiece = syl.length() + 3;
      double reach = k - s; // the most the remaining syllables can add
      for (int i = 0; i < n; i++) {
        double here = best[s * w + i];
        if (here < 0 || here + reach < target) {
          continue;
        }
        int end = Math.min(n, i + maxPiece);
        int run = initialLength(x, i, end);
        // Pieces no longer than the run of consonants at i are all initial.
        for (int to = i + 1; to <= i + run; to++) {
          relax(best, (s + 1) * w + to, here + syllableSimilarity(x, i, to, syl, si));
        }
        // Longer pieces share the initial x[i, i + run) and differ in their finals.
        if (i + run < end) {
          double initial = initialSimilarity(x, i, run, syl, 0, si);
          if (initial > 0.0) {
            extendFinals(x, i + run, end, syl, si, 0.45 * initial, here, best, (s + 1) * w, scratch);
          } else {
            for (int to = i + run + 1; to <= end; to++) {
              relax(best, (s + 1) * w + to, here); // a piece that matches nothing scores 0
            }
          }
        }
      }
    }
    double last = best[k * w + n];
    return last < 0 ? 0.0 : last / k;
  }

  private static void relax(double[] best, int at, double v) {
    if (v > best[at]) {
      best[at] = v;
    }
  }

  // For every piece x[from, to) with from < to <= end, relaxes best[row + to] with here +
  // initialPart + 0.55 * finalSimilarity(piece, syllable final). The finals' distance table
  // grows a row at a time: every row but a piece's last is the same for all longer pieces, so
  // the table is filled once instead of once per piece. The sums are the ones finalSimilarity
  // makes, in the same order.
  private static void extendFinals(String x, int from, int end, String syl, int si,
      double initialPart, double here, double[] best, int row, Scratch scratch) {
    int m = syl.length() - si;
    double[] prev = scratch.row(0, m + 1);
    double[] cur = scratch.row(1, m + 1);
    double[] lastRow = scratch.row(2, m + 1);
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + insertCost(syl, si, syl.length(), si + j - 1);
    }
    for (int to = from + 1; to <= end; to++) {
      int n = to - from;
      double fin;
      if (n == m && x.regionMatches(from, syl, si, n)) {
        fin = 1.0;
      } else if (m == 0) {
        fin = n <= 1 ? 0.5 : 0.2;
      } else {
        char c = x.charAt(to - 1);
        // the piece's last letter, at its cost as a last letter
        fillRow(prev, lastRow, c, insertCost(x, from, to, to - 1), syl, si, m);
        fin = Math.max(0.0, 1.0 - lastRow[m] / Math.max(n, m));
      }
      relax(best, row + to, here + (initialPart + 0.55 * fin));
      if (m > 0 && to < end) {
        // the same letter as an inner letter of the longer pieces
        char c = x.charAt(to - 1);
        fillRow(prev, cur, c, isVowel(c) ? 0.7 : 1.0, syl, si, m);
        double[] t = prev;
        prev = cur;
        cur = t;
      }
    }
  }

  private static void fillRow(double[] prev, double[] cur, char c, double cost, String syl, int si, int m) {
    cur[0] = prev[0] + cost;
    for (int j = 1; j <= m; j++) {
      char y = syl.charAt(si + j - 1);
      double sub = c == y ? 0 : isVowel(c) && isVowel(y) ? 0.5 : 1.0;
      cur[j] = Math.min(Math.min(prev[j] + cost, cur[j - 1] + insertCost(syl, si, syl.length(), si + j - 1)),
          prev[j - 1] + sub);
    }
  }

  static double acronym(String x, List<String> syllables) {
    if (x.length() != syllables.size() || x.length() > 4) {
      return 0.0;
    }
    for (int i = 0; i < x.length(); i++) {
      String s = syllables.get(i);
      if (s.isEmpty() || s.charAt(0) != x.charAt(i)) {
        return 0.0;
      }
    }
    return 0.85;
  }

  /** How alike a piece of a romanisation is to one pinyin syllable, in [0,1]. */
  static double syllableSimilarity(String piece, String syllable) {
    return syllableSimilarity(piece, 0, piece.length(), syllable, initialLength(syllable, 0, syllable.length()));
  }

  // The piece is x[from, to); si is the length of the syllable's initial. Works on ranges: it
  // runs for every piece of every alignment, and substrings would cost more than the comparing.
  private static double syllableSimilarity(String x, int from, int to, String syl, int si) {
    int pi = initialLength(x, from, to);
    double initial = initialSimilarity(x, from, pi, syl, 0, si);
    if (initial == 0.0) {
      return 0.0;
    }
    double fin = finalSimilarity(x, from + pi, to, syl, si, syl.length());
    return 0.45 * initial + 0.55 * fin;
  }

  // Length of the consonants that open s[from, to).
  private static int initialLength(String s, int from, int to) {
    int i = from;
    while (i < to && !isVowel(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  // Initials a[af, af+an) and b[bf, bf+bn): 1 when equal, 0.8 when romanisation variants.
  private static double initialSimilarity(String a, int af, int an, String b, int bf, int bn) {
    if (an == bn && a.regionMatches(af, b, bf, an)) {
      return 1.0;
    }
    int ca = consonantClass(a, af, an);
    return ca != 0 && ca == consonantClass(b, bf, bn) ? 0.8 : 0.0;
  }

  // Romanisation systems (Wade-Giles, postal, brand spellings) write the same initial apart:
  // the class of those that have variants, 0 for any other initial (which only equals itself).
  private static int consonantClass(String s, int from, int len) {
    if (len == 0) {
      return 'w';
    }
    char c0 = s.charAt(from);
    if (len == 1) {
      switch (c0) {
        case 'k': case 'g': return 'g';
        case 't': case 'd': return 'd';
        case 'p': case 'b': return 'b';
        case 'z': case 'c': return 'z';
        case 'q': case 'j': return 'j';
        case 'x': case 's': return 's';
        case 'w': case 'y': return 'w';
        default: return 0;
      }
    }
    if (len == 2) {
      char c1 = s.charAt(from + 1);
      if (c0 == 't' && (c1 == 's' || c1 == 'z')) {
        return 'z';
      }
      if ((c0 == 'c' || c0 == 'z') && c1 == 'h') {
        return 'j';
      }
      if (c0 == 'h' && c1 == 's' || c0 == 's' && c1 == 'h') {
        return 's';
      }
    }
    return 0;
  }

  // Weighted edit distance of finals a[af, at) and b[bf, bt): vowel for vowel costs half; a
  // trailing g or e costs little (sheng ~ shen, shine ~ shin).
  private static double finalSimilarity(String a, int af, int at, String b, int bf, int bt) {
    Scratch scratch = SCRATCH.take();
    try {
      return finalSimilarityWith(a, af, at, b, bf, bt, scratch);
    } finally {
      SCRATCH.give(scratch);
    }
  }

  private static double finalSimilarityWith(String a, int af, int at, String b, int bf, int bt, Scratch scratch) {
    int n = at - af;
    int m = bt - bf;
    if (n == m && a.regionMatches(af, b, bf, n)) {
      return 1.0;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m) <= 1 ? 0.5 : 0.2;
    }
    // Two rolling rows of the distance table.
    double[] prev = scratch.row(0, m + 1);
    double[] cur = scratch.row(1, m + 1);
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + insertCost(b, bf, bt, bf + j - 1);
    }
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(af + i - 1);
      double ix = insertCost(a, af, at, af + i - 1);
      cur[0] = prev[0] + ix;
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(bf + j - 1);
        double sub = x == y ? 0 : isVowel(x) && isVowel(y) ? 0.5 : 1.0;
        cur[j] = Math.min(Math.min(prev[j] + ix, cur[j - 1] + insertCost(b, bf, bt, bf + j - 1)),
            prev[j - 1] + sub);
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.max(0.0, 1.0 - prev[m] / Math.max(n, m));
  }

  private static double insertCost(String s, int from, int to, int i) {
    char c = s.charAt(i);
    boolean last = i == to - 1;
    if (last && (c == 'g' || c == 'e')) {
      return 0.4;
    }
    return isVowel(c) ? 0.7 : 1.0;
  }

  private static final ScratchPool<Scratch> SCRATCH = ScratchPool.forCores(Scratch::new);

  // Work arrays, grown on demand and reused: the comparisons run millions of times a second.
  private static final class Scratch {
    private final int[][] ints = new int[3][16];
    private final double[][] rows = new double[3][16];
    private double[] table = new double[256];
    final int[] letters = new int[64];

    int[] ints(int which, int size) {
      if (ints[which].length < size) {
        ints[which] = new int[size * 2];
      }
      return ints[which];
    }

    double[] row(int which, int size) {
      if (rows[which].length < size) {
        rows[which] = new double[size * 2];
      }
      return rows[which];
    }

    double[] doubles(int size) {
      if (table.length < size) {
        table = new double[size * 2];
      }
      return table;
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
