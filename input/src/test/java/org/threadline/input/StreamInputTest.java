package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

/** Uploads and standard input read as files are: every layout, every encoding, the same errors. */
class StreamInputTest {
  private static final String CSV = "供应商名称,地址,country\n"
      + "合盛硅业(鄯善)有限公司,新疆维吾尔自治区吐鲁番市鄯善县,中国\n";

  private static List<Party> parties(byte[] bytes, String name) {
    List<Party> out = new ArrayList<>();
    try (PartySource source =
        PartyReader.open(new ByteArrayInputStream(bytes), name, InputOptions.defaults())) {
      source.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsAnUploadInEachEncodingAFileMayHave() {
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
        StandardCharsets.UTF_16)) {
      assertThat(parties(CSV.getBytes(cs), "upload.csv")).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo("合盛硅业(鄯善)有限公司");
        assertThat(p.country()).isEqualTo("中国");
      });
    }
  }

  @Test
  void readsAWorkbookUpload() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Suppliers");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Supplier Name");
      header.createCell(1).setCellValue("Country");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Acme Cotton Co., Ltd.");
      row.createCell(1).setCellValue("VN");
      wb.write(bytes);
    }
    assertThat(parties(bytes.toByteArray(), "upload")).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Acme Cotton Co., Ltd."));
  }

  @Test
  void aBadRowOfAnUploadIsNamedAsInAFile() {
    byte[] bytes = "name,country\n\"Acme,VN\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parties(bytes, "upload.csv")).isInstanceOf(BadInputException.class)
        .hasMessage("upload.csv, row 1: unclosed quote: the quoted value that starts on line 2"
            + " never ends");
  }

  @Test
  void readsJsonLinesTextAlreadyDecoded() {
    List<TableRow> rows = new ArrayList<>();
    try (TableSource source = TableReader.open(
        new StringReader("{\"name\": \"Acme\"}\n{\"name\": \"Beta\", \"city\": \"Hanoi\"}\n"),
        "lines", InputOptions.defaults())) {
      source.forEachRemaining(rows::add);
      assertThat(source.header()).containsExactly("name", "city");
    }
    assertThat(rows).extracting(r -> r.get("name")).containsExactly("Acme", "Beta");
  }

  @Test
  void readsWholeTextInTheEncodingThePageDeclares() {
    String page = "<html><head><meta charset=\"big5\"></head><body>合盛矽業</body></html>";
    String text = TextInput.decode(page.getBytes(Charset.forName("Big5")), "page.html",
        InputOptions.defaults());
    assertThat(text).contains("合盛矽業");
    assertThat(TextInput.decode("\uFEFFid,name".getBytes(StandardCharsets.UTF_8), "l.csv",
        InputOptions.defaults())).isEqualTo("id,name");
  }
}
