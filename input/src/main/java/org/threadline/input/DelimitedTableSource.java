package org.threadline.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.BadInputException;

/** CSV and TSV (and semicolon-separated) tables, parsed by Commons CSV one record at a time. */
final class DelimitedTableSource extends LookaheadTableSource {
  /** Longest record read into memory: far beyond any real row, far below any heap. */
  static final long MAX_RECORD_CHARS = 16L * 1024 * 1024;

  private static final Pattern START_LINE = Pattern.compile("startline ([\\d,]*\\d)");
  private static final Pattern AT_LINE = Pattern.compile("at line: ([\\d,]*\\d)");

  private final TextFile text;
  private final RecordLengthGuard guard;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final HeaderNames header;
  private final RowCells.Header columns;
  private final char delimiter;
  private long row;
  /** After a malformed record, records that end on or before this line are its remains. */
  private long remainsThroughLine = -1;
  /** The line the last good record ended on: a bad record starts after it. */
  private long lastRecordEndLine;

  private DelimitedTableSource(String fileName, InputOptions options, TextFile text,
      RecordLengthGuard guard, CSVParser parser, char delimiter, int titleRows) {
    super(fileName, options, text);
    this.delimiter = delimiter;
    this.text = text;
    this.guard = guard;
    this.parser = parser;
    this.records = parser.iterator();
    this.header = readHeader(titleRows);
    this.columns = new RowCells.Header(header.names());
  }

  /**
   * @param titleRows how many non-blank records above the header to skip (an export's titles)
   */
  static DelimitedTableSource open(String fileName, InputOptions options, TextFile text,
      Reader reader, char delimiter, int titleRows) {
    RecordLengthGuard guard = new RecordLengthGuard(reader, MAX_RECORD_CHARS);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        // Hand-written files put a space after the comma, before a quoted value.
        .setIgnoreSurroundingSpaces(true)
        .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(guard).setFormat(format).get();
    } catch (IOException e) {
      throw text.readError(0, e);
    }
    try {
      return new DelimitedTableSource(fileName, options, text, guard, parser, delimiter,
          titleRows);
    } catch (RuntimeException e) {
      closeQuietly(parser);
      throw e;
    }
  }

  /** Reads up to the first non-blank record after the titles, whose cells name the columns. */
  private HeaderNames readHeader(int titleRows) {
    int titlesLeft = titleRows;
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          throw new BadInputException(fileName(), -1, null,
              "the file is empty: expected a header row naming the columns (name, address, ...)");
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        throw failure(0, e);
      }
      guard.recordEnded();
      lastRecordEndLine = parser.getCurrentLineNumber();
      HeaderNames names = HeaderNames.ofRow(record.toList());
      if (names.size() == 0) {
        continue;
      }
      if (titlesLeft > 0) {
        titlesLeft--;
        continue;
      }
      text.checkDecoded(names.names());
      return names;
    }
  }

  @Override
  public List<String> header() {
    return header.names();
  }

  @Override
  TableRow readRow() {
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        row++;
        if (e.getCause() instanceof CSVException) {
          remainsThroughLine = parser.getCurrentLineNumber();
          String span = remainsThroughLine > lastRecordEndLine + 1
              ? " (this row spans lines " + (lastRecordEndLine + 1) + "-" + remainsThroughLine + ")"
              : "";
          throw new MalformedRowException(row, null, describe((CSVException) e.getCause()) + span);
        }
        throw failure(row, e);
      }
      guard.recordEnded();
      lastRecordEndLine = parser.getCurrentLineNumber();
      if (remainsThroughLine >= 0) {
        boolean remains = parser.getCurrentLineNumber() <= remainsThroughLine;
        remainsThroughLine = -1;
        if (remains) {
          continue;
        }
      }
      row++;
      return toRow(record);
    }
  }

  private TableRow toRow(CSVRecord record) {
    int width = header.size();
    if (record.size() > width) {
      for (int i = width; i < record.size(); i++) {
        if (!record.get(i).isBlank()) {
          throw new MalformedRowException(row, null, record.size()
              + " values but the header has " + width + " columns (is a value with a "
              + describeDelimiter() + " missing its quotes?)");
        }
      }
    }
    String[] values = new String[width];
    for (int i = 0; i < width; i++) {
      values[i] = i < record.size() ? record.get(i) : "";
    }
    return new TableRow(fileName(), row, columns.row(values));
  }

  private String describeDelimiter() {
    switch (delimiter) {
      case ',':
        return "comma";
      case ';':
        return "semicolon";
      case '\t':
        return "tab";
      default:
        return "'" + delimiter + "'";
    }
  }

  private BadInputException failure(long atRow, UncheckedIOException e) {
    return text.readError(atRow, e.getCause() == null ? e : e.getCause());
  }

  private static String describe(CSVException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher start = START_LINE.matcher(message);
    if (message.contains("EOF reached before encapsulated token finished") && start.find()) {
      return "unclosed quote: the quoted value that starts on line " + start.group(1)
          + " never ends";
    }
    Matcher at = AT_LINE.matcher(message);
    if (message.contains("between encapsulated token and delimiter") && at.find()) {
      return "text after a closing quote on line " + at.group(1)
          + " (a quote inside a value must be doubled: \"\")";
    }
    return message;
  }

  @Override
  public void close() {
    closeQuietly(parser);
  }

  private static void closeQuietly(CSVParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written: a failure to release a file being read loses nothing.
    }
  }
}
