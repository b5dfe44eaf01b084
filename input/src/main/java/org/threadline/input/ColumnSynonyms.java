package org.threadline.input;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the header text of a user's file to the contract "Screening input" column it means: {@code
 * "Supplier Name"}, {@code "company"} and {@code "公司名称"} all mean {@code name}. The synonyms are
 * data, in {@code column-synonyms.tsv} beside this class; adding one is a one-line change with no
 * code.
 */
public final class ColumnSynonyms {
  /** The contract "Screening input" columns, in the contract's order. */
  public static final List<String> COLUMNS = List.of("id", "name", "aliases", "address", "city",
      "region", "postal_code", "country", "phone", "registration_id", "website", "product", "hts");

  private static final String RESOURCE = "column-synonyms.tsv";
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern ACRONYM_WORD = Pattern.compile("([A-Z]+)([A-Z][a-z])");
  private static final Pattern LETTER_DIGIT = Pattern.compile("([a-z])([0-9])");
  private static final Pattern SEPARATORS =
      Pattern.compile("[\\p{IsWhite_Space}_\\-./\\\\:()\\[\\]#*?'\"]+");

  private static final Map<String, String> COLUMN_OF = load();

  private ColumnSynonyms() {}

  /**
   * The contract "Screening input" column that {@code header} means, if any: {@code
   * "Supplier_Name"} gives {@code name}, {@code "notes"} gives nothing.
   */
  public static Optional<String> columnFor(String header) {
    return Optional.ofNullable(COLUMN_OF.get(normalise(header)));
  }

  /**
   * Header text reduced to what matters for matching: camelCase and letter-digit boundaries
   * split, full-width forms and case folded (Unicode NFKC_Casefold, which also drops a byte-order
   * mark), runs of spaces, underscores, hyphens, dots, slashes, colons, brackets and the like
   * turned into one space, ends trimmed. {@code "Postal_Code"}, {@code "postalCode"} and
   * {@code "ＰＯＳＴＡＬ　ＣＯＤＥ"} all give {@code "postal code"}. Idempotent.
   */
  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String split = ACRONYM_WORD.matcher(LOWER_UPPER.matcher(header).replaceAll("$1 $2"))
        .replaceAll("$1 $2");
    String folded = NFKC_CASEFOLD.normalize(split);
    String spaced = SEPARATORS.matcher(folded).replaceAll(" ").strip();
    return LETTER_DIGIT.matcher(spaced).replaceAll("$1 $2");
  }

  /** Every header text that means {@code column}, normalised, the column's own name first. */
  public static List<String> synonymsOf(String column) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> entry : COLUMN_OF.entrySet()) {
      if (entry.getValue().equals(column)) {
        names.add(entry.getKey());
      }
    }
    return names;
  }

  private static Map<String, String> load() {
    Map<String, String> columnOf = new LinkedHashMap<>();
    for (String column : COLUMNS) {
      columnOf.put(normalise(column), column);
    }
    InputStream in = ColumnSynonyms.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the input jar");
    }
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 2 || !COLUMNS.contains(fields[0])) {
          throw new IllegalStateException(RESOURCE + " line " + number
              + ": expected a screening input column, a tab and a header text: " + line);
        }
        String key = normalise(fields[1]);
        String before = columnOf.putIfAbsent(key, fields[0]);
        if (before != null && !before.equals(fields[0])) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": '" + fields[1]
              + "' already means " + before);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    return Collections.unmodifiableMap(columnOf);
  }
}
