package org.threadline.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.XinjiangNexus;

class ScreenerTest {
  private static final ListInfo UFLPA = info("uflpa", FindingKind.ENTITY_LIST_MATCH, true);
  private static final ListInfo WRO = info("cbp_wro", FindingKind.WRO_MATCH, false);
  private static final ListEntry HOSHINE =
      ListEntry.builder("uflpa", "uflpa-0006", "Hoshine Silicon Industry (Shanshan) Co., Ltd.")
          .section("i")
          .country("China")
          .effectiveDate("2022-06-21")
          .includesSubsidiaries(true)
          .build();

  private static ListInfo info(String id, FindingKind kind, boolean verified) {
    return ListInfo.builder(id)
        .title(id)
        .version("v1")
        .source("test")
        .retrieved("2026-01-01")
        .licence("public domain")
        .findingKind(kind)
        .verified(verified)
        .origin("bundled")
        .build();
  }

  /** Matches exactly one name, the way a real matcher would report a near-certain match. */
  private static NameMatcher exact(String name, ListEntry entry, double score) {
    return (names, threshold) -> names.contains(name) && score >= threshold
        ? List.of(new NameMatch(entry, name, entry.name(), score, false,
            List.of(new Explanation("name", score, "same name"))))
        : List.of();
  }

  private static Screener screener(List<ListScreen> lists, double threshold) {
    return new Screener(lists, party -> List.of(), party -> List.of(), List.of(), threshold);
  }

  @Test
  void nearCertainUflpaMatchIsCriticalWithThePresumption() {
    var s = screener(List.of(new ListScreen(UFLPA, exact("Hoshine", HOSHINE, 0.95))), 0.7);
    var r = s.screen(Party.builder("S-1").name("Hoshine").build());
    assertThat(r.risk()).isEqualTo(Risk.CRITICAL);
    assertThat(r.presumption()).isTrue();
    var m = (ListMatch) r.findings().get(0);
    assertThat(m.list()).isEqualTo("uflpa");
    assertThat(m.entryName()).isEqualTo("Hoshine Silicon Industry (Shanshan) Co., Ltd.");
    assertThat(m.listVersion()).isEqualTo("v1");
    assertThat(m.listUnverified()).isFalse();
  }

  @Test
  void matchWorthALookIsHighWithoutThePresumption() {
    var s = screener(List.of(new ListScreen(UFLPA, exact("Hoshin", HOSHINE, 0.8))), 0.7);
    var r = s.screen(Party.builder("S-1").name("Hoshin").build());
    assertThat(r.risk()).isEqualTo(Risk.HIGH);
    assertThat(r.presumption()).isFalse();
  }

  @Test
  void matchBelowTheThresholdIsNotReported() {
    var s = screener(List.of(new ListScreen(UFLPA, exact("Hoshin", HOSHINE, 0.8))), 0.85);
    var r = s.screen(Party.builder("S-1").name("Hoshin").build());
    assertThat(r.findings()).isEmpty();
    assertThat(r.risk()).isEqualTo(Risk.NONE);
  }

  @Test
  void wroMatchIsHighAndMarkedUnverifiedWhenTheListIs() {
    var entry = ListEntry.builder("cbp_wro", "cbp_wro-0001", "Hetian Taida Apparel Co., Ltd.")
        .country("China")
        .build();
    var s = screener(List.of(new ListScreen(WRO, exact("Hetian Taida", entry, 0.93))), 0.7);
    var r = s.screen(Party.builder("S-2").name("Hetian Taida").build());
    assertThat(r.risk()).isEqualTo(Risk.HIGH);
    assertThat(r.presumption()).isFalse();
    var m = (ListMatch) r.findings().get(0);
    assertThat(m.kind()).isEqualTo(FindingKind.WRO_MATCH);
    assertThat(m.listUnverified()).isTrue();
  }

  @Test
  void nearCertainXinjiangNexusIsCriticalAndSortedFirst() {
    var nexus = new XinjiangNexus("postal_code", "830000", "6501", "Urumqi", 0.95, List.of());
    var good = new HighRiskGood("uflpa_sectors", "2025-08", "cotton", "cotton", null, false,
        "5201.00", 0.9, List.of());
    var s = new Screener(List.of(), p -> List.of(nexus), p -> List.of(good), List.of(), 0.7);
    var r = s.screen(Party.builder("S-3").address("somewhere").build());
    assertThat(r.risk()).isEqualTo(Risk.CRITICAL);
    assertThat(r.presumption()).isTrue();
    assertThat(r.findings()).containsExactly(nexus, good);
  }

  @Test
  void sectorOnlyGoodIsLowAndForcedLabourGoodFromItsCountryIsMedium() {
    var sector = new HighRiskGood("uflpa_sectors", "v", "apparel", "apparel", null, false,
        "6109.10", 0.9, List.of());
    var dol = new HighRiskGood("dol_tvpra", "v", "Cotton", null, "Turkmenistan", true,
        "cotton", 0.9, List.of());
    assertThat(RiskRules.riskOf(sector)).isEqualTo(Risk.LOW);
    assertThat(RiskRules.riskOf(dol)).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void partyWithoutNamesIsStillScreenedForNexus() {
    var s = screener(List.of(new ListScreen(UFLPA, exact("x", HOSHINE, 1.0))), 0.7);
    var r = s.screen(Party.builder("7").address("Urumqi").build());
    assertThat(r.id()).isEqualTo("7");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void thresholdOutsideTheUnitIntervalIsRefusedWithTheValue() {
    assertThatThrownBy(() -> screener(List.of(), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
