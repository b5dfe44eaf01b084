package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class UsccCodePropertiesTest {
  private static final Gen<String> VALID_CODES = SourceDSL.arbitrary().pick("1", "5", "9", "Y").zip(
      SourceDSL.arbitrary().pick("1", "2", "3", "9"),
      integers().between(110000, 829999).map(n -> String.valueOf(n)),
      strings(UsccCode.ALPHABET, 9, 9),
      (h, k, d, o) -> {
        String first17 = h + k + d + o;
        return first17 + UsccCode.checkCharacter(first17);
      });

  @Test
  void everyCodeWithItsCheckCharacterIsValid() {
    qt().forAll(VALID_CODES).checkAssert(code -> {
      UsccCode parsed = UsccCode.parse(code);
      assertThat(parsed.valid()).isTrue();
      assertThat(parsed.problem()).isNull();
      assertThat(parsed.divisionCode()).isEqualTo(code.substring(2, 8));
    });
  }

  @Test
  void aValidCodeStaysValidWrittenInLowerCaseWithSpacesOrFullWidth() {
    qt().forAll(VALID_CODES).checkAssert(code -> {
      String spaced = code.substring(0, 6) + " " + code.substring(6, 12) + "-" + code.substring(12);
      StringBuilder fullWidth = new StringBuilder();
      for (char c : code.toCharArray()) {
        fullWidth.append((char) (c - '!' + 0xFF01));
      }
      assertThat(UsccCode.parse(code.toLowerCase()).valid()).isTrue();
      assertThat(UsccCode.parse(spaced).valid()).isTrue();
      assertThat(UsccCode.parse(fullWidth.toString()).code()).isEqualTo(code);
    });
  }

  @Test
  void changingAnyOneCharacterMakesTheCodeInvalid() {
    qt().forAll(VALID_CODES, integers().between(0, 17), integers().between(1, 30)).checkAssert((code, position, shift) -> {
      char original = code.charAt(position);
      char replaced = UsccCode.ALPHABET.charAt((UsccCode.ALPHABET.indexOf(original) + shift) % 31);
      String corrupted = code.substring(0, position) + replaced + code.substring(position + 1);
      assertThat(UsccCode.parse(corrupted).valid()).isFalse();
    });
  }

  @Test
  void swappingTwoDifferentNeighboursMakesTheCodeInvalid() {
    qt().forAll(VALID_CODES, integers().between(0, 16))
        .assuming((code, position) -> code.charAt(position) != code.charAt(position + 1))
        .checkAssert((code, position) -> {
          String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
              + code.substring(position + 2);
          assertThat(UsccCode.parse(swapped).valid()).isFalse();
        });
  }

  @Test
  void codesOfTheWrongLengthOrWithLettersOutsideTheAlphabetAreInvalid() {
    qt().forAll(VALID_CODES, integers().between(0, 17)).checkAssert((code, position) -> {
      assertThat(UsccCode.parse(code.substring(0, 17)).valid()).isFalse();
      assertThat(UsccCode.parse(code + "1").valid()).isFalse();
      String withO = code.substring(0, position) + 'O' + code.substring(position + 1);
      assertThat(UsccCode.parse(withO).problem()).contains("not in the USCC alphabet");
    });
  }
}
