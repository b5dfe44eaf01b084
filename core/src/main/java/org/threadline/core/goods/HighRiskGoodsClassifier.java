package org.threadline.core.goods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;

/**
 * Says whether what a party supplies is a good at risk, from its {@code hts} and {@code product}
 * columns:
 *
 * <ul>
 *   <li>an HTS code in a UFLPA high-priority sector ({@link HtsSectorTable}, longest prefix);
 *   <li>a product description naming a sector ({@link SectorKeyword}s, English and Chinese);
 *   <li>a product description naming a good the DOL TVPRA list gives for the party's country
 *       (countries compared by ISO code, so {@code CN}, {@code China} and {@code 中国} agree),
 *       for forced labour, child labour or both.
 * </ul>
 *
 * <p>Each finding names its source ({@code uflpa_sectors} or {@code dol_tvpra}) and that source's
 * version. A sector found from the HTS code is not reported again from the description.
 */
public final class HighRiskGoodsClassifier implements GoodsClassifier {
  /** The source id of findings from the UFLPA sector table. */
  public static final String UFLPA_SECTORS = "uflpa_sectors";

  static final double HTS_SCORE = 0.9;
  static final double PRODUCT_SCORE = 0.8;

  private final HtsSectorTable sectors;
  private final Map<String, List<ProductTerm>> sectorTerms = new LinkedHashMap<>();
  private final TvpraList dol;
  /** DOL goods by ISO country code; goods whose country has no code under their own name. */
  private final Map<String, List<DolGood>> dolGoodsByCountry = new java.util.HashMap<>();
  private final CountryNames countries;

  private record DolGood(TvpraGood good, String iso2, List<ProductTerm> terms) {}

  /**
   * @param sectors the UFLPA sector table
   * @param keywords the words that put a product description in a sector
   * @param dol the DOL TVPRA goods list
   * @param goodTerms the words that name each DOL good
   * @param countries country names and codes
   */
  public HighRiskGoodsClassifier(HtsSectorTable sectors, List<SectorKeyword> keywords, TvpraList dol,
      TvpraGoodTerms goodTerms, CountryNames countries) {
    this.sectors = sectors;
    this.dol = dol;
    this.countries = countries;
    for (SectorKeyword k : keywords) {
      if (!sectors.sectors().contains(k.sector())) {
        throw new IllegalArgumentException("keyword '" + k.keyword() + "' names sector '" + k.sector()
            + "', which the HTS table does not have");
      }
      sectorTerms.computeIfAbsent(k.sector(), s -> new ArrayList<>()).add(new ProductTerm(k.keyword()));
    }
    for (TvpraGood g : dol.goods()) {
      String iso = countries.iso2(g.country());
      String key = iso != null ? iso : g.country().strip().toLowerCase(Locale.ROOT);
      dolGoodsByCountry.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new DolGood(g, iso, goodTerms.termsOf(g.good())));
    }
  }

  @Override
  public List<HighRiskGood> classify(Party party) {
    Map<String, HighRiskGood> bySector = new LinkedHashMap<>();
    if (party.hts() != null) {
      for (String code : party.hts().split("[,;/|]")) {
        sectors.sectorOf(code).ifPresent(row -> bySector.putIfAbsent(row.sector(), htsFinding(code.strip(), row)));
      }
    }
    List<HighRiskGood> findings = new ArrayList<>();
    if (party.product() != null) {
      ProductTerm.Description d = new ProductTerm.Description(party.product());
      for (Map.Entry<String, List<ProductTerm>> e : sectorTerms.entrySet()) {
        if (bySector.containsKey(e.getKey())) {
          continue;
        }
        for (ProductTerm t : e.getValue()) {
          if (t.foundIn(d)) {
            bySector.put(e.getKey(), productFinding(party.product(), e.getKey(), t));
            break;
          }
        }
      }
      findings.addAll(bySector.values());
      findings.addAll(dolFindings(party, d));
    } else {
      findings.addAll(bySector.values());
    }
    return findings;
  }

  private HighRiskGood htsFinding(String code, HtsSector row) {
    String detail = "HTS " + code + " is under heading " + row.htsPrefix() + " (" + row.note()
        + "), in the UFLPA high-priority sector '" + row.sector() + "' (added " + row.added()
        + "); headings derived from the tariff schedule, verify against the current USITC HTS";
    return new HighRiskGood(UFLPA_SECTORS, sectors.version(), row.sector(), row.sector(), null, true,
        code, HTS_SCORE, List.of(new Explanation("hts", HTS_SCORE, detail)));
  }

  private HighRiskGood productFinding(String product, String sector, ProductTerm term) {
    String detail = "product '" + product + "' mentions '" + term.text() + "', in the UFLPA high-priority sector '"
        + sector + "' (added " + sectors.addedOf(sector) + ")";
    return new HighRiskGood(UFLPA_SECTORS, sectors.version(), term.text(), sector, null, true,
        product, PRODUCT_SCORE, List.of(new Explanation("product", PRODUCT_SCORE, detail)));
  }

  private List<HighRiskGood> dolFindings(Party party, ProductTerm.Description d) {
    List<HighRiskGood> out = new ArrayList<>();
    if (party.country() == null) {
      return out;
    }
    String iso = countries.iso2(party.country());
    String key = iso != null ? iso : party.country().strip().toLowerCase(Locale.ROOT);
    for (DolGood g : dolGoodsByCountry.getOrDefault(key, List.of())) {
      for (ProductTerm t : g.terms) {
        if (t.foundIn(d)) {
          out.add(dolFinding(party, g.good, t));
          break;
        }
      }
    }
    return out;
  }

  private HighRiskGood dolFinding(Party party, TvpraGood g, ProductTerm term) {
    String labour = g.forcedLabour() && g.childLabour() ? "forced labour and child labour"
        : g.forcedLabour() ? "forced labour" : "child labour";
    String detail = "product '" + party.product() + "' mentions '" + term.text() + "'; the DOL TVPRA list ("
        + dol.info().version() + ") gives " + g.good() + " from " + g.country() + " for " + labour;
    return new HighRiskGood(dol.info().id(), dol.info().version(), g.good(), null, g.country(), g.forcedLabour(),
        party.product(), PRODUCT_SCORE, List.of(
            new Explanation("product", PRODUCT_SCORE, detail),
            new Explanation("country", 1.0, "party country '" + party.country() + "' is " + g.country())));
  }
}
