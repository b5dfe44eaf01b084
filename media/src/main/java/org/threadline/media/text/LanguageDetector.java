package org.threadline.media.text;

import java.util.Locale;
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

  private static final int SAMPLE = 20_000;

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
        if (Character.isLetter(c)) {
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
    Map<String, Integer> hits = new java.util.HashMap<>();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - s > 0 && i - s <= 6) {
        String w = text.subSequence(s, i).toString().toLowerCase(Locale.ROOT);
        for (var e : STOP_WORDS.entrySet()) {
          if (e.getValue().contains(w)) {
            hits.merge(e.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    return hits.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse("und");
  }
}
