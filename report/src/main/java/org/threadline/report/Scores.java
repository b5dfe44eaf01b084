package org.threadline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scores as every output writes them: rounded half-up to three decimals, so the same finding
 * shows the same number in JSON, CSV, XLSX and HTML.
 */
public final class Scores {
  private Scores() {}

  /**
   * The score rounded to three decimals. Rounds the shortest decimal form of the double (so
   * 0.9445 gives 0.945, as a reader expects, not 0.944 from its binary neighbour).
   *
   * @throws IllegalArgumentException for NaN or an infinite value, which no valid finding has
   */
  public static double round(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("a score must be a finite number, got " + score);
    }
    return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }

  /** The rounded score as text without exponent or trailing zeros: {@code 0.94}, {@code 1}. */
  public static String text(double score) {
    return BigDecimal.valueOf(round(score)).stripTrailingZeros().toPlainString();
  }
}
