package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CbpEntityCellPropertiesTest {
  private static final Gen<List<String>> NAMES = lists(
      lists(strings(range('a', 'z') + range('A', 'Z') + "()-.", 1, 10)
          .assuming(w -> !w.equalsIgnoreCase("and") && !w.toLowerCase().contains("a/k/a") && !w.matches("(?i)a\\.k\\.a\\.")), 1, 4)
          .map(ws -> String.join(" ", ws)),
      1, 5);

  @Test
  void akaSplittingGivesBackTheNameAndEveryAlias() {
    qt().forAll(NAMES).checkAssert(names -> {
      CbpEntityCell cell = CbpEntityCell.parse(String.join(", a/k/a ", names));
      List<String> all = new ArrayList<>();
      all.add(cell.name());
      all.addAll(cell.aliases());
      assertThat(all).isEqualTo(names);
    });
  }

  @Test
  void splitsEntitiesJoinedBySemicolonAndAnd() {
    CbpEntityCell c = CbpEntityCell.parse(
        "China Cattle Breeding Enterprise, a/k/a Zhongguo Yangniu Zonghe Qiye; Xinjiang Kashgar Prefecture Yecheng County Cattle Farm");
    assertThat(c.name()).isEqualTo("China Cattle Breeding Enterprise");
    assertThat(c.aliases()).containsExactly("Zhongguo Yangniu Zonghe Qiye", "Xinjiang Kashgar Prefecture Yecheng County Cattle Farm");
    CbpEntityCell joined = CbpEntityCell.parse(
        "Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co., Ltd.");
    assertThat(joined.name()).isEqualTo("Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co., Ltd.");
    assertThat(joined.aliases()).containsExactly("Yili Zhuowan Garment Manufacturing Co., Ltd.", "Baoding LYSZD Trade and Business Co., Ltd.");
    assertThat(CbpEntityCell.parse("Fishing Vessel: Da Wang 1").aliases()).containsExactly("Da Wang 1");
  }
}
