package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.model.DocumentType;
import org.threadline.trace.model.SupplyChain;

class ChainReaderTest {
  private static final ChainReader READER = new ChainReader(UnitTable.bundled());

  private static MemorySource base() {
    return new MemorySource()
        .table("parties", "id,name,country,role", "P-1,Alpha Farm,US,raw_material_producer",
            "P-2,Beta Spinning,VN,manufacturer", "P-3,Gamma Imports,US,importer")
        .table("products", "id,name,hts", "cotton,raw cotton,5201.00", "yarn,cotton yarn,5205",
            "shirt,t-shirts,6109.10");
  }

  private static BadInputException failure(MemorySource s) {
    try {
      SupplyChain chain = READER.read(s);
      TestScreening.engine(List.of(), List.of()).trace(chain);
    } catch (BadInputException e) {
      return e;
    }
    throw new AssertionError("expected bad input");
  }

  @Test
  void convertsEveryFlowToItsProductsUnit() {
    SupplyChain chain = READER.read(base().table("flows",
        "id,from_party,to_party,product,quantity,unit,documents",
        "F-1,P-1,P-2,cotton,2,t,invoice;PO",
        "F-2,P-1,P-2,cotton,500,kg,",
        "F-3,P-2,P-3,yarn,10,lb,"));
    assertThat(chain.product(0).unit().code()).isEqualTo("kg");
    assertThat(chain.flows().quantity(0)).isEqualTo(2000.0);
    assertThat(chain.flows().quantity(1)).isEqualTo(500.0);
    assertThat(chain.flows().quantity(2)).isEqualTo(10 * 0.45359237);
    assertThat(chain.flows().documents(0) & DocumentType.INVOICE.bit()).isNotZero();
    assertThat(chain.flows().documents(0) & DocumentType.PURCHASE_ORDER.bit()).isNotZero();
  }

  @Test
  void rejectsAFlowToAnUnknownPartyNamingFileRowAndColumn() {
    var e = failure(base().table("flows", "id,from_party,to_party,product,quantity,unit",
        "F-1,P-1,P-2,cotton,1,t", "F-2,P-2,P-9,yarn,1,kg"));
    assertThat(e.getMessage())
        .isEqualTo("flows.csv, row 2, column 'to_party': unknown party 'P-9' (not an id in the"
            + " parties table)");
  }

  @Test
  void rejectsAFlowOfAnUnknownProduct() {
    var e = failure(base().table("flows", "id,from_party,to_party,product,quantity,unit",
        "F-1,P-1,P-2,wool,1,t"));
    assertThat(e.file()).isEqualTo("flows.csv");
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.column()).isEqualTo("product");
    assertThat(e.reason()).contains("unknown product 'wool'");
  }

  @Test
  void rejectsANegativeQuantity() {
    var e = failure(base().table("flows", "id,from_party,to_party,product,quantity,unit",
        "F-1,P-1,P-2,cotton,-5,t"));
    assertThat(e.column()).isEqualTo("quantity");
    assertThat(e.reason()).contains("cannot be negative");
  }

  @Test
  void rejectsAFlowWhoseUnitDoesNotConvertToItsProducts() {
    var e = failure(base().table("flows", "id,from_party,to_party,product,quantity,unit",
        "F-1,P-1,P-2,cotton,5,t", "F-2,P-1,P-2,cotton,5,pcs"));
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("unit");
    assertThat(e.reason()).contains("'pcs' does not convert to kg");
  }

  @Test
  void rejectsATransformWhoseUnitsDoNotConvert() {
    var e = failure(base()
        .table("flows", "id,from_party,to_party,product,quantity,unit", "F-1,P-1,P-2,cotton,5,t")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "P-2,cotton,yarn,1.2 m/kg"));
    assertThat(e.file()).isEqualTo("transforms.csv");
    assertThat(e.column()).isEqualTo("input_per_output");
    assertThat(e.reason()).contains("m does not convert to kg");
  }

  @Test
  void convertsATransformsYieldToTheProductsUnits() {
    SupplyChain chain = READER.read(base()
        .table("flows", "id,from_party,to_party,product,quantity,unit", "F-1,P-1,P-2,cotton,5,t",
            "F-2,P-2,P-3,shirt,10,dozen")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "P-2,cotton,shirt,2.4 kg/dozen"));
    // Cotton is held in kg and shirts in pieces: 2.4 kg per dozen is 0.2 kg per piece.
    assertThat(chain.transforms().get(0).inputPerOutput()).isCloseTo(0.2, within());
  }

  @Test
  void rejectsAnUnknownRole() {
    var e = failure(new MemorySource()
        .table("parties", "id,name,role", "P-1,Alpha,farmer")
        .table("products", "id,name", "x,x")
        .table("flows", "id,from_party,to_party,product,quantity,unit"));
    assertThat(e.getMessage()).startsWith("parties.csv, row 1, column 'role': unknown role");
  }

  @Test
  void rejectsALoopThatGivesBackWhatItTakes() {
    var e = failure(base()
        .table("flows", "id,from_party,to_party,product,quantity,unit",
            "F-1,P-1,P-2,cotton,5,t", "F-2,P-2,P-3,cotton,5,t", "F-3,P-3,P-2,cotton,5,t"));
    assertThat(e.file()).isEqualTo("flows.csv");
    assertThat(e.reason()).startsWith("a loop that cannot be real production: ")
        .contains("raw cotton at P-2").contains("raw cotton at P-3");
  }

  @Test
  void rejectsALoopThatMakesAProductOutOfItself() {
    var e = failure(base()
        .table("flows", "id,from_party,to_party,product,quantity,unit",
            "F-1,P-1,P-2,cotton,5,t", "F-2,P-2,P-3,yarn,5,t", "F-3,P-3,P-2,shirt,5,pcs")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "P-3,yarn,shirt,0.001", "P-2,shirt,yarn,0.5"));
    assertThat(e.file()).isEqualTo("transforms.csv");
    assertThat(e.column()).isEqualTo("output_product");
  }

  @Test
  void acceptsARecyclingLoopThatLosesVolume() {
    // P-2 spins cotton and recycled fibre into yarn; P-3 returns cutting waste as fibre. Each
    // round loses: 1.1 kg fibre per kg yarn, 1.5 kg yarn per kg waste-fibre.
    SupplyChain chain = READER.read(new MemorySource()
        .table("parties", "id,name,country,role", "P-1,Alpha Farm,US,raw_material_producer",
            "P-2,Beta Spinning,VN,manufacturer", "P-3,Gamma Knits,VN,manufacturer",
            "P-4,Delta Imports,US,importer")
        .table("products", "id,name", "fibre,fibre", "yarn,yarn", "cloth,cloth")
        .table("flows", "id,from_party,to_party,product,quantity,unit",
            "F-1,P-1,P-2,fibre,100,kg", "F-2,P-2,P-3,yarn,90,kg", "F-3,P-3,P-2,fibre,10,kg",
            "F-4,P-3,P-4,cloth,50,kg")
        .table("transforms", "party,input_product,output_product,input_per_output",
            "P-2,fibre,yarn,1.1", "P-3,yarn,fibre,1.5", "P-3,yarn,cloth,1.2")
        .table("shipments", "id,importer,exporter,product,quantity,unit",
            "S-1,P-4,P-3,cloth,50,kg"));
    TraceResult r = TestScreening.engine(List.of(), List.of()).trace(chain);
    assertThat(r.shipments().get(0).tracedShare()).isCloseTo(1.0, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
