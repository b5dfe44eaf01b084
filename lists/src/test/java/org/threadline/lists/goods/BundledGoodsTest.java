package org.threadline.lists.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.goods.HighRiskGoodsClassifier;
import org.threadline.core.goods.HtsSector;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;
import org.threadline.lists.ListStore;

class BundledGoodsTest {
  private static final HighRiskGoodsClassifier GOODS = BundledGoods.classifier(new ListStore(null).dolTvpra());

  private static List<HighRiskGood> classify(String country, String product, String hts) {
    return GOODS.classify(Party.builder("1").country(country).product(product).hts(hts).build());
  }

  @Test
  void theSectorTableHasEveryDomainSectorAndItsVersion() {
    var table = BundledGoods.sectorTable();
    assertThat(table.version()).isEqualTo("2025-08-19");
    assertThat(table.sectors()).containsExactly("apparel", "cotton and cotton products", "silica-based products",
        "tomatoes and downstream products", "aluminum", "PVC", "seafood", "steel", "copper", "lithium",
        "caustic soda", "red dates");
    assertThat(table.sectorOf("6006.21")).map(HtsSector::sector).contains("cotton and cotton products");
  }

  @Test
  void flagsChineseCottonForForcedLabourWithTheDolVersion() {
    List<HighRiskGood> found = classify("People's Republic of China", "100% cotton T-shirts", "6109.10.0012");
    assertThat(found).extracting(HighRiskGood::sector).contains("apparel", "cotton and cotton products");
    assertThat(found).filteredOn(g -> g.source().equals("dol_tvpra")).extracting(HighRiskGood::good)
        .contains("Cotton");
    assertThat(found).filteredOn(g -> g.source().equals("dol_tvpra"))
        .allSatisfy(g -> assertThat(g.sourceVersion()).isEqualTo("2016"));
  }

  @Test
  void readsDolCountryNamesThroughTheAliasTable() {
    assertThat(classify("MM", "teak logs", null)).extracting(HighRiskGood::good).contains("Teak");
    assertThat(classify("Kyrgyzstan", "raw cotton", null)).extracting(HighRiskGood::good).contains("Cotton");
    assertThat(classify("Côte d’Ivoire", "cocoa beans", null)).extracting(HighRiskGood::good).contains("Cocoa");
    assertThat(classify("CD", "cobalt ore", null)).extracting(HighRiskGood::good).contains("Heterogenite (cobalt ore)");
  }

  @Test
  void findsDolGoodsUnderTheirCommonNamesInEnglishAndChinese() {
    assertThat(classify("Vietnam", "t-shirts", null)).extracting(HighRiskGood::good).contains("Garments");
    assertThat(classify("Vietnam", "sports shoes", null)).extracting(HighRiskGood::good).contains("Footwear");
    assertThat(classify("中国", "运动鞋", null)).extracting(HighRiskGood::good).contains("Footwear");
    assertThat(classify("中国", "棉纱", null)).extracting(HighRiskGood::good).contains("Cotton");
    assertThat(classify("Vietnam", "frozen pangasius fillets", null)).extracting(HighRiskGood::good).contains("Fish");
    assertThat(classify("Malaysia", "printed circuit assemblies", null)).extracting(HighRiskGood::good)
        .contains("Electronics");
    assertThat(classify("Germany", "t-shirts", null)).noneMatch(g -> g.source().equals("dol_tvpra"));
  }

  @Test
  void everyKeywordAndTermInTheDataIsUsable() {
    assertThat(BundledGoods.sectorKeywords()).hasSizeGreaterThan(50);
    assertThat(BundledGoods.goodTerms().termsOf("Oil (palm)")).extracting(t -> t.text()).contains("palm oil");
    assertThat(classify("CN", "polysilicon chunks", null)).extracting(HighRiskGood::sector).contains("silica-based products");
  }
}
