package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Risk;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.UnitTable;

/**
 * A chain whose figures are worked by hand. A US farm (an origin) sells 1,000 kg of cotton to a
 * spinner that needs 1.25 kg of cotton per kg of yarn: at most 800 kg of yarn, all traced. The
 * spinner sells 600 kg of it to a weaver; a trader that discloses no supplier sells the weaver
 * 200 kg more. The weaver's 800 kg of yarn is 600/800 = 75% traced. At 1.25 kg of yarn per kg of
 * fabric it can weave 640 kg, yet it ships 700 kg: a gap of 60 kg. Traced: 0.75 x 640 = 480 kg of
 * the 700 kg shipped, a share of 480/700.
 */
class MassBalanceTest {
  private static TraceResult trace() {
    var chain = new ChainReader(UnitTable.bundled()).read(new MemorySource()
        .table("parties", "id,name,country,role",
            "FARM,Alpha Cotton Farm,US,raw_material_producer",
            "SPIN,Beta Spinning Mill,VN,manufacturer",
            "TRAD,Gamma Yarn Trading,VN,trader",
            "WEAV,Delta Weaving,VN,manufacturer",
            "IMP,Epsilon Apparel Imports,US,importer")
        .table("products", "id,name,hts", "cotton,cotton,5201", "yarn,yarn,5205",
            "fabric,fabric,5208")
        .table("flows", "id,from_party,to_party,product,quantity,unit",
            "F-1,FARM,SPIN,cotton,1,t",
            "F-2,SPIN,WEAV,yarn,600,kg",
            "F-3,TRAD,WEAV,yarn,200,kg",
            "F-4,WEAV,IMP,fabric,700,kg")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "SPIN,cotton,yarn,1.25", "WEAV,yarn,fabric,1.25")
        .table("shipments", "id,importer,exporter,manufacturer,product,quantity,unit",
            "SH-1,IMP,WEAV,WEAV,fabric,700,kg"));
    return TestScreening.engine(List.of(), List.of()).trace(chain);
  }

  @Test
  void tracesTheShareOfTheShipmentThatReachesAnOrigin() {
    assertThat(trace().shipments().get(0).tracedShare()).isCloseTo(480.0 / 700.0, within(1e-12));
  }

  @Test
  void flagsTheWeaverThatShipsMoreThanItsInputsYield() {
    TraceResult r = trace();
    assertThat(r.massBalance()).hasSize(1);
    MassBalanceEntry gap = r.massBalance().get(0);
    assertThat(gap.party()).isEqualTo("WEAV");
    assertThat(gap.product()).isEqualTo("fabric");
    assertThat(gap.output()).isEqualTo(700.0);
    assertThat(gap.maxFromDisclosedInputs()).isCloseTo(640.0, within(1e-9));
    assertThat(gap.maxFromTracedInputs()).isCloseTo(480.0, within(1e-9));
    assertThat(gap.unit()).isEqualTo("kg");
    assertThat(r.parties().get(3).massBalanceGap()).isTrue();
    assertThat(r.parties().get(1).massBalanceGap()).isFalse();
  }

  @Test
  void untracedVolumeAndTheGapInACottonSectorMakeTheShipmentHigh() {
    ShipmentTrace s = trace().shipments().get(0);
    assertThat(s.verdict()).isEqualTo(Risk.HIGH);
    assertThat(s.presumption()).isFalse();
    assertThat(s.reasons()).extracting(Reason::kind)
        .contains("untraced_volume", "mass_balance_gap", "missing_documents");
    Reason untraced = s.reasons().stream().filter(x -> x.kind().equals("untraced_volume"))
        .findFirst().orElseThrow();
    assertThat(untraced.party()).isEqualTo("TRAD");
    assertThat(untraced.path().parties()).containsExactly("TRAD", "WEAV", "IMP");
    assertThat(untraced.path().products()).containsExactly("yarn", "fabric", "fabric");
    assertThat(untraced.path().flows()).containsExactly("F-3", "F-4");
  }
}
