package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScoresPropertiesTest {
  /**
   * Scores in [0, 1]: at full precision, with two decimals (as the earlier generator drew them) and with four,
   * which puts the half-up ties of the third decimal in reach; 0 and 1 are among them.
   */
  private static final Gen<Double> SCORES = Generate.frequency(
      Pair.of(2, doubles().between(0, 1)),
      Pair.of(1, integers().between(0, 100).map(n -> n / 100.0)),
      Pair.of(1, integers().between(0, 10_000).map(n -> n / 10_000.0)));

  @Test
  void textAndRoundedValueAgree() {
    qt().forAll(SCORES).checkAssert(score ->
        assertThat(Double.parseDouble(Scores.text(score))).isEqualTo(Scores.round(score)));
  }
}
