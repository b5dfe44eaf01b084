package org.threadline.lists.geo;

import java.util.List;
import org.threadline.core.geo.ChinaDivisions;
import org.threadline.core.geo.ChinaPartyLocator;
import org.threadline.core.geo.ChinaPlaceResolver;
import org.threadline.core.geo.CountryColumnReader;
import org.threadline.core.geo.NexusDetector;
import org.threadline.core.geo.XinjiangDetector;
import org.threadline.core.geo.XinjiangGazetteer;
import org.threadline.lists.bundled.BundledData;
import org.threadline.lists.goods.BundledGoods;

/**
 * Loads the bundled geography of {@code data/geo/} once per process and hands out the Xinjiang
 * detector, the gazetteer and the resolver of Chinese addresses built on it. Loading takes about
 * a second (43,000 divisions); every later call returns the same objects, which are immutable and
 * safe to share between threads.
 */
public final class BundledGeography {
  /** The version of the bundled geography data, quoted in every finding's explanation. */
  public static final String DATA_VERSION =
      "geo-2026-12-02 (divisions: modood 57a0aa9, AreaCity 1ec0580; exonyms and words: Threadline 2026-12-02)";

  private BundledGeography() {}

  /** Holder idiom: the data is read on first use, by one thread, and published safely. */
  private static final class Loaded {
    static final CountryColumnReader COUNTRIES = CountryColumnReader.of(
        BundledData.lines("geo/countries.csv"), BundledGoods.countryNames());
    static final XinjiangDetector DETECTOR = load();

    private static XinjiangDetector load() {
      List<String> exonyms = BundledData.lines("geo/xinjiang_exonyms.csv");
      ChinaDivisions divisions = ChinaDivisions.of(
          BundledData.lines("geo/cn_admin_level4_pinyin.csv"),
          BundledData.lines("geo/cn_province_names_en.csv"),
          XinjiangGazetteer.englishNames(exonyms));
      XinjiangGazetteer gazetteer =
          XinjiangGazetteer.of(divisions, exonyms, BundledData.lines("geo/address_words.csv"));
      return XinjiangDetector.of(gazetteer, COUNTRIES, BundledData.lines("geo/xinjiang_area_codes.csv"), DATA_VERSION);
    }
  }

  /** The Xinjiang nexus detector for {@code screen}. */
  public static NexusDetector nexusDetector() {
    return Loaded.DETECTOR;
  }

  /** The same detector with its full assessment API (dismissed signals, place). */
  public static XinjiangDetector xinjiangDetector() {
    return Loaded.DETECTOR;
  }

  /** Every name of every Xinjiang and XPCC place, for place mentions in articles. */
  public static XinjiangGazetteer gazetteer() {
    return Loaded.DETECTOR.placeResolver().gazetteer();
  }

  /** The province and prefecture of any Chinese address. */
  public static ChinaPlaceResolver placeResolver() {
    return Loaded.DETECTOR.placeResolver();
  }

  /** Locates every party with a Chinese address (province, prefecture, county). */
  public static ChinaPartyLocator partyLocator() {
    return new ChinaPartyLocator(Loaded.DETECTOR.placeResolver(), Loaded.COUNTRIES);
  }
}
