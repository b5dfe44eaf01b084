package org.threadline.core.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the repository's dictionary files from disk for core tests (core itself does no I/O). */
final class BundledDictionaryFiles {
  private static final Path DATA = Path.of("..", "data");
  private static MatchingModel model;

  private BundledDictionaryFiles() {}

  static synchronized MatchingModel model() {
    if (model == null) {
      model = MatchingModel.build(data());
    }
    return model;
  }

  static MatchingData data() {
    return new MatchingData(
        tsv("dictionaries/legal_forms.tsv"),
        tsv("dictionaries/stop_words.tsv"),
        tsv("dictionaries/translated_words.tsv"),
        tsv("dictionaries/company_brands.tsv"),
        tsv("dictionaries/place_exonyms.tsv"),
        tsv("dictionaries/abbreviations.tsv"),
        tsv("dictionaries/polyphone_readings.tsv"),
        adminPlaces(),
        tsv("dictionaries/match_weights.tsv"),
        Files.exists(DATA.resolve("dictionaries/name_frequency.tsv"))
            ? tsv("dictionaries/name_frequency.tsv") : List.of(),
        lines("dictionaries/english_words.txt").stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#")).toList(),
        "test");
  }

  private static List<String[]> tsv(String path) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(path)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  // The file's values hold no commas, so a split is enough here.
  private static List<String[]> adminPlaces() {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = lines("geo/cn_admin_level3_pinyin.csv");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.replace("\"", "").split(",", -1);
      if (c.length >= 8 && !c[3].isBlank() && !"国外".equals(c[3])) {
        rows.add(new String[] {c[3], c[5], c[7], c[2], c[0]});
      }
    }
    return rows;
  }

  private static List<String> lines(String path) {
    try {
      return Files.readAllLines(DATA.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
