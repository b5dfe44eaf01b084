package org.threadline.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadline.core.goods.CountryNames;

/**
 * Reads a country column (or the last part of an address) as an ISO country code: {@code
 * China}, {@code PRC}, {@code 中国} are {@code CN}; {@code Kazakhstan} is {@code KZ}. Built from
 * {@code countries.csv} ({@code code,form}), the forms supplier files use, looked up first and
 * fast, in the detector's own key space; a column it misses is read by the project's one table of
 * every country, {@link CountryNames}.
 */
public final class CountryColumnReader {
  private final Map<String, String> byKey = new HashMap<>();
  // Every country the JDK knows, with the bundled aliases: read only when the table above misses.
  private final CountryNames everyCountry;

  private CountryColumnReader(List<String> lines, CountryNames everyCountry) {
    for (List<String> row : CsvFields.rows(lines)) {
      byKey.put(PlaceText.keyOf(row.get(1)), row.get(0));
    }
    this.everyCountry = everyCountry;
  }

  /**
   * Builds the reader.
   *
   * @param lines the lines of {@code countries.csv}
   * @param everyCountry the table of every country, for the columns the lines do not name
   */
  public static CountryColumnReader of(List<String> lines, CountryNames everyCountry) {
    return new CountryColumnReader(lines, everyCountry);
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
    code = everyCountry.iso2(text);
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
   * the last comma, or the last one to three words (a word of three letters or fewer only in
   * capitals: {@code ... KZ}, not {@code ... in}).
   */
  public String countryAtEnd(String address) {
    if (address == null) {
      return null;
    }
    int end = address.length();
    while (end > 0 && (Character.isWhitespace(address.charAt(end - 1)) || ".,;".indexOf(address.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    int comma = Math.max(address.lastIndexOf(',', end - 1), address.lastIndexOf('，', end - 1));
    if (comma >= 0) {
      String code = byKey.get(PlaceText.keyOf(address.substring(comma + 1, end)));
      if (code != null) {
        return code;
      }
    }
    int start = end;
    for (int words = 1; words <= 3; words++) {
      while (start > 0 && !Character.isWhitespace(address.charAt(start - 1)) && address.charAt(start - 1) != ',') {
        start--;
      }
      String tail = address.substring(start, end);
      if (words > 1 || tail.length() > 3 || allCapitals(tail)) {
        String code = byKey.get(PlaceText.keyOf(tail));
        if (code != null) {
          return code;
        }
      }
      while (start > 0 && Character.isWhitespace(address.charAt(start - 1))) {
        start--;
      }
      if (start == 0 || address.charAt(start - 1) == ',') {
        return null;
      }
    }
    return null;
  }

  /**
   * The country a city or region column names when it names one ({@code Singapore}, {@code Hong
   * Kong}, {@code 香港}), or null. Only whole names of four letters or more, or Chinese names, from
   * the supplier-file forms: a two-letter region ({@code CA}, {@code IN}) is a state, not a country.
   */
  public String countryNamedBy(String column) {
    if (column == null || column.isBlank()) {
      return null;
    }
    String key = PlaceText.keyOf(column);
    return key.length() >= 4 || (!key.isEmpty() && key.charAt(0) >= 0x80) ? byKey.get(key) : null;
  }

  /**
   * The country a company name names ({@code Crystal Apparel (Vietnam) Ltd}, {@code PT Maju
   * Indonesia}, {@code 越南...} at its start), or null: a whole word of four letters or more, or a
   * Chinese country name the name starts with.
   */
  public String countryNamedIn(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    if (CharFold.isHan(name.charAt(0))) {
      String key = PlaceText.keyOf(name);
      for (int n = Math.min(8, key.length()); n >= 2; n--) {
        String code = byKey.get(key.substring(0, n));
        if (code != null) {
          return code;
        }
      }
      return null;
    }
    for (String word : name.split("[^\\p{L}]+")) {
      if (word.length() >= 4) {
        String code = byKey.get(PlaceText.keyOf(word));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  private static boolean allCapitals(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }
}
