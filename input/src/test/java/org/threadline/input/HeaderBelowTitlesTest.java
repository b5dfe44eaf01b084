package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

/** Real exports put a title (and a date, and a blank row) above the header. */
class HeaderBelowTitlesTest {
  @TempDir Path dir;

  private List<Party> parties(Path file) {
    return parties(file, InputOptions.defaults());
  }

  private static List<Party> parties(Path file, InputOptions options) {
    List<Party> out = new ArrayList<>();
    try (PartySource source = PartyReader.open(file, options)) {
      source.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void aBrandsFactoryListWithTitleRowsIsReadFromItsHeader() throws IOException {
    Path file = dir.resolve("factories.csv");
    Files.writeString(file, "Primary Manufacturing Factory List\n"
        + "Published: June 2025,,,\n"
        + ",,,\n"
        + "Country / Region,Factory_Name,Address,City,Product Type\n"
        + "Viet Nam,Sample Footwear Co Ltd,\"12 Road 3, Tan Uyen\",Binh Duong,Footwear\n");
    List<String> warnings = new ArrayList<>();
    Party p = parties(file, new InputOptions(null, false, warnings::add)).get(0);
    assertThat(p.row()).isEqualTo(1);
    assertThat(p.name()).isEqualTo("Sample Footwear Co Ltd");
    assertThat(p.country()).isEqualTo("Viet Nam");
    assertThat(p.product()).isEqualTo("Footwear");
    assertThat(warnings).containsExactly("" + file + ": 2 title rows above the header skipped");
  }

  @Test
  void aSemicolonHeaderBelowATitleWithCommasKeepsItsOwnDelimiter() throws IOException {
    Path file = dir.resolve("export.csv");
    Files.writeString(file, "Suppliers, all regions\nSupplier Name;Country/Region\nAcme;VN\n");
    assertThat(parties(file)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Acme");
      assertThat(p.country()).isEqualTo("VN");
    });
  }

  @Test
  void theChineseRegistryExportMapsProvincePrefectureAndAddress() throws IOException {
    Path file = dir.resolve("registry.csv");
    Files.write(file, ("企业名称,统一社会信用代码,注册日期,企业类型,法人代表,注册资金,经营范围,所在省份,地区,注册地址\n"
        + "包头市豪迈电缆制造有限公司,91150204720176565W,2001-01-02,N/A,孟瑞香,628(万人民币元),"
        + "电线电缆的生产,内蒙古,包头,内蒙古自治区包头市青山区青福镇\n").getBytes(Charset.forName("GB18030")));
    assertThat(parties(file)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("包头市豪迈电缆制造有限公司");
      assertThat(p.registrationId()).isEqualTo("91150204720176565W");
      assertThat(p.region()).isEqualTo("内蒙古");
      assertThat(p.city()).isEqualTo("包头");
      assertThat(p.address()).isEqualTo("内蒙古自治区包头市青山区青福镇");
    });
  }

  @Test
  void aWorkbookWithTitleRowsIsReadFromItsHeader() throws IOException {
    Path file = dir.resolve("factories.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("Factories");
      sheet.createRow(0).createCell(0).setCellValue("Factory disclosure list");
      sheet.createRow(1).createCell(0).setCellValue("As of 2025-06-30");
      String[][] rows = {{"Factory Name", "Country", "Address"},
          {"Sample Apparel Ltd", "Bangladesh", "Plot 5, Gazipur"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 3);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    assertThat(parties(file)).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(1);
      assertThat(p.name()).isEqualTo("Sample Apparel Ltd");
      assertThat(p.country()).isEqualTo("Bangladesh");
    });
  }

  @Test
  void withoutANameOrAddressColumnAnywhereTheFirstRowIsStillTheHeader() throws IOException {
    Path file = dir.resolve("codes.csv");
    Files.writeString(file, "code,amount\nA1,3\nA2,4\n");
    assertThatThrownBy(() -> parties(file)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("no name or address column: the columns are code, amount");
  }

  @Test
  void aTableReadWithoutAHeaderTestKeepsItsFirstRowAsTheHeader() throws IOException {
    Path file = dir.resolve("plain.csv");
    Files.writeString(file, "Report\nname,country\nAcme,VN\n");
    try (TableSource t = TableReader.open(file, InputOptions.defaults())) {
      assertThat(t.header()).containsExactly("Report");
    }
  }
}
