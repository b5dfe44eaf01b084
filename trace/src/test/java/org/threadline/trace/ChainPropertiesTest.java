package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.model.Unit;

class ChainPropertiesTest {
  private static final UnitTable UNITS = UnitTable.bundled();

  private static final Gen<String> UNIT_NAMES = arbitrary().pick("kg", "t", "g", "lb", "oz", "bale", "m", "yd",
      "ft", "pcs", "dozen", "pair", "m2", "l", "W", "kW");

  @Test
  void convertingThereAndBackIsTheIdentity() {
    qt().forAll(UNIT_NAMES, UNIT_NAMES, doubles().between(0, 1e9)).checkAssert((a, b, quantity) -> {
      Unit ua = UNITS.find(a);
      Unit ub = UNITS.find(b);
      if (ua.convertsTo(ub)) {
        double back = quantity * ua.factorTo(ub) * ub.factorTo(ua);
        assertThat(back).isCloseTo(quantity, org.assertj.core.data.Offset.offset(1e-9 * (1 + quantity)));
      }
    });
  }

  /** Any layered chain: farms, mills, makers, one importer; quantities and yields at random. */
  @Test
  void everyTracedShareIsAShareAndEveryShipmentHasAVerdict() {
    qt().withExamples(60)
        .forAll(lists(integers().between(0, 2000), 9, 9), doubles().between(0.5, 3), doubles().between(0.1, 2),
            booleans().all())
        .checkAssert(ChainPropertiesTest::tracedSharesAndVerdicts);
  }

  private static void tracedSharesAndVerdicts(List<Integer> quantities, double millYield, double makerYield,
      boolean thirdFarmDiscloses) {
    List<String> flows = new ArrayList<>(List.of("id,from_party,to_party,product,quantity,unit"));
    String[][] links = {{"A", "M1", "lint"}, {"B", "M1", "lint"}, {"C", "M2", "lint"},
        {"A", "M2", "lint"}, {"M1", "K", "yarn"}, {"M2", "K", "yarn"}, {"M1", "T", "yarn"},
        {"T", "K", "yarn"}, {"K", "I", "shirt"}};
    for (int i = 0; i < links.length; i++) {
      flows.add("F" + i + "," + links[i][0] + "," + links[i][1] + "," + links[i][2] + ","
          + quantities.get(i) + "," + (links[i][2].equals("shirt") ? "pcs" : "kg"));
    }
    var chain = new ChainReader(UNITS).read(new MemorySource()
        .table("parties", "id,name,role", "A,Farm A,raw_material_producer",
            "B,Farm B,raw_material_producer",
            "C,Farm C," + (thirdFarmDiscloses ? "raw_material_producer" : "trader"),
            "M1,Mill 1,manufacturer", "M2,Mill 2,manufacturer", "T,Trader,trader",
            "K,Maker,manufacturer", "I,Importer,importer")
        .table("products", "id,name", "lint,lint", "yarn,yarn", "shirt,shirt")
        .table("flows", flows.toArray(String[]::new))
        .table("transforms", "party,input_product,output_product,input_per_output",
            "M1,lint,yarn," + millYield, "M2,lint,yarn," + millYield,
            "K,yarn,shirt," + makerYield)
        .table("shipments", "id,importer,exporter,product", "S,I,K,shirt"));
    TraceResult r = TestScreening.engine(List.of(), List.of()).trace(chain);
    ShipmentTrace s = r.shipments().get(0);
    assertThat(s.tracedShare()).isBetween(0.0, 1.0);
    assertThat(s.verdict()).isNotNull();
    assertThat(s.documentsComplete()).isBetween(0.0, 1.0);
    for (MassBalanceEntry m : r.massBalance()) {
      assertThat(m.output()).isGreaterThan(m.maxFromDisclosedInputs());
      assertThat(m.maxFromTracedInputs()).isLessThanOrEqualTo(m.maxFromDisclosedInputs() + 1e-9);
    }
  }
}
