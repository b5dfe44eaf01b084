package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsccCodeTest {
  @Test
  void readsTheDivisionOfAPublishedCode() {
    // The check character of 91654003 + MA7812345 computed by hand from the GB 32100 weights.
    String first17 = "91654003MA7812345";
    UsccCode code = UsccCode.parse(first17 + UsccCode.checkCharacter(first17));
    assertThat(code.valid()).isTrue();
    assertThat(code.divisionCode()).isEqualTo("654003");
    assertThat(code.registeredInXinjiang()).isTrue();
    assertThat(code.registeredWithXpcc()).isFalse();
  }

  @Test
  void checkCharacterOfAKnownCodeMatchesTheStandard() {
    // 91350100M000100Y43 is the example code printed in GB 32100-2015's informative annex.
    assertThat(UsccCode.isValid("91350100M000100Y43")).isTrue();
    assertThat(UsccCode.parse("91350100M000100Y44").problem()).contains("check character");
  }

  @Test
  void xpccCodesRegisterUnder6590Or66() {
    String a = "91659001MA7812345";
    String b = "91660000MA7812345";
    assertThat(UsccCode.parse(a + UsccCode.checkCharacter(a)).registeredWithXpcc()).isTrue();
    assertThat(UsccCode.parse(b + UsccCode.checkCharacter(b)).registeredWithXpcc()).isTrue();
  }
}
