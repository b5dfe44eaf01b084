package org.threadline.core.geo;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Folds one character to the form place names are compared in: full-width to ASCII, upper to
 * lower case, Latin letters without their diacritics (Ü to u, ā to a), Traditional Chinese
 * characters to Simplified (烏 to 乌). A lookup table built once, so that scanning text costs one
 * array read per character.
 */
final class CharFold {
  private static final char[] TABLE = build();

  private CharFold() {}

  /** The folded character. */
  static char fold(char c) {
    return TABLE[c];
  }

  /** The folded form of a whole string (same length). */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  /** True for a Chinese (Han) character. */
  static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == '〇';
  }

  private static char[] build() {
    char[] t = new char[65536];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      t[c] = (char) (c - 0xFF01 + '!');
    }
    t[0x3000] = ' ';
    for (int c = 0xC0; c < 0x2000; c++) {
      if (Character.isLetter(c)) {
        String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        if (base < 0x80) {
          t[c] = base;
        }
      }
    }
    // Letters NFD does not decompose but suppliers write for their Latin look-alikes.
    t['ı'] = 'i';
    t['ß'] = 's';
    t['ø'] = 'o';
    t['Ø'] = 'o';
    t['ł'] = 'l';
    t['Ł'] = 'l';
    t['’'] = '\'';
    t['‘'] = '\'';
    t['ʼ'] = '\'';
    for (int c = 0; c < t.length; c++) {
      if (t[c] < 0x80 && t[c] >= 'A' && t[c] <= 'Z') {
        t[c] = (char) (t[c] + 32);
      }
    }
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    for (int c = 0x4E00; c <= 0x9FFF; c++) {
      String s = toSimplified.transliterate(String.valueOf((char) c));
      if (s.length() == 1) {
        t[c] = s.charAt(0);
      }
    }
    return t;
  }
}
