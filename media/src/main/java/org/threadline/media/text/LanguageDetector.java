package org.threadline.media.text;

import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its script and, for Latin script, its commonest words.
 *
 * <p>Why so simple: articles in this domain are long enough that script alone separates Chinese,
 * Russian, Arabic-script and Latin-script text, and a dozen stop words each separate English from
 * French, German and Spanish reliably; a statistical model would add a dependency for no gain on
 * the languages the analyser has lexicons for. Returns ISO 639-1 codes, or {@code und}. Uyghur
 * (Arabic script with its own letters) is told apart from Arabic by the letters ۆ, ۈ, ې, ى and ڭ.
 */
public final class LanguageDetector {
  private static final Map<String, Set<String>> STOP_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "were", "said"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "du", "sur"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "den", "von", "zu"),
      "es", Set.of("el", "los", "las", "y", "es", "una", "por", "con", "para", "que", "del", "en"));

  private static final int SAMPLE = 2_000;
  private static final int LATIN_SAMPLE = 1_000;
  /** Languages in order of preference when counts tie. */
  private static final String[] LANGUAGES = {"en", "de", "es", "fr"};
  /** Stop words as numbers, sorted, and for each the languages (bit l = LANGUAGES[l]) it belongs to. */
  private static final int[] STOP_KEYS;
  private static final int[] STOP_LANGUAGES;

  static {
    java.util.TreeMap<Integer, Integer> keys = new java.util.TreeMap<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      for (String w : STOP_WORDS.get(LANGUAGES[l])) {
        keys.merge(key(w), 1 << l, (a, b) -> a | b);
      }
    }
    STOP_KEYS = keys.keySet().stream().mapToInt(Integer::intValue).toArray();
    STOP_LANGUAGES = keys.values().stream().mapToInt(Integer::intValue).toArray();
  }

  /** The language code of {@code text}: {@code en}, {@code zh}, {@code fr}, ... or {@code und}. */
  public String detect(CharSequence text) {
    int n = Math.min(text.length(), SAMPLE);
    int han = 0;
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int uyghurLetters = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (isAsciiLetter(c)) {
          latin++;
        }
      } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
        han++;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic++;
      } else if (c >= 0x0600 && c <= 0x06FF) {
        arabic++;
        if (c == 'ۆ' || c == 'ۈ' || c == 'ې' || c == 'ى' || c == 'ڭ') {
          uyghurLetters++;
        }
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    // A Han char carries about as much text as a word of four Latin letters.
    int hanWeight = han * 4;
    int max = Math.max(Math.max(hanWeight, latin), Math.max(cyrillic, arabic));
    if (max == 0) {
      return "und";
    }
    if (max == hanWeight) {
      return "zh";
    }
    if (max == cyrillic) {
      return "ru";
    }
    if (max == arabic) {
      return uyghurLetters * 50 > arabic ? "ug" : "ar";
    }
    return latinLanguage(text, n);
  }

  private static String latinLanguage(CharSequence text, int n) {
    int[] hits = new int[LANGUAGES.length];
    int limit = Math.min(n, LATIN_SAMPLE);
    int i = 0;
    while (i < limit) {
      // Each word of up to six ASCII letters becomes a number (five bits a letter): no strings.
      int key = 0;
      int length = 0;
      boolean ascii = true;
      char c;
      while (i < limit && (isAsciiLetter(c = text.charAt(i)) || c >= 0x80 && Character.isLetter(c))) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c < 'a' || c > 'z') {
          ascii = false;
        }
        key = (key << 5) | (c - 'a' + 1);
        length++;
        i++;
      }
      if (ascii && length > 0 && length <= 6) {
        int k = java.util.Arrays.binarySearch(STOP_KEYS, key);
        if (k >= 0) {
          for (int l = 0; l < LANGUAGES.length; l++) {
            if ((STOP_LANGUAGES[k] & (1 << l)) != 0) {
              hits[l]++;
            }
          }
        }
      }
      if (length == 0) {
        i++;
      }
    }
    int best = -1;
    for (int l = 0; l < LANGUAGES.length; l++) {
      if (hits[l] > 0 && (best < 0 || hits[l] > hits[best])) {
        best = l;
      }
    }
    return best < 0 ? "und" : LANGUAGES[best];
  }

  private static boolean isAsciiLetter(char c) {
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'z';
  }

  private static int key(String word) {
    int key = 0;
    for (int i = 0; i < word.length(); i++) {
      key = (key << 5) | (word.charAt(i) - 'a' + 1);
    }
    return key;
  }
}
