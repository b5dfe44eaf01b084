package org.threadline.core.matching.normalise;

/**
 * Replaces punctuation and symbols with spaces, except that apostrophes are dropped so that
 * {@code Yuan'an} and {@code Yuanan} meet, and {@code &} becomes the word {@code and}.
 * Letters (any script), digits and spaces pass through.
 */
public final class PunctuationToSpace implements TextStep {
  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == ' ' || isMark(cp)) {
        out.appendCodePoint(cp);
      } else if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`') {
        // apostrophes join: Yuan'an = Yuanan
      } else if (cp == '&') {
        out.append(" and ");
      } else {
        out.append(' ');
      }
    }
    return out.toString();
  }

  // Vowel signs of Thai, Devanagari and the like are part of their words.
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
