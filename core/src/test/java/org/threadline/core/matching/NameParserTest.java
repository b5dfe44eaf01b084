package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameParserTest {
  private final NameParser parser = BundledDictionaryFiles.model().parser();

  private List<String> roles(String name) {
    return parser.parse(name).terms().stream().map(t -> t.role() + ":" + t.key()).toList();
  }

  @Test
  void takesAChineseNameApartIntoRegionTradeNameIndustry() {
    assertThat(roles("新疆大全新能源股份有限公司"))
        .containsExactly("REGION:xinjiang", "WORD:daqo", "INDUSTRY:new energy");
  }

  @Test
  void remembersTheLegalFormItSetsAside() {
    ParsedName p = parser.parse("新疆大全新能源股份有限公司");
    assertThat(p.legalForms()).containsExactly("股份有限公司");
  }

  @Test
  void englishAndPinyinNamesMeetTheChineseOne() {
    assertThat(roles("Xinjiang Daqo New Energy Co., Ltd."))
        .containsExactly("REGION:xinjiang", "WORD:daqo", "INDUSTRY:new energy");
    assertThat(roles("Xinjiang Daquan Xin Nengyuan Gufen Youxian Gongsi"))
        .containsExactly("REGION:xinjiang", "WORD:daqo", "INDUSTRY:new energy");
  }

  @Test
  void placeAfterTheTradeNameIsAQualifier() {
    assertThat(roles("合盛硅业(鄯善)有限公司"))
        .containsExactly("WORD:hoshine", "INDUSTRY:silicon industry", "QUALIFIER:shanshan");
  }

  @Test
  void readsPolyphonesAsNamesDo() {
    assertThat(roles("长虹美菱股份有限公司")).first().isEqualTo("TRADE:changhongmeiling");
    assertThat(roles("重庆银行")).containsExactly("REGION:chongqing", "INDUSTRY:bank");
    assertThat(parser.parse("重庆银行").terms().get(1).syllables()).containsExactly("yin", "hang");
  }

  @Test
  void aPlaceUsedAsTradeNameBecomesTheTradeName() {
    assertThat(roles("Xinjiang Tianshan Wool Textile Co. Ltd."))
        .containsExactly("REGION:xinjiang", "TRADE:tianshan", "INDUSTRY:wool textile");
  }

  @Test
  void shortLegalFormsCountOnlyAtTheEnd() {
    assertThat(roles("Sa Tai Trading Co")).containsExactly("TRADE:sa", "TRADE:tai", "INDUSTRY:trade");
  }

  @Test
  void branchMarkerIsRemembered() {
    assertThat(parser.parse("新疆大全新能源股份有限公司石河子分公司").branch()).isTrue();
    assertThat(parser.parse("Xinjiang Daqo New Energy Co., Ltd. Shihezi Branch").branch()).isTrue();
  }

  @Test
  void exonymsAndTyposOfPlacesFindThePlace() {
    assertThat(roles("Hotan Haolin Hair Accessories")).first().isEqualTo("REGION:hetian");
    assertThat(roles("Xinjang Daqo")).first().isEqualTo("REGION:xinjiang");
  }

  @Test
  void keepsNumbers() {
    assertThat(roles("No. 4 Vocational Skills Education Training Center"))
        .contains("INDUSTRY:vocational skills education training center");
  }

  @Test
  void aPinyinWordThatAlsoReadsAsAnOrdinaryWordIsTheTradeNameOfANameWithoutOne() {
    // zhongxing reads as 重型 (heavy duty), but in a name written in Latin letters it is the
    // trade name (中兴); with a trade name beside it, it stays an ordinary word.
    assertThat(roles("Kashgar Zhongxing Trading Co., Ltd.")).contains("TRADE:zhongxing");
    assertThat(roles("Kashgar Hengli Zhongxing Trading Co., Ltd.")).doesNotContain("TRADE:zhongxing");
  }
}
