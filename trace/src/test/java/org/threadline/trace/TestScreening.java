package org.threadline.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;
import org.threadline.core.screening.ListScreen;
import org.threadline.core.screening.Screener;
import org.threadline.trace.risk.SectorLookup;

/**
 * Small, predictable screening parts for tests: exact-name list matching, a Xinjiang detector
 * that reads the word Xinjiang in an address, DOL goods for cotton and garments from China, and
 * the apparel, cotton, polysilicon and tomato sectors by HTS prefix.
 */
final class TestScreening {
  static final ListInfo UFLPA = ListInfo.builder("uflpa")
      .title("UFLPA Entity List")
      .version("test-1")
      .source("test")
      .retrieved("2026-01-01")
      .licence("public domain")
      .findingKind(FindingKind.ENTITY_LIST_MATCH)
      .origin("bundled")
      .build();
  static final ListInfo WRO = ListInfo.builder("cbp_wro")
      .title("CBP WRO")
      .version("test-1")
      .source("test")
      .retrieved("2026-01-01")
      .licence("public domain")
      .findingKind(FindingKind.WRO_MATCH)
      .origin("bundled")
      .build();

  private TestScreening() {}

  static Screener screener(List<String> uflpaNames, List<String> wroNames) {
    return new Screener(
        List.of(new ListScreen(UFLPA, matcher("uflpa", uflpaNames)),
            new ListScreen(WRO, matcher("cbp_wro", wroNames))),
        TestScreening::nexus, goods(), List.of(), 0.7);
  }

  static NameMatcher matcher(String listId, List<String> names) {
    List<ListEntry> entries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      entries.add(ListEntry.builder(listId, listId + "-" + (i + 1), names.get(i))
          .section("i")
          .country("CN")
          .build());
    }
    return (queryNames, threshold) -> {
      List<NameMatch> out = new ArrayList<>();
      for (ListEntry e : entries) {
        for (String q : queryNames) {
          if (q.equalsIgnoreCase(e.name())) {
            out.add(new NameMatch(e, q, e.name(), 1.0, false,
                List.of(new Explanation("name", 1.0, "same name"))));
            break;
          }
        }
      }
      return out;
    };
  }

  static List<XinjiangNexus> nexus(Party p) {
    for (String place : new String[] {p.address(), p.city(), p.region()}) {
      if (place != null && place.toLowerCase(Locale.ROOT).contains("xinjiang")) {
        return List.of(new XinjiangNexus("address", place, "65", "Xinjiang", 0.95,
            List.of(new Explanation("address", 0.95, "address names Xinjiang"))));
      }
    }
    return List.of();
  }

  /** The primary names of the bundled UFLPA Entity List copy, read from the repository. */
  static List<String> uflpaNames() {
    try (var reader = java.nio.file.Files.newBufferedReader(
            java.nio.file.Path.of("../data/lists/uflpa_entity_list.csv"));
        var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
            .setSkipHeaderRecord(true).build().parse(reader)) {
      List<String> names = new ArrayList<>();
      parser.forEach(r -> names.add(r.get("name")));
      return names;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static GoodsClassifier goods() {
    return p -> {
      List<HighRiskGood> out = new ArrayList<>();
      String product = p.product() == null ? "" : p.product().toLowerCase(Locale.ROOT);
      if ("CN".equals(p.country()) && product.contains("cotton")) {
        out.add(new HighRiskGood("dol_tvpra", "2016", "Cotton", null, "China", true, p.product(),
            0.9, List.of()));
      }
      String sector = sectors().sectorOf(p.hts());
      if (sector != null) {
        out.add(new HighRiskGood("uflpa_sectors", "test", p.product(), sector, null, false,
            p.hts(), 0.9, List.of()));
      }
      return out;
    };
  }

  static SectorLookup sectors() {
    return hts -> {
      if (hts == null) {
        return null;
      }
      String d = hts.replaceAll("[^0-9]", "");
      if (d.startsWith("61") || d.startsWith("62")) {
        return "apparel";
      }
      if (d.startsWith("52")) {
        return "cotton";
      }
      if (d.startsWith("280461") || d.startsWith("854143")) {
        return "polysilicon";
      }
      if (d.startsWith("2002")) {
        return "tomatoes";
      }
      return null;
    };
  }

  static TraceEngine engine(List<String> uflpaNames, List<String> wroNames) {
    return new TraceEngine(screener(uflpaNames, wroNames), goods(), sectors(), List.of(),
        org.threadline.core.work.Workers.CALLER_ONLY);
  }
}
