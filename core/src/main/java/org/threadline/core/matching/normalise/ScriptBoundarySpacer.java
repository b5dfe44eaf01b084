package org.threadline.core.matching.normalise;

/**
 * Puts a space between a Han character and a neighbouring non-Han letter or digit, so that mixed
 * names such as {@code 合盛硅业Hoshine} split into words of one script each.
 */
public final class ScriptBoundarySpacer implements TextStep {
  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    int prev = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (prev != -1 && prev != ' ' && cp != ' ' && isHan(prev) != isHan(cp)) {
        out.append(' ');
      }
      out.appendCodePoint(cp);
      prev = cp;
    }
    return out.toString();
  }

  /** True for a Han ideograph. */
  public static boolean isHan(int cp) {
    // Latin letters, digits and spaces, and the main ideograph block, without a table search.
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
