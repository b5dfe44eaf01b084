package org.threadline.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.threadline.core.BadInputException;

/**
 * An XLSX workbook that arrived as a stream (an upload, standard input), copied to a temporary
 * file: a workbook's parts (shared strings, styles, sheets) are read out of order, which a stream
 * cannot do. The file is deleted when the table is closed.
 */
final class SpooledWorkbook implements TableSource {
  private final TableSource sheet;
  private final Path copy;

  private SpooledWorkbook(TableSource sheet, Path copy) {
    this.sheet = sheet;
    this.copy = copy;
  }

  /** Copies the workbook ({@code prefix}, then the rest of {@code in}) and opens its first sheet. */
  static TableSource open(byte[] prefix, int length, InputStream in, String name,
      InputOptions options) {
    Path copy;
    try (in) {
      copy = Files.createTempFile("threadline-upload", ".xlsx");
      try (OutputStream out = Files.newOutputStream(copy)) {
        out.write(prefix, 0, length);
        in.transferTo(out);
      }
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the workbook: " + e.getMessage(), e);
    }
    try {
      return new SpooledWorkbook(XlsxTableSource.open(copy, name, null, options), copy);
    } catch (RuntimeException e) {
      delete(copy);
      throw e;
    }
  }

  @Override
  public String fileName() {
    return sheet.fileName();
  }

  @Override
  public List<String> header() {
    return sheet.header();
  }

  @Override
  public double fractionRead() {
    return sheet.fractionRead();
  }

  @Override
  public boolean hasNext() {
    return sheet.hasNext();
  }

  @Override
  public TableRow next() {
    return sheet.next();
  }

  @Override
  public void close() {
    try {
      sheet.close();
    } finally {
      delete(copy);
    }
  }

  private static void delete(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // A temporary file left behind costs disk space only; the operating system clears it.
    }
  }
}
