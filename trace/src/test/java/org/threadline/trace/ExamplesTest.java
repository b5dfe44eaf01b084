package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Risk;
import org.threadline.input.InputOptions;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;

/** The example chains of examples/trace: each shipment gets the verdict its story implies. */
class ExamplesTest {
  private static TraceResult trace(String example) {
    var source = ChainSources.open(Path.of("../examples/trace", example), InputOptions.defaults());
    var chain = new ChainReader(UnitTable.bundled()).read(source);
    return TestScreening.engine(TestScreening.uflpaNames(), List.of()).trace(chain);
  }

  private static Reason first(ShipmentTrace s, String kind) {
    return s.reasons().stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void apparelTShirtsCarryThePresumptionFromXinjiangCotton() {
    ShipmentTrace tshirts = trace("apparel").shipments().get(0);
    assertThat(tshirts.shipment().id()).isEqualTo("SH-101");
    assertThat(tshirts.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(tshirts.presumption()).isTrue();
    Reason nexus = first(tshirts, "xinjiang_nexus");
    assertThat(nexus.party()).isEqualTo("XJ-GIN");
    assertThat(nexus.path().parties()).containsExactly("XJ-GIN", "CN-SPIN", "VN-GARM", "US-IMP");
    assertThat(nexus.path().products())
        .containsExactly("cotton lint", "cotton yarn", "t-shirts", "t-shirts");
    assertThat(tshirts.tracedShare()).isEqualTo(1.0);
    assertThat(tshirts.missing()).extracting(i -> i.type().code()).contains("bale_record");
  }

  @Test
  void apparelPoloShirtsAreCleanButTheMakerCommingles() {
    TraceResult r = trace("apparel");
    ShipmentTrace polo = r.shipments().get(1);
    assertThat(polo.verdict()).isEqualTo(Risk.MEDIUM);
    assertThat(polo.presumption()).isFalse();
    assertThat(polo.reasons()).extracting(Reason::kind).containsExactly("commingling");
    assertThat(first(polo, "commingling").party()).isEqualTo("VN-GARM");
    assertThat(polo.tracedShare()).isEqualTo(1.0);
    assertThat(polo.documentsComplete()).isEqualTo(1.0);
  }

  @Test
  void solarModulesCarryThePresumptionFromAListedPolysiliconProducer() {
    ShipmentTrace modules = trace("solar").shipments().get(0);
    assertThat(modules.verdict()).isEqualTo(Risk.CRITICAL);
    Reason listed = first(modules, "entity_list_match");
    assertThat(listed.party()).isEqualTo("CN-POLY");
    assertThat(listed.presumption()).isTrue();
    assertThat(listed.path().parties()).containsExactly("CN-POLY", "CN-WAFER", "MY-CELL", "US-IMP");
    assertThat(listed.path().products())
        .containsExactly("polysilicon", "silicon wafers", "solar modules", "solar modules");
    assertThat(modules.missing()).extracting(i -> i.type().code())
        .contains("quartz_source", "metallurgical_silicon_source");
  }

  @Test
  void tomatoPasteIsTracedDocumentedAndLow() {
    ShipmentTrace paste = trace("tomato").shipments().get(0);
    assertThat(paste.verdict()).isEqualTo(Risk.LOW);
    assertThat(paste.reasons()).isEmpty();
    assertThat(paste.tracedShare()).isEqualTo(1.0);
    assertThat(paste.documentsComplete()).isEqualTo(1.0);
  }

  @Test
  void aSpinnerShippingMoreYarnThanItsCottonYieldsMakesTheShipmentHigh() {
    TraceResult r = trace("mass-balance-gap");
    ShipmentTrace tshirts = r.shipments().get(0);
    assertThat(tshirts.verdict()).isEqualTo(Risk.HIGH);
    Reason gap = first(tshirts, "mass_balance_gap");
    assertThat(gap.party()).isEqualTo("PK-SPIN");
    assertThat(gap.path().parties()).containsExactly("PK-SPIN", "BD-KNIT", "US-IMP");
    // 100,000 kg of lint at 1.15 kg per kg yields 86,956.52 kg of yarn; 120,000 kg were shipped.
    assertThat(tshirts.tracedShare()).isCloseTo(100_000 / 1.15 / 120_000, within(1e-12));
    assertThat(r.massBalance()).singleElement().satisfies(m -> {
      assertThat(m.party()).isEqualTo("PK-SPIN");
      assertThat(m.output()).isEqualTo(120_000.0);
      assertThat(m.maxFromDisclosedInputs()).isCloseTo(100_000 / 1.15, within(1e-9));
    });
  }
}
