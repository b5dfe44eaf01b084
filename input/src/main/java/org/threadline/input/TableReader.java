package org.threadline.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
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
 * objects or JSON Lines; from a file, from a stream (an upload, standard input) or from text
 * already decoded. The layout is told from the name's extension ({@code .csv .tsv .txt .xlsx
 * .json .jsonl .ndjson}) and the first bytes; the text encoding is detected unless given. Every
 * source reads lazily, so a table of any size is read in constant memory. Supplier files, supply
 * chains and the user's own lists are all read here.
 *
 * <p>Every problem with the input is a {@link BadInputException} naming the file, and the row and
 * column when there is one.
 */
public final class TableReader {
  /** How much of an input is looked at to tell its layout and encoding. */
  static final int PREFIX_BYTES = 64 * 1024;

  private TableReader() {}

  /** Opens the table in {@code file}; for an XLSX workbook, its first sheet. */
  public static TableSource open(Path file, InputOptions options) {
    String fileName = file.toString();
    checkReadable(file, fileName);
    InputStream in;
    long size;
    try {
      in = Files.newInputStream(file);
      size = Files.size(file);
    } catch (IOException e) {
      throw new BadInputException(fileName, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    return open(in, fileName, size, file, options);
  }

  /**
   * Opens the table in a stream of bytes (an upload, standard input); for an XLSX workbook, its
   * first sheet (the workbook is copied to a temporary file first, as a workbook's parts are read
   * out of order). The stream is closed when the table is.
   *
   * @param name the name to give in messages; its extension, if any, says the layout
   */
  public static TableSource open(InputStream in, String name, InputOptions options) {
    return open(in, name, -1, null, options);
  }

  /**
   * Opens the table in text already decoded: a CSV, TSV, JSON array or JSON Lines the caller
   * holds as characters. The reader is closed when the table is.
   *
   * @param name the name to give in messages; its extension, if any, says the layout
   */
  public static TableSource open(Reader text, String name, InputOptions options) {
    BufferedReader reader = new BufferedReader(text, PREFIX_BYTES);
    String sample;
    try {
      reader.mark(PREFIX_BYTES);
      char[] head = new char[PREFIX_BYTES];
      int n = reader.read(head, 0, head.length);
      sample = n <= 0 ? "" : new String(head, 0, n);
      reader.reset();
      if (sample.startsWith("\uFEFF")) {
        reader.skip(1);
        sample = sample.substring(1);
      }
    } catch (IOException e) {
      closeQuietly(reader);
      throw new BadInputException(name, -1, null, "cannot read the text: " + e.getMessage(), e);
    }
    if (sample.isBlank()) {
      closeQuietly(reader);
      throw empty(name);
    }
    return openDecoded(name, InputFormat.extension(name), sample, reader,
        new TextFile(name, StandardCharsets.UTF_8), options);
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

  /**
   * Opens the bytes of {@code in}, the whole of a file when {@code file} is not null (a workbook
   * is then read from the file itself).
   */
  private static TableSource open(InputStream in, String fileName, long size, Path file,
      InputOptions options) {
    try {
      byte[] prefix = new byte[PREFIX_BYTES];
      int length = readPrefix(in, fileName, prefix);
      if (length == 0) {
        throw empty(fileName);
      }
      String extension = InputFormat.extension(fileName);
      if (InputFormat.looksLikeZip(prefix, length)) {
        if (file != null) {
          closeQuietly(in);
          return XlsxTableSource.open(file, fileName, null, options);
        }
        return SpooledWorkbook.open(prefix, length, in, fileName, options);
      }
      checkNotBinarySpreadsheet(fileName, extension, prefix, length);
      boolean whole = length < prefix.length;
      EncodingDetector.Detected detected =
          EncodingDetector.choose(prefix, length, whole, options, fileName);
      Charset charset = detected.charset();
      int bom = detected.bomLength();
      TextFile text = new TextFile(fileName, charset);
      Reader reader = text.open(new SequenceInputStream(
          new ByteArrayInputStream(prefix, bom, length - bom), in), size);
      try {
        return openDecoded(fileName, extension, sample(prefix, bom, length, charset), reader,
            text, options);
      } catch (RuntimeException e) {
        closeQuietly(reader);
        throw e;
      }
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** Picks the layout from the name and the first characters, and opens it. */
  private static TableSource openDecoded(String fileName, String extension, String sample,
      Reader reader, TextFile text, InputOptions options) {
    try {
      switch (InputFormat.ofText(extension, sample)) {
        case JSON:
          return JsonArrayTableSource.open(fileName, options, text, reader);
        case JSONL:
          return JsonLinesTableSource.open(fileName, options, text, reader);
        case TSV:
          return delimited(fileName, sample, '\t', reader, text, options);
        default:
          return delimited(fileName, sample, InputFormat.delimiter(sample), reader, text, options);
      }
    } catch (RuntimeException e) {
      closeQuietly(reader);
      throw e;
    }
  }

  /** A delimited table whose header may sit below title rows. */
  private static TableSource delimited(String fileName, String sample, char delimiter,
      Reader reader, TextFile text, InputOptions options) {
    HeaderSearch.Found header = HeaderSearch.inText(sample, delimiter, options.isHeader());
    if (header.titleRows() > 0) {
      options.warnings().accept(fileName + ": " + header.titleRows() + " title row"
          + (header.titleRows() == 1 ? "" : "s") + " above the header skipped");
    }
    return DelimitedTableSource.open(fileName, options, text, reader, header.delimiter(),
        header.titleRows());
  }

  private static BadInputException empty(String fileName) {
    return new BadInputException(fileName, -1, null,
        "the file is empty: expected a header row naming the columns (name, address, ...)");
  }

  private static int readPrefix(InputStream in, String fileName, byte[] prefix) {
    try {
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

  static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Already failing with a clearer error; the input was only being read.
    }
  }
}
