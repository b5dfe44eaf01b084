package org.threadline.core.geo;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from the code
 * alphabet {@code 0-9} and {@code ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z). Character 1 is the
 * registering authority, 2 the kind of entity, 3-8 the division code of the registering
 * authority (GB/T 2260), 9-17 the organisation code, 18 a check character computed mod 31 with
 * weights {@code 3^i mod 31}.
 *
 * <p>Parsing never throws and never trusts: a code whose check character is wrong is kept with
 * {@link #valid()} false and the reason in {@link #problem()}.
 */
public final class UsccCode extends RegistrationCode {
  /** The 31 characters of the code alphabet, in the order of their values. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] VALUE = new int[128];

  static {
    java.util.Arrays.fill(VALUE, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = i;
    }
  }

  private UsccCode(String code, String problem) {
    super(code, problem);
  }

  /**
   * Reads a code as a user's file writes it: spaces and hyphens ignored, full-width and lower
   * case folded.
   */
  public static UsccCode parse(String text) {
    String code = compact(text);
    return new UsccCode(code, problemOf(code));
  }

  private static String problemOf(String code) {
    if (code.length() != 18) {
      return "has " + code.length() + " characters, a USCC has 18";
    }
    for (int i = 0; i < 18; i++) {
      char c = code.charAt(i);
      if (c >= 128 || VALUE[c] < 0) {
        return "character " + (i + 1) + " '" + c + "' is not in the USCC alphabet";
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return "characters 3-8 (the division code) are not all digits";
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return "check character is '" + code.charAt(17) + "', GB 32100 gives '" + expected + "'";
    }
    return null;
  }

  /**
   * The GB 32100 check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException when the text is not 17 characters of the code alphabet
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need the first 17 characters of a USCC, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      int v = c < 128 ? VALUE[c] : -1;
      if (v < 0) {
        throw new IllegalArgumentException("'" + c + "' is not in the USCC alphabet");
      }
      sum += v * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  /** True when the text is a USCC whose check character is right. */
  public static boolean isValid(String text) {
    return parse(text).valid();
  }

  /** Characters 3-8, the registering authority's division code, when they are six digits; else null. */
  @Override
  public String divisionCode() {
    return sixDigitsAt(code(), 2);
  }

  /** True when the division code is one the XPCC registers under (6590xx, 66xxxx). */
  public boolean registeredWithXpcc() {
    String d = divisionCode();
    return d != null && (d.startsWith("6590") || d.startsWith("66"));
  }
}
