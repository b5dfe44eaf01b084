package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void roundsHalfUpOnTheDecimalForm() {
    assertThat(Scores.round(0.9445)).isEqualTo(0.945);
    assertThat(Scores.round(0.94449)).isEqualTo(0.944);
    assertThat(Scores.round(1.0)).isEqualTo(1.0);
  }

  @Test
  void writesScoresWithoutTrailingZerosOrExponent() {
    assertThat(Scores.text(0.94)).isEqualTo("0.94");
    assertThat(Scores.text(1.0)).isEqualTo("1");
    assertThat(Scores.text(0.0)).isEqualTo("0");
    assertThat(Scores.text(0.0004)).isEqualTo("0");
    assertThat(Scores.text(0.0012)).isEqualTo("0.001");
  }

  @Test
  void refusesANonNumber() {
    assertThatThrownBy(() -> Scores.round(Double.NaN)).hasMessageContaining("NaN");
  }
}
