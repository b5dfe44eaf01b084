package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameScorerPropertiesTest {
  private static final MatchingModel MODEL = BundledDictionaryFiles.model();
  private static final TermWeights WEIGHTS = new TermWeights(List.of(Set.of("xinjiang"), Set.of("textile")));

  private static double score(String a, String b) {
    return MODEL.scorer().compare(MODEL.parser().parse(a), MODEL.parser().parse(b), false, WEIGHTS).score();
  }

  @Provide
  Arbitrary<String> companyNames() {
    Arbitrary<String> region = Arbitraries.of("", "Xinjiang ", "新疆", "Hotan ", "和田", "Zhuhai ", "Aksu ",
        "Shanshan ", "鄯善", "Yintai ", "印台", "Lingbao ", "灵宝");
    Arbitrary<String> trade = Arbitraries.of("Daqo", "Hoshine", "合盛", "大全", "Huafu", "华孚", "Tianshan",
        "East Hope", "Zhongtai", "中泰", "Meixin", "Esquel", "Jinko", "Ruifeng", "Baolongda", "Yintai",
        "银泰", "Lingbao", "Shanshan");
    Arbitrary<String> industry = Arbitraries.of("", " New Energy", "新能源", " Textile", "纺织", " Silicon Industry",
        "硅业", " Chemical", " Apparel", "服装", " Hair Products", " Technology", " Silicon Material",
        "硅材料", " Silicon");
    Arbitrary<String> legal = Arbitraries.of("", " Co., Ltd.", "有限公司", " Corporation", "股份有限公司", " LLC",
        " Sdn Bhd");
    return Combinators.combine(region, trade, industry, legal).as((r, t, i, l) -> r + t + i + l);
  }

  @Property
  void anyCompanyNameMatchesItselfAtLeastWorthALook(@ForAll("companyNames") String name) {
    // A common trade name alone is not near-certain even against itself: many companies bear it.
    assertThat(score(name, name)).isGreaterThanOrEqualTo(0.7);
  }

  @Property
  void aNameMatchesItselfAtLeastAsWellAsAnyOtherName(
      @ForAll("companyNames") String name, @ForAll("companyNames") String other) {
    assertThat(score(name, name)).isGreaterThanOrEqualTo(score(name, other));
  }

  @Property
  void anyTextWithTermsMatchesItselfAtLeastAsWellAsAnyOtherText(
      @ForAll String text, @ForAll String other) {
    // How well depends on how common the name is: a single common character is no company.
    if (!MODEL.parser().parse(text).terms().isEmpty()) {
      assertThat(score(text, text)).isGreaterThanOrEqualTo(score(text, other));
    }
  }

  @Property
  void scoresStayBetweenZeroAndOne(@ForAll("companyNames") String a, @ForAll String b) {
    assertThat(score(a, b)).isBetween(0.0, 1.0);
    assertThat(score(b, a)).isBetween(0.0, 1.0);
  }

  @Property
  void scoreHardlyDependsOnWhichNameIsTheQuery(
      @ForAll("companyNames") String a, @ForAll("companyNames") String b) {
    assertThat(Math.abs(score(a, b) - score(b, a))).isLessThanOrEqualTo(0.05);
  }

  @Property(tries = 3000)
  void aNameWhosePlaceAndIndustryBothDifferScoresNoMoreThanTheirCap(
      @ForAll("companyNames") String query, @ForAll("companyNames") String entry,
      @ForAll boolean withSubsidiaries) {
    ParsedName q = MODEL.parser().parse(query);
    ParsedName e = MODEL.parser().parse(entry);
    PlaceAndIndustry queryShape = new PlaceAndIndustry(1);
    queryShape.put(0, q);
    PlaceAndIndustry entryShape = new PlaceAndIndustry(1);
    entryShape.put(0, e);
    if (entryShape.placeAndIndustryDiffer(queryShape, 0, MODEL.scorer())) {
      assertThat(MODEL.scorer().compare(q, e, withSubsidiaries, WEIGHTS).score())
          .isLessThanOrEqualTo(NameScorer.DIFFERENT_PLACE_AND_INDUSTRY_SCORE);
    }
  }
}
