package org.threadline.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.threadline.core.BadInputException;

/**
 * Opens a user's table, whatever its layout: CSV (comma or semicolon), TSV, XLSX, a JSON array of
 * objects or JSON Lines. The layout is told from the extension ({@code .csv .tsv .txt .xlsx .json
 * .jsonl .ndjson}) and the first bytes; the text encoding is detected unless given. Every source
 * reads lazily, so a file of any size is read in constant memory.
 *
 * <p>Every problem with the file is a {@link BadInputException} naming the file, and the row and
 * column when there is one.
 */
public final class TableReader {
  /** How much of a file is looked at to tell its layout and encoding. */
  static final int PREFIX_BYTES = 64 * 1024;

  private TableReader() {}

  /** Opens the table in {@code file}; for an XLSX workbook, its first sheet. */
  public static TableSource open(Path file, InputOptions options) {
    String fileName = file.toString();
    checkReadable(file, fileName);
    byte[] prefix = new byte[PREFIX_BYTES];
    int length = readPrefix(file, fileName, prefix);
    if (length == 0) {
      throw new BadInputException(fileName, -1, null,
          "the file is empty: expected a header row naming the columns (name, address, ...)");
    }
    String extension = InputFormat.extension(fileName);
    if (InputFormat.looksLikeZip(prefix, length)) {
      return XlsxTableSource.open(file, fileName, null, options);
    }
    checkNotBinarySpreadsheet(fileName, extension, prefix, length);
    return openText(file, fileName, extension, prefix, length, options);
  }

  /** Opens the sheet named {@code sheet} of an XLSX workbook. */
  public static TableSource openSheet(Path xlsx, String sheet, InputOptions options) {
    String fileName = xlsx.toString();
    checkReadable(xlsx, fileName);
    return XlsxTableSource.open(xlsx, fileName, sheet, options);
  }

  /** The names of the sheets of an XLSX workbook, in workbook order. */
  public static List<String> sheetNames(Path xlsx) {
    String fileName = xlsx.toString();
    checkReadable(xlsx, fileName);
    return XlsxTableSource.sheetNames(xlsx, fileName);
  }

  static void checkReadable(Path file, String fileName) {
    if (!Files.exists(file)) {
      throw new BadInputException(fileName, -1, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(fileName, -1, null, "this is a folder; give a file inside it");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(fileName, -1, null, "the file cannot be read (permission denied)");
    }
  }

  private static int readPrefix(Path file, String fileName, byte[] prefix) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(prefix, 0, prefix.length);
    } catch (IOException e) {
      throw new BadInputException(fileName, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
  }

  private static void checkNotBinarySpreadsheet(String fileName, String extension, byte[] prefix,
      int length) {
    boolean ole2 = InputFormat.looksLikeOle2(prefix, length);
    if (ole2 && (extension.equals("xlsx") || extension.equals("xlsm"))) {
      throw new BadInputException(fileName, -1, null,
          "this workbook is password-protected; save an unprotected copy");
    }
    if (ole2 || extension.equals("xls")) {
      throw new BadInputException(fileName, -1, null,
          "old Excel (XLS) files are not read; save the sheet as XLSX or CSV");
    }
    if (extension.equals("xlsx") || extension.equals("xlsm")) {
      throw new BadInputException(fileName, -1, null,
          "not an XLSX workbook (an XLSX file is a zip archive); save it from Excel as XLSX, or"
              + " give it the extension of what it is (.csv, .json, ...)");
    }
  }

  private static TableSource openText(Path file, String fileName, String extension, byte[] prefix,
      int length, InputOptions options) {
    Charset charset = options.encoding();
    int bom = 0;
    if (charset == null) {
      boolean whole = length < prefix.length;
      EncodingDetector.Detected detected = EncodingDetector.detect(prefix, length, whole)
          .orElseThrow(() -> new BadInputException(fileName, -1, null,
              "cannot tell the text encoding; give it (for example --encoding GB18030, Big5 or"
                  + " UTF-8)"));
      charset = detected.charset();
      bom = detected.bomLength();
      if (!charset.equals(StandardCharsets.UTF_8)) {
        options.warnings().accept(fileName + ": read as " + charset.name() + " ("
            + detected.how() + ")");
      }
    } else if (charset.equals(StandardCharsets.UTF_8)) {
      bom = EncodingDetector.utf8BomLength(prefix, length);
    }
    TextFile text = new TextFile(fileName, charset);
    InputFormat format = InputFormat.ofText(extension, sample(prefix, bom, length, charset));
    Reader reader;
    try {
      reader = text.open(file, bom);
    } catch (IOException e) {
      throw text.readError(-1, e);
    }
    try {
      switch (format) {
        case JSON:
          return JsonArrayTableSource.open(fileName, options, text, reader);
        case JSONL:
          return JsonLinesTableSource.open(fileName, options, text, reader);
        case TSV:
          return DelimitedTableSource.open(fileName, options, text, reader, '\t');
        default:
          String head = sample(prefix, bom, length, charset);
          return DelimitedTableSource.open(fileName, options, text, reader,
              InputFormat.delimiter(head));
      }
    } catch (RuntimeException e) {
      closeQuietly(reader);
      throw e;
    }
  }

  /** The prefix decoded leniently: enough to see the first line and the first character. */
  private static String sample(byte[] prefix, int from, int length, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(prefix, from, length - from))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "";
    }
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // Already failing with a clearer error; the reader was only reading.
    }
  }
}
