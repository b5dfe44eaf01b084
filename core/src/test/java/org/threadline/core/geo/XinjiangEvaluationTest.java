package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The team's labelled set (data/eval/xinjiang_*.csv): the bar is recall >= 0.99, FPR <= 0.5%. */
class XinjiangEvaluationTest {
  private static XinjiangEvaluation.Result result;

  @BeforeAll
  static void run() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("xinjiang_handwritten.csv", Geo.lines("eval/xinjiang_handwritten.csv"));
    files.put("xinjiang_generated.csv", Geo.lines("eval/xinjiang_generated.csv"));
    result = XinjiangEvaluation.run(Geo.DETECTOR, XinjiangEvaluation.readAll(files));
  }

  @Test
  void theSetHasAtLeastAThousandRowsAndEverySignal() {
    assertThat(result.rows()).isGreaterThanOrEqualTo(1000);
    for (XinjiangEvaluation.Confusion c : result.perSignal()) {
      assertThat(c.truePositives() + c.falseNegatives()).as(c.what()).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void overallRecallIsAtLeast99PercentAndFalsePositiveRateAtMostHalfAPercent() {
    assertThat(result.overall().recall()).as(misses("xinjiang")).isGreaterThanOrEqualTo(0.99);
    assertThat(result.overall().falsePositiveRate()).as(misses("xinjiang")).isLessThanOrEqualTo(0.005);
  }

  @Test
  void everySignalMeetsTheSameBar() {
    for (XinjiangEvaluation.Confusion c : result.perSignal()) {
      assertThat(c.recall()).as(c.what() + " recall; " + misses(c.what())).isGreaterThanOrEqualTo(0.99);
      assertThat(c.falsePositiveRate()).as(c.what() + " FPR; " + misses(c.what())).isLessThanOrEqualTo(0.005);
    }
  }

  private static String misses(String what) {
    StringBuilder sb = new StringBuilder();
    for (XinjiangEvaluation.Miss m : result.misses()) {
      if (m.what().equals(what)) {
        sb.append("\n  ").append(m.id()).append(m.expected() ? " missed: " : " false alarm: ").append(m.got())
            .append(" [").append(m.note()).append(']');
      }
    }
    return sb.toString();
  }
}
