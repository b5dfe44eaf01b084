package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.threadline.core.testing.Generators.anyText;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NameScorerPropertiesTest {
  private static final MatchingModel MODEL = BundledDictionaryFiles.model();
  private static final TermWeights WEIGHTS = new TermWeights(List.of(Set.of("xinjiang"), Set.of("textile")));

  private static final Gen<String> COMPANY_NAMES = arbitrary().pick("", "Xinjiang ", "新疆", "Hotan ", "和田",
      "Zhuhai ", "Aksu ", "Shanshan ", "鄯善", "Yintai ", "印台", "Lingbao ", "灵宝").zip(
      arbitrary().pick("Daqo", "Hoshine", "合盛", "大全", "Huafu", "华孚", "Tianshan", "East Hope", "Zhongtai",
          "中泰", "Meixin", "Esquel", "Jinko", "Ruifeng", "Baolongda", "Yintai", "银泰", "Lingbao", "Shanshan"),
      arbitrary().pick("", " New Energy", "新能源", " Textile", "纺织", " Silicon Industry", "硅业", " Chemical",
          " Apparel", "服装", " Hair Products", " Technology", " Silicon Material", "硅材料", " Silicon"),
      arbitrary().pick("", " Co., Ltd.", "有限公司", " Corporation", "股份有限公司", " LLC", " Sdn Bhd"),
      (r, t, i, l) -> r + t + i + l);

  private static double score(String a, String b) {
    return MODEL.scorer().compare(MODEL.parser().parse(a), MODEL.parser().parse(b), false, WEIGHTS).score();
  }

  @Test
  void anyCompanyNameMatchesItselfAtLeastWorthALook() {
    // A common trade name alone is not near-certain even against itself: many companies bear it.
    qt().forAll(COMPANY_NAMES).checkAssert(name -> assertThat(score(name, name)).isGreaterThanOrEqualTo(0.7));
  }

  @Test
  void aNameMatchesItselfAtLeastAsWellAsAnyOtherName() {
    qt().forAll(COMPANY_NAMES, COMPANY_NAMES)
        .checkAssert((name, other) -> assertThat(score(name, name)).isGreaterThanOrEqualTo(score(name, other)));
  }

  @Test
  void anyTextWithTermsMatchesItselfAtLeastAsWellAsAnyOtherText() {
    // How well depends on how common the name is: a single common character is no company.
    qt().forAll(anyText(), anyText()).checkAssert((text, other) -> {
      if (!MODEL.parser().parse(text).terms().isEmpty()) {
        assertThat(score(text, text)).isGreaterThanOrEqualTo(score(text, other));
      }
    });
  }

  @Test
  void scoresStayBetweenZeroAndOne() {
    qt().forAll(COMPANY_NAMES, anyText()).checkAssert((a, b) -> {
      assertThat(score(a, b)).isBetween(0.0, 1.0);
      assertThat(score(b, a)).isBetween(0.0, 1.0);
    });
  }

  @Test
  void scoreHardlyDependsOnWhichNameIsTheQuery() {
    qt().forAll(COMPANY_NAMES, COMPANY_NAMES)
        .checkAssert((a, b) -> assertThat(Math.abs(score(a, b) - score(b, a))).isLessThanOrEqualTo(0.05));
  }

  @Test
  void aNameWhosePlaceAndIndustryBothDifferScoresNoMoreThanTheirCap() {
    qt().withExamples(3000).forAll(COMPANY_NAMES, COMPANY_NAMES, booleans().all())
        .checkAssert((query, entry, withSubsidiaries) -> {
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
        });
  }
}
