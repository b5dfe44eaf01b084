package org.threadline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.input.InputOptions;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.model.SupplyChain;

class ChainSourcesTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  private static final String[][] PARTIES = {{"id", "name", "country", "role"},
      {"P-1", "Alpha Farm", "US", "raw_material_producer"}, {"P-2", "Beta Mill", "VN", "trader"}};
  private static final String[][] PRODUCTS = {{"id", "name", "hts"}, {"lint", "cotton lint", "5201"}};
  private static final String[][] FLOWS = {{"id", "from_party", "to_party", "product", "quantity",
      "unit"}, {"F-1", "P-1", "P-2", "lint", "2", "t"}, {"F-2", "P-1", "P-2", "lint", "3", "lb"}};

  private static SupplyChain read(Path p) {
    return new ChainReader(UnitTable.bundled()).read(ChainSources.open(p, InputOptions.defaults()));
  }

  @Test
  void readsAWorkbookWithASheetPerTable(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("chain.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      sheet(wb, "Parties", PARTIES);
      sheet(wb, "products", PRODUCTS);
      sheet(wb, "flows", FLOWS);
      wb.write(out);
    }
    SupplyChain chain = read(xlsx);
    assertThat(chain.parties()).hasSize(2);
    assertThat(chain.flows().quantity(0)).isEqualTo(2000.0);
    assertThat(chain.file("flows")).isEqualTo("chain.xlsx[flows]");
  }

  @Test
  void readsOneJsonObjectWithAKeyPerTableAndNamesItsRowsInErrors(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("chain.json");
    Files.writeString(json, "{\"parties\": [{\"id\": \"P-1\", \"name\": \"Alpha\"},"
        + " {\"id\": \"P-2\", \"name\": \"Beta\"}],"
        + " \"products\": [{\"id\": \"lint\", \"name\": \"cotton lint\"}],"
        + " \"flows\": [{\"id\": \"F-1\", \"from_party\": \"P-1\", \"to_party\": \"P-2\","
        + " \"product\": \"lint\", \"quantity\": 5, \"unit\": \"kg\", \"documents\": [\"invoice\"]},"
        + " {\"id\": \"F-2\", \"from_party\": \"P-1\", \"to_party\": \"P-2\", \"product\": \"lint\","
        + " \"quantity\": -1, \"unit\": \"kg\"}]}");
    assertThatThrownBy(() -> read(json)).isInstanceOf(BadInputException.class)
        .hasMessage("chain.json[flows], row 2, column 'quantity': a quantity cannot be negative"
            + " or infinite, got -1");
  }

  @Test
  void saysWhichTableIsMissingFromAFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("parties.csv"), "id,name\nP-1,Alpha\n");
    assertThatThrownBy(() -> read(dir)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("no 'products' table");
  }

  private static void sheet(XSSFWorkbook wb, String name, String[][] rows) {
    var sheet = wb.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
  }
  /** Reads on the calling thread, ahead on a pool, and on an executor that never starts a task. */
  static Stream<Executor> readers() {
    return Stream.of(Runnable::run, POOL, task -> { });
  }

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void aLargeFolderStillFailsOnItsFirstBadRowAndCheck(Executor executor, @TempDir Path dir)
      throws Exception {
    // Rows may be looked up on a worker that parses the file, thousands ahead of the checks:
    // the problem reported is still the first one, and within a row the first check's.
    StringBuilder parties = new StringBuilder("id,name,country,role\n");
    for (int i = 0; i < 5000; i++) {
      parties.append("P-").append(i).append(",Party ").append(i).append(",VN,trader\n");
    }
    parties.append("P-7,Party Again,VN,trader\n");
    Files.writeString(dir.resolve("parties.csv"), parties);
    Files.writeString(dir.resolve("products.csv"), "id,name\nlint,cotton lint\n");
    StringBuilder flows =
        new StringBuilder("id,from_party,to_party,product,quantity,unit,documents\n");
    for (int i = 0; i < 6000; i++) {
      flows.append("F-").append(i).append(",P-1,P-2,lint,1,kg,invoice;packing_list\n");
    }
    flows.append("F-x,P-1,P-2,lint,1,furlong,no_such_document\n");
    flows.append("F-y,P-1,P-404,lint,1,kg,invoice\n");
    Files.writeString(dir.resolve("flows.csv"), flows);
    ChainReader reader = new ChainReader(UnitTable.bundled(), executor);
    assertThatThrownBy(() -> reader.read(ChainSources.open(dir, InputOptions.defaults())))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("parties.csv, row 5001, column 'id': party id 'P-7' is used twice");
    Files.writeString(dir.resolve("parties.csv"), parties.substring(0,
        parties.lastIndexOf("P-7,Party Again")));
    assertThatThrownBy(() -> reader.read(ChainSources.open(dir, InputOptions.defaults())))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("flows.csv, row 6001, column 'unit': unknown unit 'furlong'");
    Files.writeString(dir.resolve("flows.csv"), flows.substring(0, flows.lastIndexOf("F-x")));
    SupplyChain chain = reader.read(ChainSources.open(dir, InputOptions.defaults()));
    assertThat(chain.parties()).hasSize(5000);
    assertThat(chain.parties().get(4999).id()).isEqualTo("P-4999");
  }
}
