package org.threadline.core.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much a term tells, from how rare its key is: inverse document frequency over the names of
 * the list being screened against plus a background corpus of ordinary Chinese company names
 * (admin places with common industry words). {@code Xinjiang} and {@code textile} come out
 * cheap, {@code polysilicon} and a county of Hotan dear. Immutable.
 */
public final class TermWeights {
  private final Map<String, Integer> documentFrequency;
  private final double logDocuments;
  // The rarity of the commonest document frequencies, worked out once.
  private final double[] rarityByFrequency;

  /** @param documents the set of term keys of each name */
  public TermWeights(Collection<? extends Set<String>> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> doc : documents) {
      for (String key : new HashSet<>(doc)) {
        df.merge(key, 1, Integer::sum);
      }
    }
    this.documentFrequency = Map.copyOf(df);
    this.logDocuments = Math.log(documents.size() + 2.0);
    this.rarityByFrequency = new double[1024];
    for (int f = 0; f < rarityByFrequency.length; f++) {
      rarityByFrequency[f] = rarityOf(f);
    }
  }

  /** Rarity of a key in [0.5, 1]: 1 for a key never seen, 0.5 for one in every name. */
  public double rarity(String key) {
    Integer df = documentFrequency.get(key);
    int f = df == null ? 0 : df;
    return f < rarityByFrequency.length ? rarityByFrequency[f] : rarityOf(f);
  }

  private double rarityOf(int df) {
    double idf = (logDocuments - Math.log(df + 1.0)) / logDocuments;
    return 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, idf));
  }
}
