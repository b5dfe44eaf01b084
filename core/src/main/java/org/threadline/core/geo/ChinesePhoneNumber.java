package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the long-distance area codes of Chinese landline numbers in a phone column: {@code +86
 * 991 1234567}, {@code 0086-991-...}, {@code (0991)1234567}, {@code 0991-12345678}; several
 * numbers separated by {@code / ; ,} are read one by one. Mobile numbers (1xx) have no area code.
 */
final class ChinesePhoneNumber {
  private ChinesePhoneNumber() {}

  /**
   * The area codes ({@code 0991}) of the Chinese landline numbers in the text; a number with a
   * foreign country code contributes nothing.
   *
   * @param areaCodeLength returns 3 when a 3-digit code after the 0 (9xx) is known, used to
   *     split the national number
   */
  static List<String> areaCodes(String text, java.util.function.Predicate<String> known) {
    List<String> out = new ArrayList<>(1);
    if (text == null) {
      return out;
    }
    for (String part : text.split("[/;,、，]|\\bor\\b|\\bext\\b")) {
      String code = areaCode(part, known);
      if (code != null) {
        out.add(code);
      }
    }
    return out;
  }

  private static String areaCode(String part, java.util.function.Predicate<String> known) {
    String s = part.strip();
    boolean plus = s.startsWith("+") || s.startsWith("＋");
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = CharFold.fold(s.charAt(i));
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    String d = digits.toString();
    String national;
    if (plus) {
      if (!d.startsWith("86")) {
        return null;
      }
      national = d.substring(2);
    } else if (d.startsWith("0086")) {
      national = d.substring(4);
    } else if (d.startsWith("86") && d.length() >= 12 && d.length() <= 13) {
      national = d.substring(2);
    } else if (d.startsWith("0")) {
      national = d.substring(1);
    } else {
      return null;
    }
    if (national.startsWith("0")) {
      national = national.substring(1); // +86 (0)991 ...
    }
    // A three-digit area code and a 7- or 8-digit subscriber number.
    if (national.length() < 10 || national.length() > 11 || national.charAt(0) == '1') {
      return null;
    }
    String area = "0" + national.substring(0, 3);
    return known.test(area) ? area : null;
  }
}
