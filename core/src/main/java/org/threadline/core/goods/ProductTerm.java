package org.threadline.core.goods;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or phrase looked for in a product description ({@code "cotton yarn"}, {@code "palm
 * oil"}, {@code "多晶硅"}). Latin-script terms match whole words, in order, with singular and plural
 * alike ({@code tomato} finds {@code Tomatoes}); terms in Chinese script match as a substring,
 * since Chinese is written without spaces.
 */
public final class ProductTerm {
  private final String text;
  private final List<String> words;
  private final boolean han;

  /** @param text the term as written in the data */
  public ProductTerm(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a product term cannot be blank");
    }
    this.text = text.strip();
    this.han = this.text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    this.words = han ? List.of() : words(this.text);
    if (!han && words.isEmpty()) {
      throw new IllegalArgumentException("product term '" + text + "' has no letters or digits");
    }
  }

  /** The term as written. */
  public String text() {
    return text;
  }

  /** True when the description mentions the term. */
  public boolean foundIn(Description d) {
    if (han) {
      return d.folded.contains(text);
    }
    List<String> w = d.words;
    outer:
    for (int i = 0; i + words.size() <= w.size(); i++) {
      for (int j = 0; j < words.size(); j++) {
        if (!w.get(i + j).equals(words.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** A product description prepared once for all the terms looked for in it. */
  public static final class Description {
    private final String folded;
    private final List<String> words;

    public Description(String text) {
      this.folded = fold(text == null ? "" : text);
      this.words = words(text == null ? "" : text);
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Lower-case word stems: letters and digits, hyphens split ("t-shirts" is "t shirt"). */
  static List<String> words(String s) {
    String folded = Normalizer.normalize(fold(s), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /**
   * A plural's singular, for English product words: tomatoes, batteries, shirts, glasses. A final
   * "oe" loses its "e" so that shoe and shoes (like tomato and tomatoes) share one stem.
   */
  static String stem(String w) {
    if (w.length() > 3 && w.endsWith("oe")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("oes") || w.endsWith("ches") || w.endsWith("shes")
        || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
