package org.threadline.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.threadline.core.model.ScreeningResult;

/**
 * CSV (RFC 4180: comma, double quotes, CRLF), UTF-8 with a byte order mark, one row per finding
 * ({@link FindingTable}). The byte order mark is there because the people who open this file
 * mostly open it in Excel, which reads a UTF-8 file without one in the legacy code page and turns
 * every Chinese name into mojibake; the Threadline readers and most CSV libraries skip it.
 */
final class CsvResultWriter extends DestinationWriter {
  private final FindingTable table;
  private final Writer text;
  private final CSVPrinter csv;

  CsvResultWriter(Destination destination, ScreeningRun run) throws IOException {
    super(destination);
    this.table = new FindingTable(run.extraColumns());
    this.text = new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8));
    text.write('\uFEFF');
    this.csv = new CSVPrinter(text, CSVFormat.RFC4180);
    csv.printRecord(table.header());
  }

  @Override
  void writeResult(ScreeningResult result) throws IOException {
    for (List<Object> row : table.rows(result)) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object cell : row) {
        cells.add(cell instanceof Double d ? Scores.text(d) : cell.toString());
      }
      csv.printRecord(cells);
    }
  }

  @Override
  void finish() throws IOException {
    csv.flush();
    text.flush();
  }

  @Override
  void release() {
    try {
      text.flush();
    } catch (IOException e) {
      // The output is being abandoned; the failure that caused it is what the caller reports.
    }
  }
}
