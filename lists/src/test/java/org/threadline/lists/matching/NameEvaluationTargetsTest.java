package org.threadline.lists.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadline.core.matching.eval.LabelledPair;
import org.threadline.core.matching.eval.NameEvaluation;
import org.threadline.core.screening.RiskRules;

/** The matcher's quality targets on the team's labelled set, at the default threshold. */
class NameEvaluationTargetsTest {
  private static NameEvaluation evaluation;

  @BeforeAll
  static void run() {
    evaluation = BundledNameEvaluation.run();
  }

  @Test
  void labelledSetHasAtLeast800PairsWithHardNegatives() {
    assertThat(evaluation.pairs()).hasSizeGreaterThanOrEqualTo(800);
    assertThat(BundledNameEvaluation.labelledPairs()).filteredOn(p -> !p.match())
        .extracting(LabelledPair::category)
        .contains("neg_trade", "neg_trade_zh", "neg_parent", "neg_common");
  }

  @Test
  void overallF1IsAtLeast097() {
    assertThat(evaluation.overall(RiskRules.WORTH_A_LOOK).f1()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void crossScriptRecallIsAtLeast090AtPrecision095() {
    var c = evaluation.crossScript(RiskRules.WORTH_A_LOOK);
    assertThat(c.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(c.recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void everyMatchExplainsWhichEntryNameMatched() {
    assertThat(evaluation.pairs()).filteredOn(p -> p.match() != null)
        .allSatisfy(p -> assertThat(p.match().explanation().get(0).feature()).isEqualTo("name"));
  }
}
