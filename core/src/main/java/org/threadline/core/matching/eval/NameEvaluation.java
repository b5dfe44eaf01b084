package org.threadline.core.matching.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of scored pairs: overall, per category, on the cross-script pairs,
 * at one threshold and as a curve over thresholds.
 */
public final class NameEvaluation {
  private final List<ScoredPair> pairs;

  public NameEvaluation(List<ScoredPair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** The scored pairs. */
  public List<ScoredPair> pairs() {
    return pairs;
  }

  /** Counts over all pairs at the threshold. */
  public Counts overall(double threshold) {
    return Counts.of(pairs, threshold);
  }

  /** Counts over the Chinese-script queries against Latin-script entries. */
  public Counts crossScript(double threshold) {
    return Counts.of(select(p -> p.pair().crossScript()), threshold);
  }

  /** Counts per category, categories in alphabetical order. */
  public Map<String, Counts> byCategory(double threshold) {
    Map<String, List<ScoredPair>> groups = new TreeMap<>();
    for (ScoredPair p : pairs) {
      groups.computeIfAbsent(p.pair().category(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Counts> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, Counts.of(v, threshold)));
    return out;
  }

  /**
   * The highest recall on the selected pairs at any threshold where precision is at least the
   * given floor; 0 when no threshold reaches it.
   */
  public double bestRecallAtPrecision(double precisionFloor, boolean crossScriptOnly) {
    List<ScoredPair> chosen = crossScriptOnly ? select(p -> p.pair().crossScript()) : pairs;
    double best = 0.0;
    for (double t : thresholds(chosen)) {
      Counts c = Counts.of(chosen, t);
      if (c.precision() >= precisionFloor) {
        best = Math.max(best, c.recall());
      }
    }
    return best;
  }

  private static List<Double> thresholds(List<ScoredPair> chosen) {
    List<Double> t = new ArrayList<>();
    for (ScoredPair p : chosen) {
      if (p.score() > 0) {
        t.add(p.score());
      }
    }
    return t;
  }

  private List<ScoredPair> select(Predicate<ScoredPair> which) {
    return pairs.stream().filter(which).toList();
  }
}
