package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.model.Risk;
import org.threadline.input.InputOptions;
import org.threadline.lists.StandardScreening;
import org.threadline.lists.goods.BundledGoods;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.risk.SectorLookup;

/**
 * The examples traced end to end with the real screening: the bundled lists, the name matcher,
 * the Xinjiang detector, the DOL goods and the HTS sector table.
 */
class StandardScreeningExamplesTest {
  @TempDir static Path home;
  private static TraceEngine engine;

  @BeforeAll
  static void load() {
    StandardScreening screening = StandardScreening.load(home, List.of());
    engine = new TraceEngine(screening.screener(0.7, List.of()), screening.goods(),
        SectorLookup.of(BundledGoods.sectorTable()), List.of(screening.dolTvpra().info()));
  }

  private static TraceResult trace(String example) {
    var source = ChainSources.open(Path.of("../examples/trace", example), InputOptions.defaults());
    return engine.trace(new ChainReader(UnitTable.bundled()).read(source));
  }

  @Test
  void apparelTShirtsAreCriticalAndPoloShirtsAreNot() {
    TraceResult r = trace("apparel");
    ShipmentTrace tshirts = r.shipments().get(0);
    assertThat(tshirts.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(tshirts.reasons()).anySatisfy(reason -> {
      assertThat(reason.kind()).isEqualTo("xinjiang_nexus");
      assertThat(reason.path().parties()).containsExactly("XJ-GIN", "CN-SPIN", "VN-GARM", "US-IMP");
    });
    ShipmentTrace polo = r.shipments().get(1);
    assertThat(polo.presumption()).isFalse();
    assertThat(polo.verdict()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void solarModulesMatchTheListedProducerOnTheUflpaList() {
    ShipmentTrace modules = trace("solar").shipments().get(0);
    assertThat(modules.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(modules.reasons()).anySatisfy(reason -> {
      assertThat(reason.kind()).isEqualTo("entity_list_match");
      assertThat(reason.party()).isEqualTo("CN-POLY");
      assertThat(reason.presumption()).isTrue();
    });
  }

  @Test
  void tomatoPasteStaysLow() {
    ShipmentTrace paste = trace("tomato").shipments().get(0);
    assertThat(paste.verdict()).isEqualTo(Risk.LOW);
    assertThat(paste.sector()).isEqualTo("tomatoes and downstream products");
  }

  @Test
  void theSpinnersGapIsHighInTheCottonSector() {
    ShipmentTrace tshirts = trace("mass-balance-gap").shipments().get(0);
    assertThat(tshirts.verdict()).isEqualTo(Risk.HIGH);
    assertThat(tshirts.reasons()).extracting(Reason::kind).contains("mass_balance_gap");
  }
}
