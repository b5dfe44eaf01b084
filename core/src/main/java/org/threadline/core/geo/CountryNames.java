package org.threadline.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a country column (or the last part of an address) as an ISO country code: {@code
 * China}, {@code PRC}, {@code 中国} are {@code CN}; {@code Kazakhstan} is {@code KZ}. Built from
 * {@code countries.csv} ({@code code,form}).
 */
public final class CountryNames {
  private final Map<String, String> byKey = new HashMap<>();

  private CountryNames(List<String> lines) {
    for (List<String> row : CsvFields.rows(lines)) {
      byKey.put(PlaceText.keyOf(row.get(1)), row.get(0));
    }
  }

  /** Builds the table from the lines of {@code countries.csv}. */
  public static CountryNames of(List<String> lines) {
    return new CountryNames(lines);
  }

  /** The ISO code of a country column's text, or null when the text names no known country. */
  public String codeOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = byKey.get(PlaceText.keyOf(text));
    if (code != null) {
      return code;
    }
    // "China (PRC)", "Xinjiang, China": look at the words one by one.
    for (String word : text.split("[\\s,;/()（）]+")) {
      if (word.length() >= 4) {
        code = byKey.get(PlaceText.keyOf(word));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * The country an address ends with ({@code ..., Almaty, Kazakhstan}), or null: the part after
   * the last comma, or the last one to three words.
   */
  public String countryAtEnd(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String a = address.strip();
    while (!a.isEmpty() && ".,;".indexOf(a.charAt(a.length() - 1)) >= 0) {
      a = a.substring(0, a.length() - 1).strip();
    }
    int comma = Math.max(a.lastIndexOf(','), a.lastIndexOf('，'));
    if (comma >= 0) {
      String code = byKey.get(PlaceText.keyOf(a.substring(comma + 1)));
      if (code != null) {
        return code;
      }
    }
    String[] words = a.split("\\s+");
    for (int n = Math.min(3, words.length); n >= 1; n--) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
      if (tail.length() < 2 || (n == 1 && tail.length() <= 3 && !tail.equals(tail.toUpperCase(java.util.Locale.ROOT)))) {
        continue;
      }
      String code = byKey.get(PlaceText.keyOf(tail));
      if (code != null) {
        return code;
      }
    }
    return null;
  }
}
