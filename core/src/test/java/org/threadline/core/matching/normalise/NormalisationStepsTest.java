package org.threadline.core.matching.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationStepsTest {
  private static final NameNormaliser NORMALISER = NameNormaliser.standard();

  @Test
  void foldsFullWidthLettersAndIdeographicSpace() {
    assertThat(new CompatibilityFold().apply("ＸＩＮＪＩＡＮＧ　ＤＡＱＯ")).isEqualTo("XINJIANG DAQO");
  }

  @Test
  void foldsCaseWithoutTheUsersLocale() {
    assertThat(new CaseFold().apply("XINJIANG DAQO")).isEqualTo("xinjiang daqo");
  }

  @Test
  void convertsTraditionalCharactersToSimplified() {
    assertThat(new TraditionalToSimplified().apply("新疆東方希望有色金屬")).isEqualTo("新疆东方希望有色金属");
  }

  @Test
  void leavesSimplifiedAndLatinTextAlone() {
    String s = "新疆大全 Daqo";
    assertThat(new TraditionalToSimplified().apply(s)).isSameAs(s);
  }

  @Test
  void turnsPunctuationIntoSpacesAndJoinsApostrophes() {
    assertThat(new PunctuationToSpace().apply("Sichuan Yuan’an Co.,Ltd.")).isEqualTo("Sichuan Yuanan Co  Ltd ");
  }

  @Test
  void separatesHanFromLatin() {
    assertThat(new ScriptBoundarySpacer().apply("合盛硅业Hoshine")).isEqualTo("合盛硅业 Hoshine");
  }

  @Test
  void collapsesWhiteSpace() {
    assertThat(new WhitespaceCollapse().apply("  a \t b  ")).isEqualTo("a b");
  }

  @Test
  void standardChainNormalisesAFullWidthTraditionalName() {
    assertThat(NORMALISER.apply("合盛矽業（鄯善）有限公司 Ｈｏｓｈｉｎｅ")).isEqualTo("合盛矽业 鄯善 有限公司 hoshine");
  }

  @Test
  void keepsNumbersAsNumbers() {
    assertThat(NORMALISER.apply("No. 4 Vocational Skills")).isEqualTo("no 4 vocational skills");
  }

  @Test
  void refusesAnEmptyChain() {
    assertThatThrownBy(() -> new NameNormaliser(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one step");
  }
}
