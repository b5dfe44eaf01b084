package org.threadline.lists.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.matching.MatchingData;
import org.threadline.lists.bundled.BundledData;

/**
 * Reads the matcher's bundled dictionaries ({@code data/dictionaries/*.tsv}) and the admin
 * places with their pinyin ({@code data/geo/cn_admin_level3_pinyin.csv}) into {@link
 * MatchingData}.
 */
public final class MatchingDictionaries {
  /** Version of the bundled dictionaries, reported with the matcher. */
  public static final String VERSION = "dictionaries-2026-12-02";

  private MatchingDictionaries() {}

  /** All bundled dictionary rows. */
  public static MatchingData bundled() {
    return new MatchingData(
        tsv("dictionaries/legal_forms.tsv", 3),
        tsv("dictionaries/stop_words.tsv", 2),
        tsv("dictionaries/translated_words.tsv", 3),
        tsv("dictionaries/company_brands.tsv", 3),
        tsv("dictionaries/place_exonyms.tsv", 2),
        tsv("dictionaries/abbreviations.tsv", 2),
        tsv("dictionaries/polyphone_readings.tsv", 2),
        adminPlaces(),
        tsv("dictionaries/match_weights.tsv", 2),
        BundledData.exists("dictionaries/name_frequency.tsv")
            ? tsv("dictionaries/name_frequency.tsv", 2) : List.of(),
        BundledData.lines("dictionaries/english_words.txt").stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList(),
        VERSION);
  }

  /** Rows of a tab-separated file; lines starting with # and blank lines are skipped. */
  static List<String[]> tsv(String path, int columns) {
    List<String[]> rows = new ArrayList<>();
    int line = 0;
    for (String text : BundledData.lines(path)) {
      line++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      String[] cells = text.split("\t", -1);
      if (cells.length < columns) {
        throw new IllegalStateException("bundled data/" + path + " line " + line + " has "
            + cells.length + " columns, expected " + columns);
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<String[]> adminPlaces() {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = BundledData.reader("geo/cn_admin_level3_pinyin.csv")) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String name = rec.get("name");
        String pinyin = rec.get("pinyin");
        if (name.isBlank() || pinyin.isBlank() || "国外".equals(name)) {
          continue;
        }
        rows.add(new String[] {name, pinyin, rec.get("ext_name"), rec.get("deep"), rec.get("id")});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/geo/cn_admin_level3_pinyin.csv", e);
    }
    return rows;
  }
}
