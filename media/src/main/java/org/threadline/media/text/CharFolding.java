package org.threadline.media.text;

import java.text.Normalizer;

/**
 * Folds one UTF-16 char at a time for dictionary matching: lower case, full-width ASCII to ASCII,
 * Latin diacritics removed ({@code Ü -> u}), and every char that is neither a letter nor a digit
 * (spaces, punctuation, symbols) to a single space. One table lookup per char, so the matcher's
 * hot loop never calls into {@link Character} or {@link Normalizer}; and because one char folds
 * to one char, offsets in the folded stream map straight back to the original text.
 */
public final class CharFolding {
  /** The char every separator folds to. */
  public static final char SEPARATOR = ' ';
  /** The one word matching skips: "and" (so that "&" and "and" are the same). */
  public static final String SKIPPED_WORD = "and";

  private static final char[] FOLD = new char[65536];
  private static final boolean[] WORD = new boolean[65536];

  static {
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      FOLD[i] = foldSlow(c);
      char f = FOLD[i];
      // Scripts written without spaces (Han, kana, Hangul) need no word boundary around a match.
      WORD[i] = f != SEPARATOR && Character.isLetterOrDigit(f) && !isUnspacedScript(f);
    }
  }

  private CharFolding() {}

  /** The folded form of {@code c}. */
  public static char fold(char c) {
    return FOLD[c];
  }

  /**
   * True when {@code c} (original, not folded) is part of a word of a script that separates
   * words with spaces, so that a match must not start or end next to it.
   */
  public static boolean isWordChar(char c) {
    return WORD[c];
  }

  /**
   * Folds a whole string the way the matcher folds text: each char folded, runs of separators
   * collapsed to one space, the word {@link #SKIPPED_WORD} dropped (unless it is the only word),
   * leading and trailing separators dropped.
   */
  public static String foldString(CharSequence s) {
    String collapsed = collapse(s);
    if (!collapsed.contains(SKIPPED_WORD)) {
      return collapsed;
    }
    StringBuilder b = new StringBuilder(collapsed.length());
    for (String word : collapsed.split(" ")) {
      if (!word.equals(SKIPPED_WORD)) {
        if (b.length() > 0) {
          b.append(SEPARATOR);
        }
        b.append(word);
      }
    }
    return b.length() == 0 ? collapsed : b.toString();
  }

  private static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean lastSeparator = true;
    for (int i = 0; i < s.length(); i++) {
      char f = FOLD[s.charAt(i)];
      if (f == SEPARATOR) {
        if (!lastSeparator) {
          b.append(SEPARATOR);
        }
        lastSeparator = true;
      } else {
        b.append(f);
        lastSeparator = false;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == SEPARATOR) {
      b.setLength(n - 1);
    }
    return b.toString();
  }

  /** True for Han ideographs, kana and Hangul: scripts written without spaces between words. */
  public static boolean isUnspacedScript(char c) {
    Character.UnicodeScript script;
    try {
      script = Character.UnicodeScript.of(c);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static char foldSlow(char c) {
    if (Character.isSurrogate(c)) {
      return SEPARATOR;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0); // full-width ASCII
    }
    if (!Character.isLetterOrDigit(c)) {
      return SEPARATOR;
    }
    if (c > 0x7F && c < 0x0250) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      if (!d.isEmpty() && Character.isLetter(d.charAt(0))) {
        c = d.charAt(0);
      }
    }
    String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
    return lower.length() == 1 ? lower.charAt(0) : c;
  }
}
