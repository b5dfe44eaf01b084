package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CbpEntityCellPropertiesTest {
  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars('(', ')', '-', '.').ofMinLength(1).ofMaxLength(10)
        .filter(w -> !w.equalsIgnoreCase("and") && !w.toLowerCase().contains("a/k/a") && !w.matches("(?i)a\\.k\\.a\\."));
    return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws)).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void akaSplittingGivesBackTheNameAndEveryAlias(@ForAll("names") List<String> names) {
    CbpEntityCell cell = CbpEntityCell.parse(String.join(", a/k/a ", names));
    List<String> all = new ArrayList<>();
    all.add(cell.name());
    all.addAll(cell.aliases());
    assertThat(all).isEqualTo(names);
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
