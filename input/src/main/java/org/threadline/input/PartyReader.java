package org.threadline.input;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads parties (contract "Screening input") from a user's file in any layout {@link TableReader}
 * reads. Only a {@code name} or an {@code address} column is required; {@code id} defaults to the
 * row number; unknown columns are carried through.
 */
public final class PartyReader {
  private PartyReader() {}

  /** Opens the parties in {@code file} (for XLSX, its first sheet). */
  public static PartySource open(Path file, InputOptions options) {
    return from(TableReader.open(file, partyHeader(options)));
  }

  /**
   * Opens the parties in a stream (an upload, standard input), read as a file of that name would
   * be; the stream is closed with the source.
   */
  public static PartySource open(InputStream in, String name, InputOptions options) {
    return from(TableReader.open(in, name, partyHeader(options)));
  }

  /**
   * The options with the header of a party table: the first row (below any title rows) that names
   * a name or an address column, unless the caller chose another rule.
   */
  private static InputOptions partyHeader(InputOptions options) {
    return options.isHeader() == InputOptions.FIRST_ROW
        ? options.withHeader(PartyReader::namesANameOrAddressColumn) : options;
  }

  /** Whether one of the cells is a header meaning {@code name} or {@code address}. */
  static boolean namesANameOrAddressColumn(List<String> cells) {
    for (String cell : cells) {
      String column = ColumnSynonyms.columnFor(cell).orElse("");
      if (column.equals("name") || column.equals("address")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads parties from an already open table, such as one sheet of a workbook. The source is closed
   * if its columns cannot be parties, and otherwise when the returned source is.
   */
  public static PartySource from(TableSource table) {
    try {
      return new PartySource(table);
    } catch (RuntimeException e) {
      table.close();
      throw e;
    }
  }
}
