package org.threadline.core.geo;

/**
 * An enterprise registration number (注册号) of the kind issued before the Unified Social Credit
 * Code (GS 15-2006): 15 digits; digits 1-6 are the division code (GB/T 2260) of the registering
 * authority, 7-14 a sequence, and 15 a check digit computed with ISO 7064 MOD 11,10. Older
 * business licences and many supplier files still carry one.
 *
 * <p>Parsing never throws and never trusts: a number whose check digit is wrong is kept with
 * {@link #valid()} false and the reason in {@link #problem()}.
 */
public final class RegistrationNumber extends RegistrationCode {
  private RegistrationNumber(String code, String problem) {
    super(code, problem);
  }

  /** Reads a number as a user's file writes it: spaces and hyphens ignored, full-width folded. */
  public static RegistrationNumber parse(String text) {
    String code = compact(text);
    return new RegistrationNumber(code, problemOf(code));
  }

  private static String problemOf(String code) {
    if (code.length() != 15) {
      return "has " + code.length() + " characters, a registration number has 15 digits";
    }
    for (int i = 0; i < 15; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return "character " + (i + 1) + " '" + code.charAt(i) + "' is not a digit";
      }
    }
    char expected = checkDigit(code.substring(0, 14));
    if (code.charAt(14) != expected) {
      return "check digit is '" + code.charAt(14) + "', ISO 7064 MOD 11,10 gives '" + expected + "'";
    }
    return null;
  }

  /**
   * The ISO 7064 MOD 11,10 check digit of the first 14 digits of a number.
   *
   * @throws IllegalArgumentException when the text is not 14 digits
   */
  public static char checkDigit(String first14) {
    if (first14.length() != 14) {
      throw new IllegalArgumentException("need the first 14 digits of a registration number, got "
          + first14.length());
    }
    int p = 10;
    for (int i = 0; i < 14; i++) {
      char c = first14.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("'" + c + "' is not a digit");
      }
      int s = (p + (c - '0')) % 10;
      p = (s == 0 ? 10 : s) * 2 % 11;
    }
    // the check digit makes (p + check) mod 10 equal 1
    return (char) ('0' + (11 - p) % 10);
  }

  /** Digits 1-6, the registering authority's division code, when they are digits; else null. */
  @Override
  public String divisionCode() {
    return sixDigitsAt(code(), 0);
  }
}
