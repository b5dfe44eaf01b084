package org.threadline.core;

/**
 * A user's input is wrong: a file, a row, a column and a reason an analyst can act on. Commands
 * turn it into one line on stderr and exit code 2, never a stack trace.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long row;
  private final String column;
  private final String reason;

  /**
   * @param file the file name (as the user gave it), or null when not about a file
   * @param row 1-based data row (0 = the header or the file as a whole, -1 = not known)
   * @param column the column name, or null
   * @param reason what is wrong, and if possible what to do
   */
  public BadInputException(String file, long row, String column, String reason) {
    super(format(file, row, column, reason));
    this.file = file;
    this.row = row;
    this.column = column;
    this.reason = reason;
  }

  public BadInputException(String file, long row, String column, String reason, Throwable cause) {
    this(file, row, column, reason);
    initCause(cause);
  }

  private static String format(String file, long row, String column, String reason) {
    var sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
    }
    if (row > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("row ").append(row);
    } else if (row == 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("header");
    }
    if (column != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
    }
    if (sb.length() > 0) {
      sb.append(": ");
    }
    return sb.append(reason).toString();
  }

  public String file() { return file; }
  public long row() { return row; }
  public String column() { return column; }
  public String reason() { return reason; }
}
