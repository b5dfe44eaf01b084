package org.threadline.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.threadline.core.BadInputException;

/**
 * One sheet of an XLSX workbook, read with POI's event API ({@link XSSFReader}) and a StAX pull
 * parser over the sheet's XML: one row at a time, never the whole sheet. Shared strings and styles
 * are read up front, as every streaming XLSX reader must.
 *
 * <p>The first non-blank row is the header. Data rows are numbered from the header (the row below
 * it is row 1), so a row number plus the header's spreadsheet row is the row Excel shows.
 * Numbers in the General format are written out in full ({@code 13912345678}, not {@code
 * 1.39E+10}); other numbers and dates as the cell's format shows them.
 */
final class XlsxTableSource extends LookaheadTableSource {
  /** An entry expanding more than 100 times is a zip bomb (POI's own default, set explicitly). */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** The largest part (one sheet's XML) that is read: 4 GB expanded. */
  static final long MAX_ENTRY_SIZE = 0xFFFF_FFFFL;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  private final OPCPackage workbook;
  private final CountingInputStream sheetXml;
  private final long sheetSize;
  private final XMLStreamReader xml;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final DataFormatter formatter = new DataFormatter();
  private HeaderNames header = new HeaderNames();
  /** Rows read while looking for the header that turned out to be data. */
  private final ArrayDeque<SheetRow> replay = new ArrayDeque<>();
  private long headerRow;
  private long lastSheetRow;
  private boolean ended;

  private XlsxTableSource(String fileName, InputOptions options, OPCPackage workbook,
      InputStream sheetXml, long sheetSize, ReadOnlySharedStringsTable strings, StylesTable styles)
      throws XMLStreamException {
    super(fileName, options, null);
    this.workbook = workbook;
    this.sheetXml = new CountingInputStream(sheetXml);
    this.sheetSize = sheetSize;
    this.strings = strings;
    this.styles = styles;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(this.sheetXml);
  }

  static XlsxTableSource open(java.nio.file.Path file, String fileName, String sheet,
      InputOptions options) {
    OPCPackage workbook = openPackage(file, fileName);
    InputStream sheetXml = null;
    try {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      List<String> names = new ArrayList<>();
      long sheetSize = -1;
      while (sheets.hasNext() && sheetXml == null) {
        InputStream in = sheets.next();
        String name = sheets.getSheetName();
        if (sheet == null || sheet.equals(name)) {
          sheetXml = in;
          sheetSize = sheets.getSheetPart().getSize();
        } else {
          in.close();
          names.add(name);
        }
      }
      if (sheetXml == null) {
        String reason = sheet == null ? "the workbook has no sheets"
            : "no sheet named '" + sheet + "'; the sheets are: " + String.join(", ", names);
        throw new BadInputException(fileName, -1, null, reason);
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
      StylesTable styles = reader.getStylesTable();
      XlsxTableSource source =
          new XlsxTableSource(fileName, options, workbook, sheetXml, sheetSize, strings, styles);
      source.readHeader();
      return source;
    } catch (BadInputException e) {
      closeQuietly(sheetXml);
      workbook.revert();
      throw e;
    } catch (Exception | NoClassDefFoundError e) {
      closeQuietly(sheetXml);
      workbook.revert();
      throw notAWorkbook(fileName, -1, e);
    }
  }

  static List<String> sheetNames(java.nio.file.Path file, String fileName) {
    OPCPackage workbook = openPackage(file, fileName);
    try {
      XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
      }
      return names;
    } catch (Exception | NoClassDefFoundError e) {
      throw notAWorkbook(fileName, -1, e);
    } finally {
      workbook.revert();
    }
  }

  private static OPCPackage openPackage(java.nio.file.Path file, String fileName) {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception | NoClassDefFoundError e) {
      throw notAWorkbook(fileName, -1, e);
    }
  }

