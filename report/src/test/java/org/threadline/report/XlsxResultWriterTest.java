package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxResultWriterTest {
  @TempDir static Path dir;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    Path file = dir.resolve("results.xlsx");
    try (ResultWriter writer = ResultWriters.open(ScreenFormat.XLSX, file, null,
        SampleResults.RUN)) {
      SampleResults.all().forEach(writer::write);
    }
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Row row) {
    List<String> cells = new ArrayList<>();
    for (Cell cell : row) {
      cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
          : cell.toString());
    }
    return cells;
  }

  private static String cell(Sheet sheet, int row, String column) {
    List<String> header = texts(sheet.getRow(0));
    Cell cell = sheet.getRow(row).getCell(header.indexOf(column));
    return cell == null ? "" : cell.getStringCellValue();
  }

  @Test
  void hasAResultsSheetAndAListsSheet() {
    assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
    assertThat(workbook.getSheetName(0)).isEqualTo("results");
    assertThat(workbook.getSheetName(1)).isEqualTo("lists");
  }

  @Test
  void writesTheSameHeaderAsCsvInBold() {
    Sheet results = workbook.getSheet("results");

    assertThat(texts(results.getRow(0))).containsExactlyElementsOf(
        new FindingTable(SampleResults.RUN.extraColumns()).header());
    assertThat(workbook.getFontAt(results.getRow(0).getCell(0).getCellStyle().getFontIndex())
        .getBold()).isTrue();
  }

  @Test
  void writesOneRowPerFindingWithTypedScoreAndPresumption() {
    Sheet results = workbook.getSheet("results");
    int score = new FindingTable(SampleResults.RUN.extraColumns()).scoreColumn();

    assertThat(results.getLastRowNum()).isEqualTo(9);
    assertThat(results.getRow(1).getCell(score).getNumericCellValue()).isEqualTo(0.944);
    assertThat(results.getRow(1).getCell(16).getBooleanCellValue()).isTrue();
    assertThat(cell(results, 1, "name")).isEqualTo("合盛硅业股份有限公司");
    assertThat(cell(results, 8, "name")).isEqualTo("Acme \"Best\", Ltd.\nSecond line");
  }

  @Test
  void neutralisesFormulas() {
    Sheet results = workbook.getSheet("results");

    assertThat(cell(results, 6, "name")).isEqualTo("'=HYPERLINK(\"http://x.test\",\"click\")");
    for (Row row : results) {
      for (Cell cell : row) {
        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
      }
    }
  }

  @Test
  void explainsEveryFinding() {
    Sheet results = workbook.getSheet("results");

    assertThat(cell(results, 1, "explanation")).contains(SampleResults.HOSHINE_DETAIL);
    assertThat(cell(results, 2, "explanation")).contains("USCC digits 3-8 654003 = Kuytun");
  }

  @Test
  void listsSheetGivesProvenanceAndNotices() {
    Sheet lists = workbook.getSheet("lists");

    assertThat(texts(lists.getRow(1))).startsWith("uflpa", "UFLPA Entity List", "2025-01-15");
    assertThat(cell(lists, 1, "notice")).contains("95 of the 144")
        .contains("threadline lists update --list uflpa FILE");
    assertThat(lists.getRow(1).getCell(7).getBooleanCellValue()).isFalse();
  }

  @Test
  void continuesOnANewSheetWhenASheetIsFull() throws IOException {
    Path file = dir.resolve("small-sheets.xlsx");
    try (ResultWriter writer = new XlsxResultWriter(Destination.file(file), SampleResults.RUN, 4)) {
      SampleResults.all().forEach(writer::write);
    }

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetName(0)).isEqualTo("results");
      assertThat(book.getSheetName(1)).isEqualTo("results 2");
      assertThat(book.getSheetName(2)).isEqualTo("results 3");
      assertThat(book.getSheetName(3)).isEqualTo("lists");
      int rows = 0;
      for (String name : List.of("results", "results 2", "results 3")) {
        assertThat(texts(book.getSheet(name).getRow(0)).get(0)).isEqualTo("id");
        rows += book.getSheet(name).getLastRowNum();
      }
      assertThat(rows).isEqualTo(9);
    }
  }
}
