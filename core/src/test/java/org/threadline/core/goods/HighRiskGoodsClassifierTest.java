package org.threadline.core.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;

class HighRiskGoodsClassifierTest {
  private static final TvpraList DOL = new TvpraList(
      ListInfo.builder("dol_tvpra")
          .title("DOL")
          .version("2016")
          .source("s")
          .retrieved("2026")
          .licence("public domain")
          .findingKind(FindingKind.HIGH_RISK_GOOD)
          .origin("bundled")
          .build(),
      List.of(new TvpraGood("China", "Cotton", true, true), new TvpraGood("Burma", "Bricks", true, false),
          new TvpraGood("Indonesia", "Oil (palm)", true, true), new TvpraGood("China", "Thread/Yarn", false, true)));

  private static final HighRiskGoodsClassifier CLASSIFIER = new HighRiskGoodsClassifier(
      HtsSectorTableTest.bundled(),
      List.of(new SectorKeyword("cotton and cotton products", "cotton"),
          new SectorKeyword("silica-based products", "polysilicon"),
          new SectorKeyword("silica-based products", "多晶硅"),
          new SectorKeyword("tomatoes and downstream products", "tomato")),
      DOL,
      new TvpraGoodTerms(Map.of("Oil (palm)", List.of("palm oil"))),
      new CountryNames(Map.of("Burma", "MM")));

  private static List<HighRiskGood> classify(String country, String product, String hts) {
    return CLASSIFIER.classify(Party.builder("1").country(country).product(product).hts(hts).build());
  }

  @Test
  void findsTheSectorOfAnHtsCodeWithItsSourceAndVersion() {
    assertThat(classify(null, null, "5205.11.1000")).singleElement().satisfies(g -> {
      assertThat(g.source()).isEqualTo("uflpa_sectors");
      assertThat(g.sourceVersion()).isEqualTo("test");
      assertThat(g.sector()).isEqualTo("cotton and cotton products");
      assertThat(g.evidence()).isEqualTo("5205.11.1000");
      assertThat(g.score()).isEqualTo(0.9);
      assertThat(g.explanation().get(0).detail()).contains("5205", "verify");
    });
  }

  @Test
  void findsSectorsAndDolGoodsInTheProductText() {
    List<HighRiskGood> found = classify("CN", "Combed cotton yarn, 40s", null);
    assertThat(found).extracting(HighRiskGood::source).containsExactly("uflpa_sectors", "dol_tvpra", "dol_tvpra");
    assertThat(found.get(1).good()).isEqualTo("Cotton");
    assertThat(found.get(1).country()).isEqualTo("China");
    assertThat(found.get(1).forcedLabour()).isTrue();
    assertThat(found.get(1).sourceVersion()).isEqualTo("2016");
    assertThat(found.get(2).good()).isEqualTo("Thread/Yarn");
  }

  @Test
  void reportsASectorOnceWhenCodeAndTextAgree() {
    assertThat(classify(null, "raw cotton", "5201.00")).singleElement()
        .satisfies(g -> assertThat(g.evidence()).isEqualTo("5201.00"));
  }

  @Test
  void comparesCountriesByCodeWhateverTheSpelling() {
    assertThat(classify("中国", "cotton", null)).anyMatch(g -> "Cotton".equals(g.good()));
    assertThat(classify("CHN", "cotton", null)).anyMatch(g -> "Cotton".equals(g.good()));
    assertThat(classify("Myanmar", "clay bricks", null)).singleElement().satisfies(g -> {
      assertThat(g.good()).isEqualTo("Bricks");
      assertThat(g.forcedLabour()).isFalse();
    });
    assertThat(classify("Vietnam", "cotton", null)).noneMatch(g -> "dol_tvpra".equals(g.source()));
  }

  @Test
  void usesTheTermsTableForGoodsWithBroadNames() {
    assertThat(classify("ID", "refined palm oil", null)).singleElement()
        .satisfies(g -> assertThat(g.good()).isEqualTo("Oil (palm)"));
    assertThat(classify("ID", "engine oil", null)).isEmpty();
  }

  @Test
  void matchesPluralsAndChineseText() {
    assertThat(classify(null, "Tomatoes, canned", null)).singleElement()
        .satisfies(g -> assertThat(g.sector()).isEqualTo("tomatoes and downstream products"));
    assertThat(classify(null, "太阳能级多晶硅", null)).singleElement()
        .satisfies(g -> assertThat(g.sector()).isEqualTo("silica-based products"));
  }

  @Test
  void singularAndPluralShareAStem() {
    for (String[] pair : new String[][] {{"shoe", "shoes"}, {"tomato", "tomatoes"}, {"battery", "batteries"},
        {"glass", "glasses"}, {"box", "boxes"}, {"shirt", "shirts"}, {"dress", "dresses"}}) {
      assertThat(ProductTerm.stem(pair[1])).as(pair[1]).isEqualTo(ProductTerm.stem(pair[0]));
    }
    assertThat(ProductTerm.stem("pangasius")).isEqualTo("pangasius");
  }

  @Test
  void findsNothingForGoodsAtNoRisk() {
    assertThat(classify("DE", "ball bearings", "8482.10")).isEmpty();
    assertThat(classify(null, null, null)).isEmpty();
  }
}
