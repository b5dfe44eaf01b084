package org.threadline.lists.parse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.BadInputException;

/**
 * A small CSV table read whole: its header and its data rows, each row's cells keyed by the
 * header text folded with {@link #key(String)}, so that {@code Effective Date}, {@code
 * effective_date} and {@code EFFECTIVE-DATE} are the same column. Reference lists are small (a few
 * thousand rows at most), so reading them whole keeps the parsers simple.
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
   * Reads a CSV table; a leading byte-order mark is dropped.
   *
   * @throws BadInputException when the file is empty, has no header or a row is malformed
   */
  public static CsvTable read(Reader reader, String fileName) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      long dataRow = 0;
      for (CSVRecord rec : parser) {
        if (header == null) {
          header = new ArrayList<>();
          for (String h : rec) {
            header.add(stripBom(h).strip());
          }
          continue;
        }
        dataRow++;
        if (rec.size() > header.size() && !restIsBlank(rec, header.size())) {
          throw new BadInputException(fileName, dataRow, null,
              "row has " + rec.size() + " cells but the header has " + header.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(rec.size(), header.size()); i++) {
          cells.putIfAbsent(key(header.get(i)), rec.get(i).strip());
        }
        rows.add(new Row(fileName, dataRow, Collections.unmodifiableMap(cells)));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(fileName, -1, null, "malformed CSV: " + rootMessage(e), e);
    } catch (IOException e) {
      throw new BadInputException(fileName, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new BadInputException(fileName, 0, null, "the file is empty");
    }
    return new CsvTable(fileName, List.copyOf(header), List.copyOf(rows));
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

  private static boolean restIsBlank(CSVRecord rec, int from) {
    for (int i = from; i < rec.size(); i++) {
      if (!rec.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
