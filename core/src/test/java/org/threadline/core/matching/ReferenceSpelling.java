package org.threadline.core.matching;

import java.util.List;

/**
 * The straightforward form of {@link SoundAlikeSpelling} (every piece a substring, every table
 * filled, nothing pruned), kept as the reference its optimised form is tested against. The edit
 * distance is the optimised class's own, without a floor.
 */
final class ReferenceSpelling {


  /** The similarity of two spellings, with their pinyin syllables where known (else null). */
  double similarity(String a, List<String> aSyl, String b, List<String> bSyl) {
    return similarity(a, aSyl, b, bSyl, 0.0);
  }

  /**
   * Like {@link #similarity(String, List, String, List)}, but may return any value below
   * {@code floor} as soon as it knows the similarity cannot reach it.
   */
  double similarity(String a, List<String> aSyl, String b, List<String> bSyl, double floor) {
    String x = SoundAlikeSpelling.canonical(a);
    String y = SoundAlikeSpelling.canonical(b);
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
        String s = SoundAlikeSpelling.canonical(aSyl.get(i));
        String t = SoundAlikeSpelling.canonical(bSyl.get(i));
        sum += s.equals(t) ? 1.0 : 0.35 * syllableSimilarity(s, t);
      }
      return sum / aSyl.size();
    }
    double best = lengthBound < floor ? 0.0 : SoundAlikeSpelling.editSimilarity(x, y);
    if (aSyl != null && bSyl != null) {
      // Both are pinyin with a different number of syllables: other names, or a typing error
      // that the edit distance judges.
      return best;
    }
    if (bSyl != null && bSyl.size() > 1) {
      best = Math.max(best, SoundAlikeSpelling.acronym(x, bSyl));
      if (best < 1.0 && alignBound(x, bSyl) >= floor) {
        best = Math.max(best, aligned(x, bSyl));
      }
    }
    if (aSyl != null && aSyl.size() > 1) {
      best = Math.max(best, SoundAlikeSpelling.acronym(y, aSyl));
      if (best < 1.0 && alignBound(y, aSyl) >= floor) {
        best = Math.max(best, aligned(y, aSyl));
      }
    }
    return best;
  }



  // The first piece scores 0 unless its initial agrees with the first syllable's, which caps
  // the average; a cheap test that spares most alignments of unrelated names.
  private static double alignBound(String x, List<String> syllables) {
    int k = syllables.size();
    String first = SoundAlikeSpelling.canonical(syllables.get(0));
    int xi = initialLength(x);
    int si = initialLength(first);
    for (int len = Math.min(1, xi); len <= xi; len++) {
      if (initialSimilarity(x.substring(0, len), first.substring(0, si)) > 0) {
        return 1.0;
      }
    }
    return (k - 1.0) / k;
  }

  // Cuts x into syllables.size() pieces, maximising the sum of piece-to-syllable similarities.
  private static double aligned(String x, List<String> syllables) {
    int n = x.length();
    int k = syllables.size();
    if (n < k || n > 40) {
      return 0.0;
    }
    double[][] best = new double[k + 1][n + 1];
    for (double[] row : best) {
      java.util.Arrays.fill(row, -1);
    }
    best[0][0] = 0;
    for (int s = 0; s < k; s++) {
      String syl = SoundAlikeSpelling.canonical(syllables.get(s));
      int maxPiece = syl.length() + 3;
      for (int i = 0; i < n; i++) {
        if (best[s][i] < 0) {
          continue;
        }
        for (int len = 1; len <= maxPiece && i + len <= n; len++) {
          double v = best[s][i] + syllableSimilarity(x.substring(i, i + len), syl);
          if (v > best[s + 1][i + len]) {
            best[s + 1][i + len] = v;
          }
        }
      }
    }
    return best[k][n] < 0 ? 0.0 : best[k][n] / k;
  }


  /** How alike a piece of a romanisation is to one pinyin syllable, in [0,1]. */
  static double syllableSimilarity(String piece, String syllable) {
    int pi = initialLength(piece);
    int si = initialLength(syllable);
    double initial = initialSimilarity(piece.substring(0, pi), syllable.substring(0, si));
    if (initial == 0.0) {
      return 0.0;
    }
    String pf = piece.substring(pi);
    String sf = syllable.substring(si);
    double fin = finalSimilarity(pf, sf);
    return 0.45 * initial + 0.55 * fin;
  }

  private static int initialLength(String s) {
    int i = 0;
    while (i < s.length() && !isVowel(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static double initialSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    String ca = consonantClass(a);
    String cb = consonantClass(b);
    return ca != null && ca.equals(cb) ? 0.8 : 0.0;
  }

  // Romanisation systems (Wade-Giles, postal, brand spellings) write the same initial apart.
  private static String consonantClass(String c) {
    switch (c) {
      case "k": case "g": return "g";
      case "t": case "d": return "d";
      case "p": case "b": return "b";
      case "ts": case "tz": case "z": case "c": return "z";
      case "ch": case "q": case "zh": case "j": return "j";
      case "hs": case "x": case "s": case "sh": return "s";
      case "w": case "": case "y": return "w";
      default: return c.isEmpty() ? null : c;
    }
  }

  // Weighted edit distance of finals: vowel for vowel costs half; a trailing g or e costs little
  // (sheng ~ shen, shine ~ shin).
  private static double finalSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int n = a.length();
    int m = b.length();
    if (n == 0 || m == 0) {
      return Math.max(n, m) <= 1 ? 0.5 : 0.2;
    }
    double[][] d = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = d[i - 1][0] + insertCost(a, i - 1);
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + insertCost(b, j - 1);
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double sub = x == y ? 0 : isVowel(x) && isVowel(y) ? 0.5 : 1.0;
        d[i][j] =
            Math.min(
                Math.min(d[i - 1][j] + insertCost(a, i - 1), d[i][j - 1] + insertCost(b, j - 1)),
                d[i - 1][j - 1] + sub);
      }
    }
    return Math.max(0.0, 1.0 - d[n][m] / Math.max(n, m));
  }

  private static double insertCost(String s, int i) {
    char c = s.charAt(i);
    boolean last = i == s.length() - 1;
    if (last && (c == 'g' || c == 'e')) {
      return 0.4;
    }
    return isVowel(c) ? 0.7 : 1.0;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