  /**
   * The user-facing error for anything POI or the XML parser rejects. A NoClassDefFoundError is a
   * part compressed with a method (Zstandard, XZ) whose optional codec is not on the class path.
   */
  private static BadInputException notAWorkbook(String fileName, long row, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("Zip bomb detected")) {
        String limit = message.contains("ratio")
            ? "expands more than " + Math.round(1 / MIN_INFLATE_RATIO) + " times"
            : "expands beyond " + (MAX_ENTRY_SIZE >> 20) + " MB";
        return new BadInputException(fileName, row, null, "refused: a part of this workbook "
            + limit + " when unzipped, as a zip bomb does; save it again from Excel, or as CSV", e);
      }
    }
    String message = e instanceof NoClassDefFoundError ? "a part is compressed in a way Excel does not write"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline > 0) {
      message = message.substring(0, newline);
    }
    return new BadInputException(fileName, row, null,
        "not a readable XLSX workbook (" + message + "); save it from Excel as XLSX, or as CSV", e);
  }

  /**
   * Reads up to the header: the first non-blank row the options' header test accepts among the
   * first few (rows above it are titles), else the first non-blank row, whose following rows are
   * then read again as data.
   */
  private void readHeader() throws XMLStreamException {
    List<SheetRow> seen = new ArrayList<>();
    SheetRow first = null;
    int nonBlank = 0;
    while (nonBlank < HeaderSearch.MAX_ROWS) {
      SheetRow row = nextSheetRow();
      if (row == null) {
        break;
      }
      List<String> cells = Arrays.asList(row.values);
      if (HeaderNames.ofRow(cells).size() == 0) {
        if (first != null) {
          seen.add(row);
        }
        continue;
      }
      nonBlank++;
      List<String> texts = cells.stream().map(c -> c == null ? "" : c).toList();
      if (options().isHeader().test(texts)) {
        if (first != null) {
          options().warnings().accept(fileName() + ": " + (nonBlank - 1) + " title row"
              + (nonBlank == 2 ? "" : "s") + " above the header skipped");
        }
        useHeader(row);
        return;
      }
      if (first == null) {
        first = row;
      } else {
        seen.add(row);
      }
    }
    if (first == null) {
      throw new BadInputException(fileName(), -1, null,
          "the sheet is empty: expected a header row naming the columns (name, address, ...)");
    }
    useHeader(first);
    replay.addAll(seen);
  }

  private void useHeader(SheetRow row) {
    header = HeaderNames.ofRow(Arrays.asList(row.values));
    headerRow = row.number;
  }

  @Override
  public List<String> header() {
    return header.names();
  }

  /** The share of the sheet's unzipped XML read so far. */
  @Override
  public double fractionRead() {
    // The XML after the rows (print settings and the like) is never read.
    return ended ? 1.0 : sheetXml.fractionOf(sheetSize);
  }

  @Override
  TableRow readRow() {
    SheetRow sheetRow;
    try {
      sheetRow = replay.isEmpty() ? nextSheetRow() : replay.poll();
    } catch (XMLStreamException | RuntimeException e) {
      ended = true;
      throw notAWorkbook(fileName(), lastSheetRow - headerRow + 1, e);
    }
    if (sheetRow == null) {
      return null;
    }
    long row = sheetRow.number - headerRow;
    int width = header.size();
    for (int i = width; i < sheetRow.values.length; i++) {
      if (sheetRow.values[i] != null && !sheetRow.values[i].isBlank()) {
        throw new MalformedRowException(row, CellReference.convertNumToColString(i),
            "a value beyond the header's last column ("
                + CellReference.convertNumToColString(width - 1) + ")");
      }
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < width; i++) {
      String value = i < sheetRow.values.length ? sheetRow.values[i] : null;
      cells.put(header.get(i), value == null ? "" : value);
    }
    return new TableRow(fileName(), row, cells);
  }

  /** One {@code <row>} of the sheet: its 1-based number and its values by column index. */
  private record SheetRow(long number, String[] values) {}

  /** Pulls the XML up to the end of the next {@code <row>}; {@code null} at the end of the sheet. */
  private SheetRow nextSheetRow() throws XMLStreamException {
    if (ended) {
      return null;
    }
    List<String> values = new ArrayList<>();
    long number = -1;
    int column = -1;
    String type = null;
    String style = null;
    StringBuilder value = new StringBuilder();
    StringBuilder inline = new StringBuilder();
    boolean inValue = false;
    boolean inInlineText = false;
    boolean inPhonetic = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "row":
            String r = xml.getAttributeValue(null, "r");
            number = r == null ? lastSheetRow + 1 : Long.parseLong(r);
            values.clear();
            column = -1;
            break;
          case "c":
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : new CellReference(ref).getCol();
            type = xml.getAttributeValue(null, "t");
            style = xml.getAttributeValue(null, "s");
            value.setLength(0);
            inline.setLength(0);
            break;
          case "v":
            inValue = true;
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            inInlineText = !inPhonetic;
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (inValue) {
          value.append(xml.getText());
        } else if (inInlineText) {
          inline.append(xml.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v":
            inValue = false;
            break;
          case "t":
            inInlineText = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
          case "c":
            while (values.size() <= column) {
              values.add(null);
            }
            values.set(column, cellText(type, style, value.toString(), inline.toString()));
            break;
          case "row":
            lastSheetRow = number;
            return new SheetRow(number, values.toArray(new String[0]));
          case "sheetData":
            ended = true;
            return null;
          default:
            break;
        }
      }
    }
    ended = true;
    return null;
  }

  private String cellText(String type, String style, String raw, String inline) {
    if (type == null) {
      type = "n";
    }
    switch (type) {
      case "s":
        return raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
      case "inlineStr":
        return inline;
      case "b":
        return "1".equals(raw) ? "TRUE" : "FALSE";
      case "str":
      case "e":
      case "d":
        return raw;
      default:
        return raw.isEmpty() ? "" : number(raw, style);
    }
  }

  private String number(String raw, String style) {
    int formatIndex = 0;
    String format = null;
    if (style != null && styles != null) {
      XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
      if (cellStyle != null) {
        formatIndex = cellStyle.getDataFormat();
        format = cellStyle.getDataFormatString();
      }
    }
    if (format == null) {
      format = BuiltinFormats.getBuiltinFormat(formatIndex);
    }
    try {
      if (format == null || "General".equalsIgnoreCase(format)) {
        return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
      }
      return formatter.formatRawCellContents(Double.parseDouble(raw), formatIndex, format);
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Read-only: nothing to lose.
    }
    closeQuietly(sheetXml);
    workbook.revert();
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Read-only: nothing to lose.
      }
    }
  }
}
