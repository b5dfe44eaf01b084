package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Enterprise registration numbers of GS 15-2006 (15 digits, ISO 7064 MOD 11,10). */
class RegistrationNumberProperties {
  @Provide
  Arbitrary<String> first14() {
    return Arbitraries.strings().numeric().ofLength(14);
  }

  @Property
  void fourteenDigitsWithTheirCheckDigitAreValid(@ForAll("first14") String digits) {
    RegistrationNumber n = RegistrationNumber.parse(digits + RegistrationNumber.checkDigit(digits));
    assertThat(n.valid()).isTrue();
    assertThat(n.divisionCode()).isEqualTo(digits.substring(0, 6));
  }

  @Property
  void anyOneDigitChangedMakesTheNumberInvalid(@ForAll("first14") String digits,
      @ForAll("positions") int at, @ForAll("steps") int step) {
    String number = digits + RegistrationNumber.checkDigit(digits);
    char changed = (char) ('0' + (number.charAt(at) - '0' + step) % 10);
    String wrong = number.substring(0, at) + changed + number.substring(at + 1);
    assertThat(RegistrationNumber.parse(wrong).valid()).isFalse();
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 14);
  }

  @Provide
  Arbitrary<Integer> steps() {
    return Arbitraries.integers().between(1, 9);
  }

  @Property
  void separatorsAndFullWidthDigitsAreReadAway(@ForAll("first14") String digits) {
    String number = digits + RegistrationNumber.checkDigit(digits);
    StringBuilder written = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      written.append(i % 2 == 0 ? (char) (number.charAt(i) - '0' + '０') : number.charAt(i));
      if (i == 5) {
        written.append(" - ");
      }
    }
    assertThat(RegistrationNumber.parse(written.toString()).code()).isEqualTo(number);
  }

  @Test
  void theStandardsExampleIsValid() {
    assertThat(RegistrationNumber.parse("110108000000016").valid()).isTrue();
    assertThat(RegistrationNumber.parse("110108000000017").problem()).contains("check digit");
    assertThat(RegistrationNumber.parse("11010800000001").problem()).contains("15 digits");
  }
}
