package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Enterprise registration numbers of GS 15-2006 (15 digits, ISO 7064 MOD 11,10). */
class RegistrationNumberPropertiesTest {
  private static final Gen<String> FIRST_14 = strings(range('0', '9'), 14, 14);

  @Test
  void fourteenDigitsWithTheirCheckDigitAreValid() {
    qt().forAll(FIRST_14).checkAssert(digits -> {
      RegistrationNumber n = RegistrationNumber.parse(digits + RegistrationNumber.checkDigit(digits));
      assertThat(n.valid()).isTrue();
      assertThat(n.divisionCode()).isEqualTo(digits.substring(0, 6));
    });
  }

  @Test
  void anyOneDigitChangedMakesTheNumberInvalid() {
    qt().forAll(FIRST_14, integers().between(0, 14), integers().between(1, 9)).checkAssert((digits, at, step) -> {
      String number = digits + RegistrationNumber.checkDigit(digits);
      char changed = (char) ('0' + (number.charAt(at) - '0' + step) % 10);
      String wrong = number.substring(0, at) + changed + number.substring(at + 1);
      assertThat(RegistrationNumber.parse(wrong).valid()).isFalse();
    });
  }

  @Test
  void separatorsAndFullWidthDigitsAreReadAway() {
    qt().forAll(FIRST_14).checkAssert(digits -> {
      String number = digits + RegistrationNumber.checkDigit(digits);
      StringBuilder written = new StringBuilder();
      for (int i = 0; i < number.length(); i++) {
        written.append(i % 2 == 0 ? (char) (number.charAt(i) - '0' + '０') : number.charAt(i));
        if (i == 5) {
          written.append(" - ");
        }
      }
      assertThat(RegistrationNumber.parse(written.toString()).code()).isEqualTo(number);
    });
  }

  @Test
  void theStandardsExampleIsValid() {
    assertThat(RegistrationNumber.parse("110108000000016").valid()).isTrue();
    assertThat(RegistrationNumber.parse("110108000000017").problem()).contains("check digit");
    assertThat(RegistrationNumber.parse("11010800000001").problem()).contains("15 digits");
  }
}
