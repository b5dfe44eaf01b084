package org.threadline.media.eval;

import java.util.Locale;

/**
 * Counts of one evaluated detection: true positives, false positives, false negatives.
 * Precision and recall are 1 when there is nothing to find and nothing found.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** This score plus another. */
  public Score plus(Score o) {
    return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  /** "P 0.967  R 1.000  (tp 29, fp 1, fn 0)". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  (tp %d, fp %d, fn %d)",
        precision(), recall(), truePositives, falsePositives, falseNegatives);
  }
}
