package org.threadline.core.matching.eval;

/**
 * Confusion counts of a set of scored pairs at one threshold, with precision, recall and F1.
 *
 * @param truePositives matches scored at or above the threshold
 * @param falseNegatives matches scored below it
 * @param falsePositives non-matches scored at or above it
 * @param trueNegatives non-matches scored below it
 */
public record Counts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

  /** Counts the pairs against the threshold. */
  public static Counts of(Iterable<ScoredPair> pairs, double threshold) {
    int tp = 0, fn = 0, fp = 0, tn = 0;
    for (ScoredPair p : pairs) {
      boolean predicted = p.score() >= threshold;
      if (p.pair().match()) {
        if (predicted) {
          tp++;
        } else {
          fn++;
        }
      } else if (predicted) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Counts(tp, fn, fp, tn);
  }

  /** Number of pairs. */
  public int total() {
    return truePositives + falseNegatives + falsePositives + trueNegatives;
  }

  /** Share of predicted matches that are matches; 1 when nothing was predicted. */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** Share of matches found; 1 when there are none. */
  public double recall() {
    int positives = truePositives + falseNegatives;
    return positives == 0 ? 1.0 : (double) truePositives / positives;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
