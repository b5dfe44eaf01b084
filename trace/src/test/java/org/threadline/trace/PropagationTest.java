package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Risk;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.UnitTable;

/**
 * A Vietnamese garment maker buys fabric from a Xinjiang mill for its shirts and fabric from an
 * Italian mill for its dresses: the shirts carry the presumption, the dresses do not, and the
 * maker is flagged for commingling.
 */
class PropagationTest {
  private static TraceResult trace() {
    var chain = new ChainReader(UnitTable.bundled()).read(new MemorySource()
        .table("parties", "id,name,address,country,role",
            "XM,Kashgar Example Weaving,Kashgar Xinjiang,CN,manufacturer",
            "IT,Fictional Tessitura Srl,Prato,IT,raw_material_producer",
            "GM,Fictional Garment Co,Hanoi,VN,manufacturer",
            "US,Fictional Retail Inc,New York,US,importer")
        .table("products", "id,name,hts", "fx,fabric X,5208", "fy,fabric Y,5208",
            "shirt,shirts,6205", "dress,dresses,6204")
        .table("flows", "id,from_party,to_party,product,quantity,unit,documents",
            "F-1,XM,GM,fx,100,kg,", "F-2,IT,GM,fy,100,kg,",
            "F-3,GM,US,shirt,200,pcs,", "F-4,GM,US,dress,200,pcs,")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "GM,fx,shirt,0.5", "GM,fy,dress,0.5")
        .table("shipments", "id,importer,exporter,product,quantity,unit",
            "S-SHIRT,US,GM,shirt,200,pcs", "S-DRESS,US,GM,dress,200,pcs"));
    return TestScreening.engine(List.of(), List.of()).trace(chain);
  }

  @Test
  void taintsOnlyTheLineMadeFromTaintedInput() {
    TraceResult r = trace();
    ShipmentTrace shirts = r.shipments().get(0);
    ShipmentTrace dresses = r.shipments().get(1);
    assertThat(shirts.verdict()).isEqualTo(Risk.CRITICAL);
    assertThat(shirts.presumption()).isTrue();
    assertThat(dresses.verdict()).isEqualTo(Risk.MEDIUM);
    assertThat(dresses.presumption()).isFalse();
    assertThat(dresses.reasons()).extracting(Reason::kind).doesNotContain("xinjiang_nexus");
  }

  @Test
  void givesTheNexusWithItsPathPartyByPartyAndProductByProduct() {
    Reason nexus = trace().shipments().get(0).reasons().get(0);
    assertThat(nexus.kind()).isEqualTo("xinjiang_nexus");
    assertThat(nexus.party()).isEqualTo("XM");
    assertThat(nexus.path().parties()).containsExactly("XM", "GM", "US");
    assertThat(nexus.path().products()).containsExactly("fabric X", "shirts", "shirts");
    assertThat(nexus.path().flows()).containsExactly("F-1", "F-3");
  }

  @Test
  void flagsTheMakerThatHandlesTaintedAndCleanInputsForCommingling() {
    TraceResult r = trace();
    assertThat(r.parties().get(2).commingling()).isTrue();
    assertThat(r.shipments().get(1).reasons()).extracting(Reason::kind).contains("commingling");
  }

  @Test
  void tracesBothLinesFully() {
    TraceResult r = trace();
    // The Xinjiang mill discloses no input: the shirts are untraced; the dresses reach an origin.
    assertThat(r.shipments().get(0).tracedShare()).isEqualTo(0.0);
    assertThat(r.shipments().get(1).tracedShare()).isEqualTo(1.0);
  }
}
