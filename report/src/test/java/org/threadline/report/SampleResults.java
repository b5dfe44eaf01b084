package org.threadline.report;

import java.time.Instant;
import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.model.XinjiangNexus;

/**
 * A fixed run built by hand from the core records: every finding kind, Chinese text, a name that
 * is a formula, a name with quotes, a comma and a line break, HTML that must be escaped, and a
 * record with no finding.
 */
final class SampleResults {
  static final String HOSHINE_DETAIL = "trade name 合盛 ~ Hoshine (pinyin he sheng)";

  static final ListInfo UFLPA = ListInfo.builder("uflpa")
      .title("UFLPA Entity List")
      .version("2025-01-15")
      .source("https://www.dhs.gov/uflpa-entity-list")
      .retrieved("2025-11-20")
      .licence("US Government work (public domain)")
      .findingKind(FindingKind.ENTITY_LIST_MATCH)
      .complete(false)
      .notice("The bundled copy has 95 of the 144 entities DHS counted in 2025.")
      .origin("bundled")
      .build();
  static final ListInfo CBP_WRO = ListInfo.builder("cbp_wro")
      .title("CBP Withhold Release Orders and Findings")
      .version("2025-10-01")
      .source("https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings")
      .retrieved("2025-11-20")
      .licence("US Government work (public domain)")
      .findingKind(FindingKind.WRO_MATCH)
      .verified(false)
      .origin("bundled")
      .build();
  static final ListInfo DOL = ListInfo.builder("dol_tvpra")
      .title("DOL List of Goods Produced by Child Labor or Forced Labor")
      .version("2016")
      .source("https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods")
      .retrieved("2025-11-20")
      .licence("US Government work (public domain)")
      .origin("bundled")
      .build();

  static final ScreeningRun RUN = new ScreeningRun(List.of(UFLPA, CBP_WRO, DOL),
      List.of("suppliers.csv"), List.of("buyer", "notes"), 0.7, "0.1.0",
      Instant.parse("2026-11-25T19:00:00Z"));

  private SampleResults() {}

  static List<ScreeningResult> all() {
    return List.of(hoshine(), cottonMill(), formulaName(), quotedName(), childLabourGood());
  }

  /** A UFLPA entry by its Chinese name, registered in Kuytun, making polysilicon. */
  static ScreeningResult hoshine() {
    Party party = Party.builder("S-17").row(1).name("合盛硅业股份有限公司")
        .aliases(List.of("Hoshine Silicon")).address("新疆伊犁州奎屯市北京西路")
        .country("CN").registrationId("91654003MA7XXXXX1").product("polysilicon")
        .hts("2804.61").extra("buyer", "Team A").extra("notes", "tier 2").build();
    ListMatch match = new ListMatch(FindingKind.ENTITY_LIST_MATCH, "uflpa", "2025-01-15", false,
        "uflpa-0012", "Hoshine Silicon Industry Co., Ltd.", "i", 0.94449, "合盛硅业股份有限公司",
        "Hoshine Silicon Industry Co., Ltd.", false,
        List.of(new Explanation("trade_name", 0.9445, HOSHINE_DETAIL),
            new Explanation("industry", 1.0, "硅业 translated as silicon industry"),
            new Explanation("legal_form", 1.0, "股份有限公司 ~ Co., Ltd. (removed)")));
    XinjiangNexus nexus = new XinjiangNexus("registration_id", "91654003MA7XXXXX1", "654003",
        "Kuytun", 0.99, List.of(new Explanation("registration_id", 0.99,
            "USCC digits 3-8 654003 = Kuytun, Ili Kazakh Autonomous Prefecture, Xinjiang")));
    HighRiskGood sector = new HighRiskGood("uflpa_sectors", "2025-01", "polysilicon",
        "polysilicon", null, false, "2804.61", 0.8,
        List.of(new Explanation("hts", 0.8, "HTS 2804.61 is in the UFLPA polysilicon sector")));
    return new ScreeningResult(party, Risk.CRITICAL, true, List.of(match, nexus, sector));
  }

  /** A subsidiary of a CBP WRO entry (unverified list) selling cotton from China. */
  static ScreeningResult cottonMill() {
    Party party = Party.builder("S-2").row(2).name("Xinjiang Production Cotton (Aksu) Branch")
        .country("CN").product("cotton yarn").extra("buyer", "Team B").build();
    ListMatch wro = new ListMatch(FindingKind.WRO_MATCH, "cbp_wro", "2025-10-01", true,
        "cbp_wro-0031", "Xinjiang Production and Construction Corps", null, 0.8,
        "Xinjiang Production Cotton (Aksu) Branch", "XPCC", true,
        List.of(new Explanation("subsidiary", 0.8,
            "branch qualifier (Aksu) Branch after the entry's trade name; entry listed with"
                + " subsidiaries")));
    HighRiskGood cotton = new HighRiskGood("dol_tvpra", "2016", "Cotton", null, "China", true,
        "cotton yarn", 0.75,
        List.of(new Explanation("good", 0.75, "product 'cotton yarn' ~ DOL good Cotton, China,"
            + " forced labour")));
    return new ScreeningResult(party, Risk.HIGH, false, List.of(wro, cotton));
  }

  /** A formula as a name, in an article with HTML in its title. */
  static ScreeningResult formulaName() {
    Party party = Party.builder("S-3").row(3).name("=HYPERLINK(\"http://x.test\",\"click\")")
        .address("@home").phone("+86 991 1234567").extra("notes", "-1").build();
    ListMatch sanctions = new ListMatch(FindingKind.SANCTIONS_MATCH, "opensanctions",
        "20251120", false, "NK-abc", "=Evil Corp", null, 0.71,
        "=HYPERLINK(\"http://x.test\",\"click\")", "=Evil Corp", false,
        List.of(new Explanation("name", 0.71, "tokens hyperlink ~ evil: weak")));
    AdverseMedia media = new AdverseMedia("news/2025-03-01.html",
        "Report: <script>alert(1)</script> & \"forced\" labour", "allegation", 0.93,
        "Evil Corp", 120, 129, 0.72,
        List.of(new Explanation("name", 0.72, "article names 'Evil Corp' < 3 times")));
    return new ScreeningResult(party, Risk.MEDIUM, false, List.of(sanctions, media));
  }

  /** A clean record whose name has quotes, a comma and a line break. */
  static ScreeningResult quotedName() {
    Party party = Party.builder("S-4").row(4).name("Acme \"Best\", Ltd.\nSecond line")
        .aliases(List.of("Acme", "ACME Co")).city("Hà Nội").country("VN")
        .extra("buyer", "\tTeam C").build();
    return new ScreeningResult(party, Risk.NONE, false, List.of());
  }

  /** An address-only record supplying a good listed for child labour only. */
  static ScreeningResult childLabourGood() {
    Party party = Party.builder("5").row(5).address("12 Rue du Port, Abidjan")
        .country("CI").product("cocoa beans").build();
    HighRiskGood cocoa = new HighRiskGood("dol_tvpra", "2016", "Cocoa", null, "Côte d'Ivoire",
        false, "cocoa beans", 0.9,
        List.of(new Explanation("good", 0.9, "product 'cocoa beans' ~ DOL good Cocoa, Côte"
            + " d'Ivoire, child labour")));
    return new ScreeningResult(party, Risk.LOW, false, List.of(cocoa));
  }
}
