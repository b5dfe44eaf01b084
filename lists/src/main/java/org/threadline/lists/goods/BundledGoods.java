package org.threadline.lists.goods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadline.core.goods.CountryNames;
import org.threadline.core.goods.HighRiskGoodsClassifier;
import org.threadline.core.goods.HtsSector;
import org.threadline.core.goods.HtsSectorTable;
import org.threadline.core.goods.SectorKeyword;
import org.threadline.core.goods.TvpraGoodTerms;
import org.threadline.core.lists.TvpraList;
import org.threadline.lists.bundled.BundledData;
import org.threadline.lists.parse.AliasSplitter;
import org.threadline.lists.parse.CsvTable;

/**
 * Loads the goods tables of {@code data/goods/} (see its README) and builds the goods classifier
 * over them and a DOL TVPRA list.
 */
public final class BundledGoods {
  private BundledGoods() {}

  /** The classifier over the bundled tables and the given DOL TVPRA list (bundled or user copy). */
  public static HighRiskGoodsClassifier classifier(TvpraList dol) {
    return new HighRiskGoodsClassifier(sectorTable(), sectorKeywords(), dol, goodTerms(), countryNames());
  }

  /** The UFLPA high-priority sector table, with the version data/goods/goods.json gives. */
  public static HtsSectorTable sectorTable() {
    List<HtsSector> rows = new ArrayList<>();
    for (CsvTable.Row r : table("goods/uflpa_sectors_hts.csv").rows()) {
      rows.add(new HtsSector(r.get("sector"), r.get("added"), r.get("hts_prefix"), r.get("note")));
    }
    return new HtsSectorTable(rows, sectorsVersion());
  }

  /** The words that put a product description in a sector. */
  public static List<SectorKeyword> sectorKeywords() {
    List<SectorKeyword> out = new ArrayList<>();
    for (CsvTable.Row r : table("goods/uflpa_sector_keywords.csv").rows()) {
      out.add(new SectorKeyword(r.get("sector"), r.get("keyword")));
    }
    return out;
  }

  /** The words that name DOL goods whose own names are too short or too broad. */
  public static TvpraGoodTerms goodTerms() {
    Map<String, List<String>> terms = new LinkedHashMap<>();
    for (CsvTable.Row r : table("goods/tvpra_good_terms.csv").rows()) {
      terms.put(r.get("good"), AliasSplitter.split(r.get("terms")));
    }
    return new TvpraGoodTerms(terms);
  }

  /** Country names and codes, with the bundled aliases. */
  public static CountryNames countryNames() {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (CsvTable.Row r : table("goods/country_names.csv").rows()) {
      aliases.put(r.get("name"), r.get("iso2"));
    }
    return new CountryNames(aliases);
  }

  private static String sectorsVersion() {
    try (InputStream in = BundledData.open("goods/goods.json")) {
      JsonNode n = new ObjectMapper().readTree(in);
      return n.path("uflpa_sectors").path("version").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/goods/goods.json", e);
    }
  }

  private static CsvTable table(String path) {
    try (Reader r = BundledData.reader(path)) {
      return CsvTable.read(r, "data/" + path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + path, e);
    }
  }
}
