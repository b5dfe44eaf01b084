package org.threadline.input;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import org.threadline.core.BadInputException;

/**
 * A user's text (a file, an upload, standard input) decoded in one known encoding, with the
 * errors a user can act on when bytes do not decode.
 */
final class TextFile {
  /**
   * Stands for undecodable bytes: a noncharacter, which no real text holds, unlike U+FFFD, which
   * files converted badly once before often do.
   */
  static final char UNDECODABLE = '\uFFFF';

  private final String fileName;
  private final Charset charset;
  private CountingInputStream bytes;
  private long size;

  TextFile(String fileName, Charset charset) {
    this.fileName = fileName;
    this.charset = charset;
  }

  Charset charset() {
    return charset;
  }

  /**
   * A reader over {@code in}, which holds the text's bytes after any byte-order mark. Bytes the
   * charset cannot decode become {@link #UNDECODABLE}, which {@link #checkDecoded} finds in the row
   * that holds them: readers read ahead, so failing in the decoder would name the wrong row.
   *
   * @param size how many bytes the text has in all, or -1 when that is not known (a stream)
   */
  Reader open(InputStream in, long size) {
    this.size = size;
    CountingInputStream counted = new CountingInputStream(in);
    bytes = counted;
    return new BufferedReader(new InputStreamReader(counted, charset.newDecoder()
        .replaceWith(String.valueOf(UNDECODABLE))
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** The share of the file's bytes decoded so far; -1 before {@link #open}. */
  double fractionRead() {
    return bytes == null ? -1 : bytes.fractionOf(size);
  }

  /** Fails on the first value (or column name) of a row that holds undecodable bytes. */
  void checkDecoded(TableRow row) {
    if (row.cells() instanceof RowCells cells) {
      // The column names were checked with the header: only the values can hold bad bytes.
      String[] values = cells.array();
      for (String value : values) {
        if (value.indexOf(UNDECODABLE) >= 0) {
          checkDecodedCells(row);
        }
      }
      return;
    }
    checkDecodedCells(row);
  }

  private void checkDecodedCells(TableRow row) {
    for (Map.Entry<String, String> cell : row.cells().entrySet()) {
      if (cell.getKey().indexOf(UNDECODABLE) >= 0 || cell.getValue().indexOf(UNDECODABLE) >= 0) {
        throw badBytes(row.row(), cell.getKey().replace(UNDECODABLE, '\uFFFD'), null);
      }
    }
  }

  /** Fails on the first column name that holds undecodable bytes. */
  void checkDecoded(List<String> header) {
    for (String column : header) {
      if (column.indexOf(UNDECODABLE) >= 0) {
        throw badBytes(0, null, null);
      }
    }
  }

  private BadInputException badBytes(long row, String column, Throwable cause) {
    return new BadInputException(fileName, row, column, "bytes that are not valid "
        + charset.name() + " text; give the file's encoding (for example --encoding GB18030,"
        + " Big5 or UTF-8)", cause);
  }

  /** The user-facing error for a failure to read the row {@code row} of this file. */
  BadInputException readError(long row, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return badBytes(row, null, failure);
      }
    }
    return new BadInputException(fileName, row, null, "cannot read the file: " + failure.getMessage(),
        failure);
  }
}
