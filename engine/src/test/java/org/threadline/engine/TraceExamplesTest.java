package org.threadline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.model.Risk;
import org.threadline.input.InputOptions;
import org.threadline.trace.Reason;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainSources;

/**
 * The examples traced end to end through the engine: the bundled lists, the name matcher, the
 * Xinjiang detector, the DOL goods and the HTS sector table, on a pool of two.
 */
class TraceExamplesTest {
  @TempDir static Path home;
  private static ExecutorService pool;
  private static ScreeningEngine engine;

  @BeforeAll
  static void build() {
    pool = Executors.newFixedThreadPool(2);
    engine = ScreeningEngine.builder(ListSource.folder(home)).executor(pool, 2).build();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static TraceResult trace(String example) {
    return engine.trace(
        ChainSources.open(Path.of("../examples/trace", example), InputOptions.defaults()));
  }

  @Test
  void apparelTShirtsAreCriticalAndPoloShirtsAreNot() {
    TraceResult r = trace("apparel");
    ShipmentTrace tshirts = r.shipments().get(0);
    assertThat(tshirts.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(tshirts.reasons())
        .anySatisfy(
            reason -> {
              assertThat(reason.kind()).isEqualTo("xinjiang_nexus");
              assertThat(reason.path().parties())
                  .containsExactly("XJ-GIN", "CN-SPIN", "VN-GARM", "US-IMP");
            });
    ShipmentTrace polo = r.shipments().get(1);
    assertThat(polo.presumption()).isFalse();
    assertThat(polo.verdict()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void solarModulesMatchTheListedProducerOnTheUflpaList() {
    ShipmentTrace modules = trace("solar").shipments().get(0);
    assertThat(modules.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(modules.reasons())
        .anySatisfy(
            reason -> {
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

  @Test
  void theResultNamesEveryListVersionItUsed() {
    TraceResult r = trace("tomato");
    assertThat(r.lists())
        .extracting(i -> i.id())
        .containsSequence("uflpa", "cbp_wro")
        .contains("dol_tvpra", "uflpa_sectors");
  }
}
