package org.threadline.input;

/**
 * A row that cannot be read while the rest of the file still can: the reader skips it when the user
 * asked to skip bad rows, and otherwise turns it into a {@link org.threadline.core.BadInputException}.
 */
final class MalformedRowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long row;
  private final String column;

  MalformedRowException(long row, String column, String reason) {
    super(reason, null, false, false);
    this.row = row;
    this.column = column;
  }

  long row() {
    return row;
  }

  String column() {
    return column;
  }
}
