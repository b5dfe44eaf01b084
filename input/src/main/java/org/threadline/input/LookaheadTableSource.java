package org.threadline.input;

import java.util.List;
import java.util.NoSuchElementException;
import org.threadline.core.BadInputException;

/**
 * The iterator half of every table source: reads one row ahead, drops blank rows, and applies the
 * bad-row policy of {@link InputOptions} to {@link MalformedRowException}s thrown by {@link
 * #readRow()}.
 */
abstract class LookaheadTableSource implements TableSource {
  private final String fileName;
  private final InputOptions options;
  private final TextFile text;
  private TableRow pending;
  private boolean finished;

  /** @param text the decoding of a text file, checked in every row; {@code null} for XLSX */
  LookaheadTableSource(String fileName, InputOptions options, TextFile text) {
    this.fileName = fileName;
    this.options = options;
    this.text = text;
  }

  /** The next row of the file, blank or not, or {@code null} at the end. */
  abstract TableRow readRow();

  @Override
  public final String fileName() {
    return fileName;
  }

  @Override
  public abstract List<String> header();

  @Override
  public double fractionRead() {
    return text == null ? -1 : text.fractionRead();
  }

  final InputOptions options() {
    return options;
  }

  @Override
  public final boolean hasNext() {
    while (pending == null && !finished) {
      try {
        TableRow row = readRow();
        if (row == null) {
          finished = true;
        } else if (text != null) {
          text.checkDecoded(row);
        }
        if (row != null && !isBlank(row)) {
          pending = row;
        }
      } catch (MalformedRowException e) {
        if (!options.skipBadRows()) {
          finished = true;
          throw new BadInputException(fileName, e.row(), e.column(), e.getMessage(), e);
        }
        String where = e.column() == null ? "" : ", column '" + e.column() + "'";
        options.warnings().accept(
            fileName + ", row " + e.row() + where + ": skipped: " + e.getMessage());
      } catch (BadInputException e) {
        finished = true;
        throw e;
      }
    }
    return pending != null;
  }

  @Override
  public final TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException(fileName + ": no more rows");
    }
    TableRow row = pending;
    pending = null;
    return row;
  }

  private static boolean isBlank(TableRow row) {
    if (row.cells() instanceof RowCells cells) {
      for (String value : cells.array()) {
        if (!value.isBlank()) {
          return false;
        }
      }
      return true;
    }
    for (String value : row.cells().values()) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
