package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

class XlsxTableSourceTest {
  @TempDir Path dir;

  private static void fill(Sheet sheet, int firstRow, Object[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(firstRow + r);
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value instanceof Number) {
          row.createCell(c).setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Boolean) {
          row.createCell(c).setCellValue((Boolean) value);
        } else if (value != null) {
          row.createCell(c).setCellValue((String) value);
        }
      }
    }
  }

  private Path save(Workbook workbook, String name) throws IOException {
    Path file = dir.resolve(name);
    try (workbook; OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private Path suppliersWorkbook() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    fill(workbook.createSheet("Suppliers"), 2,
        new Object[] {"Supplier Name", "Postcode", "Tel", "Share", "Active", "Note"},
        new Object[] {"新疆某某棉业有限公司", 830000, 13912345678L, 12.5, true, null},
        new Object[] {},
        new Object[] {"Acme", null, null, null, false, "x"});
    fill(workbook.createSheet("Products"), 0, new Object[] {"id", "name"}, new Object[] {"P1", "yarn"});
    return save(workbook, "book.xlsx");
  }

  @Test
  void readsTheFirstSheetFromItsFirstNonBlankRowWithNumbersWrittenInFull() throws IOException {
    List<TableRow> rows = TestFiles.readAll(suppliersWorkbook(), InputOptions.defaults());
    assertThat(rows).hasSize(2);
    TableRow first = rows.get(0);
    assertThat(first.row()).isEqualTo(1);
    assertThat(first.cells()).containsExactly(
        java.util.Map.entry("Supplier Name", "新疆某某棉业有限公司"),
        java.util.Map.entry("Postcode", "830000"),
        java.util.Map.entry("Tel", "13912345678"),
        java.util.Map.entry("Share", "12.5"),
        java.util.Map.entry("Active", "TRUE"),
        java.util.Map.entry("Note", ""));
    assertThat(rows.get(1).row()).as("the blank row keeps its place").isEqualTo(3);
  }

  @Test
  void saysHowMuchOfTheSheetItHasRead() throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook();
    Sheet sheet = workbook.createSheet("s");
    fill(sheet, 0, new Object[] {"name"});
    for (int i = 1; i <= 20_000; i++) {
      sheet.createRow(i).createCell(0).setCellValue("Supplier " + i);
    }
    try (TableSource source = TableReader.open(save(workbook, "big.xlsx"), InputOptions.defaults())) {
      source.next();
      assertThat(source.fractionRead()).isBetween(0.0, 0.9);
      source.forEachRemaining(row -> { });
      assertThat(source.fractionRead()).isEqualTo(1.0);
    }
  }

  @Test
  void readsANamedSheetAndListsTheSheets() throws IOException {
    Path file = suppliersWorkbook();
    assertThat(TableReader.sheetNames(file)).containsExactly("Suppliers", "Products");
    try (TableSource source = TableReader.openSheet(file, "Products", InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("id", "name");
      assertThat(source.next().get("name")).isEqualTo("yarn");
    }
  }

  @Test
  void anUnknownSheetNameListsTheSheets() throws IOException {
    Path file = suppliersWorkbook();
    assertThatThrownBy(() -> TableReader.openSheet(file, "Parties", InputOptions.defaults()))
        .isInstanceOfSatisfying(BadInputException.class,
            e -> assertThat(e.reason()).contains("no sheet named 'Parties'", "Suppliers, Products"));
  }

  @Test
  void readsInlineStringsAsWrittenByStreamingWriters() throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook();
    fill(workbook.createSheet("s"), 0, new Object[] {"company", "address"},
        new Object[] {"Hoshine Silicon", "Shihezi, Xinjiang"});
    Path file = save(workbook, "stream.xlsx");
    List<Party> parties = new ArrayList<>();
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      source.forEachRemaining(parties::add);
    }
    assertThat(parties).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Hoshine Silicon");
      assertThat(p.address()).isEqualTo("Shihezi, Xinjiang");
    });
  }

  @Test
  void aValueBeyondTheHeaderNamesRowAndColumn() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    fill(workbook.createSheet("s"), 0, new Object[] {"name", "city"},
        new Object[] {"A", "B"}, new Object[] {"C", "D", "stray"}, new Object[] {"E", "F"});
    Path file = save(workbook, "wide.xlsx");
    assertThatThrownBy(() -> TestFiles.readAll(file, InputOptions.defaults()))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.row()).isEqualTo(2);
          assertThat(e.column()).isEqualTo("C");
        });
    List<String> warnings = new ArrayList<>();
    assertThat(TestFiles.readAll(file, InputOptions.defaults().skippingBadRows(warnings::add)))
        .extracting(r -> r.get("name")).containsExactly("A", "E");
    assertThat(warnings).containsExactly(file + ", row 2, column 'C': skipped: a value beyond"
        + " the header's last column (B)");
  }

  @Test
  void anEmptySheetIsAnError() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    workbook.createSheet("s");
    Path file = save(workbook, "empty.xlsx");
    assertThatThrownBy(() -> TableReader.open(file, InputOptions.defaults()))
        .isInstanceOfSatisfying(BadInputException.class,
            e -> assertThat(e.reason()).contains("the sheet is empty"));
  }

  /**
   * Found by PartyReaderFuzzTest: a zip entry may name any compression method, and for Zstandard
   * (93, or 20 as some writers had it) Commons Compress needs a library Threadline does not ship; the
   * NoClassDefFoundError it threw escaped as a crash instead of a refusal of the file.
   */
  @Test
  void aWorkbookWithAPartCompressedInAWayExcelDoesNotWriteIsRefused() throws IOException {
    byte[] xml = "<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry("[Content_Types].xml");
      CRC32 crc = new CRC32();
      crc.update(xml);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(xml.length);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(xml);
      zip.closeEntry();
    }
    byte[] zstd = bytes.toByteArray();
    zstd[8] = 93; // the compression method of the local file header
    for (int i = zstd.length - 4; i >= 0; i--) {
      if (zstd[i] == 'P' && zstd[i + 1] == 'K' && zstd[i + 2] == 1 && zstd[i + 3] == 2) {
        zstd[i + 10] = 93; // and of the central directory's header
        break;
      }
    }
    Path file = new TestFiles(dir).write("zstd.xlsx", zstd);
    assertThatThrownBy(() -> TestFiles.readAll(file, InputOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a readable XLSX workbook (a part is compressed in a way Excel does not write)");
  }
}
