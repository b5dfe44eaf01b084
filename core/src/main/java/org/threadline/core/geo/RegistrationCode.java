package org.threadline.core.geo;

/**
 * A Chinese business registration identifier as read from a user's file: the Unified Social
 * Credit Code or the registration number issued before it. Both carry the division code of the
 * registering authority, which is what tells a registration in Xinjiang. Parsing never throws
 * and never trusts: an identifier whose check character is wrong is kept with {@link #valid()}
 * false and the reason in {@link #problem()}.
 */
public abstract sealed class RegistrationCode permits UsccCode, RegistrationNumber {
  private final String code;
  private final String problem;

  RegistrationCode(String code, String problem) {
    this.code = code;
    this.problem = problem;
  }

  /** The identifier as read (upper case, separators removed). */
  public String code() {
    return code;
  }

  /** True when the identifier is well formed and its check character is right. */
  public boolean valid() {
    return problem == null;
  }

  /** Why the identifier is not valid, or null when it is. */
  public String problem() {
    return problem;
  }

  /** The registering authority's division code (GB/T 2260, six digits), or null when absent. */
  public abstract String divisionCode();

  /** True when the division code is Xinjiang's (65xxxx) or the XPCC's (66xxxx). */
  public boolean registeredInXinjiang() {
    String d = divisionCode();
    return d != null && (d.startsWith("65") || d.startsWith("66"));
  }

  @Override
  public String toString() {
    return code;
  }

  // The identifier as written, with spaces and hyphens dropped, full-width and lower case
  // folded; "" for null.
  static String compact(String text) {
    StringBuilder sb = new StringBuilder(18);
    if (text != null) {
      for (int i = 0; i < text.length(); i++) {
        char c = CharFold.fold(text.charAt(i));
        if (c == ' ' || c == '-' || c == '\u00A0') {
          continue;
        }
        sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
      }
    }
    return sb.toString();
  }

  // The six characters from `from` when they are all ASCII digits (a division code), else null.
  static String sixDigitsAt(String code, int from) {
    if (code.length() < from + 6) {
      return null;
    }
    for (int i = from; i < from + 6; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return null;
      }
    }
    return code.substring(from, from + 6);
  }
}
