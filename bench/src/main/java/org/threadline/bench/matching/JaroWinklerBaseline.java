package org.threadline.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.threadline.core.lists.ListEntry;

/**
 * Baseline: brute-force Jaro-Winkler (Apache Commons Text) of the lower-cased, punctuation-free
 * name against every name and alias of every entry; an entry's score is its best name's.
 */
final class JaroWinklerBaseline {
  private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
  private final List<ListEntry> entries;
  private final String[] names;
  private final int[] owner;

  JaroWinklerBaseline(List<ListEntry> entries) {
    this.entries = entries;
    List<String> n = new ArrayList<>();
    List<Integer> o = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String name : entries.get(i).names()) {
        n.add(simple(name));
        o.add(i);
      }
    }
    this.names = n.toArray(new String[0]);
    this.owner = o.stream().mapToInt(Integer::intValue).toArray();
  }

  static String simple(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("\\s+", " ").trim();
  }

  /** The best score per entry, as an array indexed like the entries. */
  double[] scores(String query) {
    String q = simple(query);
    double[] best = new double[entries.size()];
    for (int i = 0; i < names.length; i++) {
      double s = jw.apply(q, names[i]);
      if (s > best[owner[i]]) {
        best[owner[i]] = s;
      }
    }
    return best;
  }

  /** The best entry index and score. */
  double[] top(String query) {
    String q = simple(query);
    double best = -1;
    int at = -1;
    for (int i = 0; i < names.length; i++) {
      double s = jw.apply(q, names[i]);
      if (s > best) {
        best = s;
        at = owner[i];
      }
    }
    return new double[] {at, best};
  }
}
