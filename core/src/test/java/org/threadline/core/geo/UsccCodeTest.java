package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UsccCodeTest {

  @Provide
  Arbitrary<String> validCodes() {
    Arbitrary<String> head = Arbitraries.of('1', '5', '9', 'Y').map(String::valueOf);
    Arbitrary<String> kind = Arbitraries.of('1', '2', '3', '9').map(String::valueOf);
    Arbitrary<String> division = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
    Arbitrary<String> org = Arbitraries.strings().withChars(UsccCode.ALPHABET.toCharArray()).ofLength(9);
    return Combinators.combine(head, kind, division, org).as((h, k, d, o) -> {
      String first17 = h + k + d + o;
      return first17 + UsccCode.checkCharacter(first17);
    });
  }

  @Property
  void everyCodeWithItsCheckCharacterIsValid(@ForAll("validCodes") String code) {
    UsccCode parsed = UsccCode.parse(code);
    assertThat(parsed.valid()).isTrue();
    assertThat(parsed.problem()).isNull();
    assertThat(parsed.divisionCode()).isEqualTo(code.substring(2, 8));
  }

  @Property
  void aValidCodeStaysValidWrittenInLowerCaseWithSpacesOrFullWidth(@ForAll("validCodes") String code) {
    String spaced = code.substring(0, 6) + " " + code.substring(6, 12) + "-" + code.substring(12);
    StringBuilder fullWidth = new StringBuilder();
    for (char c : code.toCharArray()) {
      fullWidth.append((char) (c - '!' + 0xFF01));
    }
    assertThat(UsccCode.parse(code.toLowerCase()).valid()).isTrue();
    assertThat(UsccCode.parse(spaced).valid()).isTrue();
    assertThat(UsccCode.parse(fullWidth.toString()).code()).isEqualTo(code);
  }

  @Property
  void changingAnyOneCharacterMakesTheCodeInvalid(
      @ForAll("validCodes") String code,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 17) int position,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int shift) {
    char original = code.charAt(position);
    char replaced = UsccCode.ALPHABET.charAt((UsccCode.ALPHABET.indexOf(original) + shift) % 31);
    String corrupted = code.substring(0, position) + replaced + code.substring(position + 1);
    assertThat(UsccCode.parse(corrupted).valid()).isFalse();
  }

  @Property
  void swappingTwoDifferentNeighboursMakesTheCodeInvalid(
      @ForAll("validCodes") String code, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 16) int position) {
    net.jqwik.api.Assume.that(code.charAt(position) != code.charAt(position + 1));
    String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
        + code.substring(position + 2);
    assertThat(UsccCode.parse(swapped).valid()).isFalse();
  }

  @Property
  void codesOfTheWrongLengthOrWithLettersOutsideTheAlphabetAreInvalid(
      @ForAll("validCodes") String code, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 17) int position) {
    assertThat(UsccCode.parse(code.substring(0, 17)).valid()).isFalse();
    assertThat(UsccCode.parse(code + "1").valid()).isFalse();
    String withO = code.substring(0, position) + 'O' + code.substring(position + 1);
    assertThat(UsccCode.parse(withO).problem()).contains("not in the USCC alphabet");
  }

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
