package org.threadline.core.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled geography read from the repository's data/ folder, built once for all tests. */
final class Geo {
  static final XinjiangDetector DETECTOR = build();
  static final XinjiangGazetteer GAZETTEER = DETECTOR.placeResolver().gazetteer();
  static final ChinaPlaceResolver RESOLVER = DETECTOR.placeResolver();

  private Geo() {}

  static List<String> lines(String path) {
    try {
      return Files.readAllLines(Path.of("../data", path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XinjiangDetector build() {
    List<String> exonyms = lines("geo/xinjiang_exonyms.csv");
    ChinaDivisions divisions = ChinaDivisions.of(lines("geo/cn_admin_level4_pinyin.csv"),
        lines("geo/cn_province_names_en.csv"), XinjiangGazetteer.englishNames(exonyms));
    XinjiangGazetteer g = XinjiangGazetteer.of(divisions, exonyms, lines("geo/address_words.csv"));
    return XinjiangDetector.of(g, CountryColumnReader.of(lines("geo/countries.csv"),
        new org.threadline.core.goods.CountryNames(java.util.Map.of())),
        lines("geo/xinjiang_area_codes.csv"), "test");
  }
}
