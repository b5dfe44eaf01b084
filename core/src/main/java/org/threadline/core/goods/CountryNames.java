package org.threadline.core.goods;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a country as users and lists write it ({@code China}, {@code CN}, {@code CHN}, {@code
 * 中国}, {@code People's Republic of China}, {@code Burma}) as an ISO 3166 alpha-2 code. The JDK's
 * English and Chinese country names and the ISO codes are known; names they miss come from an
 * alias table (data, not code).
 */
public final class CountryNames {
  private final Map<String, String> byKey = new HashMap<>();

  /**
   * @param aliases extra names, mapped to ISO alpha-2 codes
   */
  public CountryNames(Map<String, String> aliases) {
    for (String iso : Locale.getISOCountries()) {
      Locale l = new Locale("", iso);
      put(iso, iso);
      put(l.getISO3Country(), iso);
      put(l.getDisplayCountry(Locale.ENGLISH), iso);
      put(l.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), iso);
      put(l.getDisplayCountry(Locale.TRADITIONAL_CHINESE), iso);
      // "Myanmar (Burma)": the name before the parenthesis also names the country.
      String en = l.getDisplayCountry(Locale.ENGLISH);
      int paren = en.indexOf('(');
      if (paren > 0) {
        put(en.substring(0, paren), iso);
      }
    }
    aliases.forEach((name, iso) -> {
      String code = iso.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("country alias '" + name + "' needs an ISO alpha-2 code, got '" + iso + "'");
      }
      byKey.put(key(name), code);
    });
  }

  private void put(String name, String iso) {
    if (name != null && !name.isBlank()) {
      byKey.putIfAbsent(key(name), iso);
    }
  }

  /** The ISO alpha-2 code of the country, or null when the text names no known country. */
  public String iso2(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    return byKey.get(key(country));
  }

  /** Accents, case, punctuation and a leading "the" ignored. */
  static String key(String name) {
    String k = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
