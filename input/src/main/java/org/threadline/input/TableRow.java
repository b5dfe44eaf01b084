package org.threadline.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a user's table.
 *
 * @param file the file name as the user gave it
 * @param row 1-based data row (1 = the first row after the header)
 * @param cells values keyed by the file's own header text, in file order; a column the row has no
 *     value for maps to {@code ""}
 */
public record TableRow(String file, long row, Map<String, String> cells) {

  public TableRow {
    Objects.requireNonNull(file, "file");
    // A delimited file's rows come as RowCells, already unmodifiable and in header order.
    cells = cells instanceof RowCells ? cells
        : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  /** The value of a column, {@code ""} when the row has none. */
  public String get(String column) {
    return cells.getOrDefault(column, "");
  }
}
