package org.threadline.core.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every number the name scorer weighs evidence with, read from one table ({@code
 * data/dictionaries/match_weights.tsv}) so that a reader sees them side by side with what each
 * means. Immutable.
 *
 * <p>Two kinds of numbers. The <em>similarity</em> weights say how much each part of a name
 * counts when two names are aligned part by part (the trade name most, then places, industries
 * and numbers). The <em>evidence</em> weights are in bits: how much an agreement or a conflict
 * tells that two names are one company, given how common that agreement is among real company
 * names. A name's score is its similarity, held below what its evidence supports.
 */
public final class MatchWeights {
  private final Map<String, Double> values;

  private MatchWeights(Map<String, Double> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Reads the table's rows ({@code name, value}, anything after is a comment).
   *
   * @throws IllegalArgumentException when a row is malformed or a weight the scorer needs is
   *     missing
   */
  public static MatchWeights of(List<String[]> rows) {
    Map<String, Double> values = new HashMap<>();
    for (String[] row : rows) {
      if (row.length < 2) {
        throw new IllegalArgumentException("match weight row has no value: " + String.join(" ", row));
      }
      try {
        values.put(row[0].strip(), Double.parseDouble(row[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("match weight " + row[0] + " is not a number: " + row[1]);
      }
    }
    TreeSet<String> missing = new TreeSet<>(REQUIRED);
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("match weights missing: " + missing);
    }
    return new MatchWeights(values);
  }

  private static final List<String> REQUIRED = List.of(
      "similarity.trade_name", "similarity.region", "similarity.industry", "similarity.number",
      "similarity.word", "missing.region", "missing.qualifier", "missing.industry",
      "missing.number", "missing.word", "cap.branch", "cap.subsidiary", "cap.uncovered_subsidiary",
      "cap.parent", "cap.different_place_and_industry", "cap.homophone",
      "cap.other_romanisation", "cap.lowest", "cap.per_bit_below_low", "bits.place.province", "bits.place.prefecture",
      "bits.place.county", "bits.place.conflict", "bits.industry.max", "bits.industry.broad", "bits.industry.conflict",
      "bits.industry.one_sided", "bits.industry.unshared", "bits.trade.latin", "bits.trade.english_word", "bits.trade.beyond_typo",
      "bits.trade.written_alike",
      "bits.trade.place_name", "bits.trade.other_romanisation", "bits.trade.dissimilarity", "bits.trade.dissimilarity_cross",
      "bits.number.missing", "bits.exact_name", "bits.exact_registered_name", "bits.low", "bits.high");

  /** The weight called {@code name}. */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no match weight called " + name);
    }
    return v;
  }

  /**
   * The highest score the evidence supports: 1 from {@code bits.high} bits on, falling in a
   * straight line to {@code cap.different_place_and_industry} (0.6, not worth a look) at {@code
   * bits.low}, and below that by {@code cap.per_bit_below_low} a bit, to no less than {@code
   * cap.lowest}: a name with little or no evidence for it scores low, whatever its letters.
   */
  public double capFor(double bits) {
    double low = get("bits.low");
    double high = get("bits.high");
    double floor = get("cap.different_place_and_industry");
    if (bits < low) {
      return Math.max(get("cap.lowest"), floor - get("cap.per_bit_below_low") * (low - bits));
    }
    double t = Math.min(1.0, (bits - low) / (high - low));
    return floor + (1.0 - floor) * t;
  }

  /** The weights by name, for a report. */
  public Map<String, Double> asMap() {
    return values;
  }
}
