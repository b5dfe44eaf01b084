package org.threadline.lists.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;

class BundledMatchersTest {
  private static final ListEntry DAQO = entry("uflpa-1", "Xinjiang Daqo New Energy Co., Ltd.", false,
      "Xinjiang Daxin Energy Co., Ltd.");
  private static final ListEntry HOSHINE =
      entry("uflpa-2", "Hoshine Silicon Industry (Shanshan) Co., Ltd.", true);
  private static final ListEntry HUAFU = entry("uflpa-3", "Aksu Huafu Color Spinning Co., Ltd.", true,
      "Aksu Huafu Textiles Co., Ltd.");
  private static final NameMatcher MATCHER = BundledMatchers.forEntries(List.of(DAQO, HOSHINE, HUAFU));

  private static ListEntry entry(String id, String name, boolean subsidiaries, String... aliases) {
    return ListEntry.builder("uflpa", id, name)
        .aliases(List.of(aliases))
        .section("i")
        .country("China")
        .includesSubsidiaries(subsidiaries)
        .build();
  }

  private NameMatch best(String query) {
    List<NameMatch> m = MATCHER.match(List.of(query), 0.0);
    assertThat(m).as("matches of %s", query).isNotEmpty();
    return m.get(0);
  }

  @Test
  void findsTheExactNameNearCertainly() {
    NameMatch m = best("Xinjiang Daqo New Energy Co., Ltd.");
    assertThat(m.entry()).isEqualTo(DAQO);
    assertThat(m.score()).isEqualTo(1.0);
  }

  @Test
  void findsAnUpperCaseNameWithoutItsLegalForm() {
    assertThat(best("XINJIANG DAQO NEW ENERGY").score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void findsTheChineseNameOfAnEnglishEntry() {
    NameMatch m = best("新疆大全新能源股份有限公司");
    assertThat(m.entry()).isEqualTo(DAQO);
    assertThat(m.score()).isGreaterThanOrEqualTo(0.7);
    assertThat(m.explanation()).anySatisfy(e -> assertThat(e.detail()).contains("大全").contains("Daqo"));
  }

  @Test
  void findsTheTraditionalChineseName() {
    assertThat(best("合盛矽業(鄯善)有限公司").entry()).isEqualTo(HOSHINE);
  }

  @Test
  void aNamesakeInAnotherIndustryWhoseEntryNamesNoPlaceIsNotAMatch() {
    // Regression: 江苏晨光光伏科技 (a Jiangsu photovoltaics maker) scored 0.72 against Chenguang
    // Biotech Group, only because the trade name 晨光 reads chenguang.
    var chenguang = entry("uflpa-4", "Chenguang Biotech Group Co., Ltd.", false);
    NameMatcher matcher = BundledMatchers.forEntries(List.of(chenguang));
    assertThat(matcher.match(List.of("江苏晨光光伏科技有限公司"), 0.7)).isEmpty();
    assertThat(matcher.match(List.of("晨光生物科技集团股份有限公司"), 0.7)).isNotEmpty();
  }

  @Test
  void aDifferentTradeNameInTheSameRegionAndIndustryIsNotAMatch() {
    assertThat(MATCHER.match(List.of("Xinjiang Dahua New Energy Co., Ltd."), 0.7)).isEmpty();
  }

  @Test
  void aSubsidiaryOfAnEntryListedWithSubsidiariesMatchesBelowAnExactMatch() {
    NameMatch m = best("Hoshine Silicon Industry (Shanshan) Co., Ltd. Turpan Branch");
    assertThat(m.entry()).isEqualTo(HOSHINE);
    assertThat(m.subsidiary()).isTrue();
    assertThat(m.score()).isBetween(0.7, 0.95);
    assertThat(m.explanation()).anySatisfy(e -> assertThat(e.feature()).isIn("branch", "subsidiary"));
  }

  @Test
  void sameEntryReportedOnceWithItsBestName() {
    List<NameMatch> m = MATCHER.match(List.of("Aksu Huafu Textiles Co., Ltd.", "Aksu Huafu"), 0.5);
    assertThat(m).extracting(NameMatch::entry).containsOnlyOnce(HUAFU);
    assertThat(m.get(0).entryName()).isEqualTo("Aksu Huafu Textiles Co., Ltd.");
  }

  @Test
  void blankAndUnrelatedNamesMatchNothing() {
    assertThat(MATCHER.match(List.of("", "  ", "Acme Trading Ltd"), 0.5)).isEmpty();
  }
}
