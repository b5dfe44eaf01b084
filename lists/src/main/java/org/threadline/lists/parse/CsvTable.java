package org.threadline.lists.parse;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadline.core.BadInputException;
import org.threadline.input.InputOptions;
import org.threadline.input.TableReader;
import org.threadline.input.TableRow;
import org.threadline.input.TableSource;

/**
 * A small table read whole: its header and its data rows, each row's cells keyed by the header
 * text folded with {@link #key(String)}, so that {@code Effective Date}, {@code effective_date}
 * and {@code EFFECTIVE-DATE} are the same column. Reference lists are small (a few thousand rows
 * at most), so reading them whole keeps the parsers simple. The table is read by the input
 * module's {@link TableReader}, as supplier files are: one CSV reader, one set of messages.
 */
public final class CsvTable {
  private final String fileName;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String fileName, List<String> header, List<Row> rows) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
  }

  /**
   * One data row.
   *
   * @param row 1-based data row (1 = the first row after the header)
   * @param cells trimmed cell text by folded header key; a missing cell is absent
   */
  public record Row(String fileName, long row, Map<String, String> cells) {
    /** The trimmed cell of the first of these columns that the row has, or "" when none has one. */
    public String get(String... keys) {
      for (String k : keys) {
        String v = cells.get(key(k));
        if (v != null) {
          return v;
        }
      }
      return "";
    }
  }

  /**
   * Reads a CSV table from text; a leading byte-order mark is dropped.
   *
   * @throws BadInputException when the text is empty, has no header or a row is malformed
   */
  public static CsvTable read(Reader reader, String fileName) {
    try (TableSource source = TableReader.open(reader, fileName, InputOptions.defaults())) {
      return of(source);
    }
  }

  /**
   * Reads a whole table from a source of the input module, the one reader of every user's file:
   * any layout (CSV, TSV, XLSX, JSON) and any encoding it reads. The caller closes the source.
   */
  public static CsvTable of(TableSource source) {
    List<String> header = List.copyOf(source.header());
    List<Row> rows = new ArrayList<>();
    while (source.hasNext()) {
      TableRow r = source.next();
      Map<String, String> cells = new LinkedHashMap<>();
      for (String h : header) {
        cells.putIfAbsent(key(h), r.get(h).strip());
      }
      rows.add(new Row(source.fileName(), r.row(), Collections.unmodifiableMap(cells)));
    }
    return new CsvTable(source.fileName(), header, List.copyOf(rows));
  }

  /** The header key of a column: lower case, runs of anything but letters and digits as one space. */
  public static String key(String header) {
    String folded = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return folded;
  }

  public String fileName() {
    return fileName;
  }

  /** The header as the file writes it. */
  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** True when the header has a column with one of these names (folded). */
  public boolean has(String... names) {
    for (String n : names) {
      for (String h : header) {
        if (key(h).equals(key(n))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Fails with a message naming the file when the header has none of these columns. */
  public void require(String... names) {
    if (!has(names)) {
      throw new BadInputException(fileName, 0, names[0],
          "missing column '" + names[0] + "' (the header is: " + String.join(", ", header) + ")");
    }
  }
}
