package org.threadline.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.ScreeningResult;

/**
 * XLSX through POI's streaming workbook (SXSSF): rows beyond a small window are flushed to a
 * temporary file, so memory stays flat however many results there are. Sheet {@code results}
 * holds the {@link FindingTable} rows under a styled, frozen, filterable header (continued on
 * {@code results 2}, ... past Excel's 1,048,576 rows); sheet {@code lists} holds the provenance
 * of every list and its notice.
 */
final class XlsxResultWriter extends DestinationWriter {
  /** Rows kept in memory per sheet before POI flushes them to its temporary file. */
  private static final int WINDOW = 200;
  private static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final String TRUNCATED = " [truncated]";

  private final int maxRows;
  private final SXSSFWorkbook workbook;
  private final FindingTable table;
  private final CellStyle headerStyle;
  private final CellStyle scoreStyle;
  private final CellStyle plainStyle;
  private SXSSFSheet sheet;
  private int sheets;
  private int nextRow;
  private boolean released;

  XlsxResultWriter(Destination destination, ScreeningRun run) {
    this(destination, run, EXCEL_ROWS);
  }

  /** A writer that starts a new results sheet after {@code maxRows} rows (header included). */
  XlsxResultWriter(Destination destination, ScreeningRun run, int maxRows) {
    super(destination);
    this.maxRows = maxRows;
    this.workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    this.table = new FindingTable(run.extraColumns());
    this.headerStyle = headerStyle(workbook);
    this.scoreStyle = workbook.createCellStyle();
    scoreStyle.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
    this.plainStyle = workbook.getCellStyleAt(0);
    newResultsSheet();
    writeLists(run.lists());
  }

  private static CellStyle headerStyle(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    return style;
  }

  private void newResultsSheet() {
    sheets++;
    sheet = workbook.createSheet(sheets == 1 ? "results" : "results " + sheets);
    // Keep the results sheets together, before the lists sheet.
    workbook.setSheetOrder(sheet.getSheetName(), sheets - 1);
    List<String> header = table.header();
    writeHeader(sheet, header);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
    for (int c = 0; c < header.size(); c++) {
      sheet.setColumnWidth(c, widthOf(header.get(c)));
    }
    nextRow = 1;
  }

  /** Column widths in 1/256 of a character: wide for names and explanations, narrow for codes. */
  private static int widthOf(String column) {
    switch (column) {
      case "explanation":
        return 100 * 256;
      case "name":
      case "entry_name":
      case "matched_name":
      case "address":
      case "evidence":
        return 40 * 256;
      case "risk":
      case "score":
      case "country":
        return 10 * 256;
      default:
        return 16 * 256;
    }
  }

  private void writeHeader(SXSSFSheet target, List<String> header) {
    Row row = target.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(headerStyle);
    }
    target.createFreezePane(0, 1);
  }

  private void writeLists(List<ListInfo> lists) {
    SXSSFSheet provenance = workbook.createSheet("lists");
    List<String> header = List.of("id", "title", "version", "source", "retrieved", "licence",
        "finding_kind", "complete", "verified", "origin", "notice");
    writeHeader(provenance, header);
    int r = 1;
    for (ListInfo info : lists) {
      Row row = provenance.createRow(r++);
      List<Object> cells = List.of(text(info.id()), text(info.title()), text(info.version()),
          text(info.source()), text(info.retrieved()), text(info.licence()),
          info.findingKind() == null ? "" : info.findingKind().code(), info.complete(),
          info.verified(), text(info.origin()), text(ListNotices.of(info)));
      for (int c = 0; c < cells.size(); c++) {
        setCell(row, c, cells.get(c));
      }
    }
    for (int c = 0; c < header.size(); c++) {
      provenance.setColumnWidth(c, (c == header.size() - 1 ? 100 : c == 3 ? 50 : 20) * 256);
    }
  }

  private static String text(String value) {
    return value == null ? "" : SpreadsheetSafe.neutralise(value);
  }

  @Override
  void writeResult(ScreeningResult result) {
    for (List<Object> cells : table.rows(result)) {
      if (nextRow >= maxRows) {
        newResultsSheet();
      }
      Row row = sheet.createRow(nextRow++);
      for (int c = 0; c < cells.size(); c++) {
        setCell(row, c, cells.get(c));
      }
    }
  }

  /**
   * Sets one cell; an empty text leaves no cell at all. Every cell gets an explicit style:
   * without one, POI looks the column's default style up for each cell it writes, a linear search
   * over the column definitions that made writing twenty times slower.
   */
  private void setCell(Row row, int column, Object value) {
    if (value instanceof String s && s.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    if (value instanceof Double d) {
      cell.setCellValue(d);
      cell.setCellStyle(scoreStyle);
      return;
    }
    cell.setCellStyle(plainStyle);
    if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else {
      String s = value.toString();
      // Excel refuses a cell longer than 32,767 characters; say so rather than fail the run.
      cell.setCellValue(s.length() <= MAX_TEXT ? s : truncate(s));
    }
  }

  private static String truncate(String s) {
    int end = MAX_TEXT - TRUNCATED.length();
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + TRUNCATED;
  }

  @Override
  void finish() throws IOException {
    workbook.write(stream());
  }

  @Override
  void release() {
    if (released) {
      return;
    }
    released = true;
    try {
      // Also deletes the temporary files of the flushed rows.
      workbook.close();
    } catch (IOException e) {
      // Nothing is left to write; a temporary file that could not be deleted stays in the
      // system's temporary folder, which is no reason to fail a run that has succeeded.
    }
  }
}
