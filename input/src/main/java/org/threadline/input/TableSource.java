package org.threadline.input;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of one table, read lazily: a file of any size is read in constant memory. {@link
 * #next()} throws {@link org.threadline.core.BadInputException} for a row that cannot be read.
 */
public interface TableSource extends Iterator<TableRow>, AutoCloseable {

  /** The file name as the user gave it. */
  String fileName();

  /**
   * The column names in file order, as the file writes them (trimmed; a blank header cell is named
   * {@code "column N"} and a repeated one gets {@code " (2)"}, {@code " (3)"}...). For JSON input
   * these are the keys seen so far: a key that first appears in a later object is appended when
   * that object is read.
   */
  List<String> header();

  /**
   * How much of the file has been read, in [0, 1], for progress reports ("time left"); -1 when it
   * cannot be told. Readers read ahead, so this runs slightly ahead of the rows delivered.
   */
  default double fractionRead() {
    return -1;
  }

  /** Releases the file; never throws a checked exception. */
  @Override
  void close();
}
